package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/**
 * The person met after a meeting verb whose subject is left out («وصل بولتون إلى موسكو، والتقى وزير الخارجية
 * الروسي سيرغي لافروف»): «التقى» and «استقبل» take a direct object, so one person alone after the verb, with no
 * «بـ»/«مع» or second noun after it, is the one met, not the one who meets.
 *
 * <p>Rule (session 10): a singular CONSULT verb without an object pronoun whose only side is one person (a name or
 * a person's title: «الرئيس», «وزير», «الملك») right after it (maybe after «فيها», «خلالها»), followed by the end of
 * the sentence, a clause boundary, an adjunct («في», «خلال», «قبل», «الذي», «لبحث») or a coordinated verb
 * («وتستمر») — after «فيها», «خلالها» also by a second noun with «و» («يلتقي خلالها رئيسة الوزراء والملكة») —
 * has that person as its recipient; its actor is the nearest earlier actor that is a person (in the
 * sentence, else in the sentence before) when of another country; with no such person it has none; a person of the
 * same country may be the one met named before, so the reading is left as it is.
 *
 * <p>Rule (session 10): a transitive meeting verb whose subject after it is followed by a name or a time between
 * commas has as its recipient the part of another country after them («استقبل العاهل السعودي الملك سلمان بن
 * عبدالعزيز، الثلاثاء، الرئيس المصري» SAU>EGY), also instead of a later part of the subject's own country.
 */
final class MetPersons {
  /** Heads of a person's title, normalised without article or «و». */
  private static final Set<String> PERSON_HEADS = Set.of("رييس", "وزير", "ملك", "امير", "عاهل", "ولي", "نايب",
      "زعيم", "مستشار", "مبعوث", "امين", "قايد", "شيخ", "سفير", "رييسه", "وزيره", "مستشاره");
  /** Words between the verb and the one met that point back to the visit («في زيارة يلتقي فيها»). */
  private static final Set<String> RESUMPTIVE = Set.of("فيها", "خلالها", "خلاله", "فيه");
  /** Words that may follow the one met without being a second side. */
  private static final Set<String> ADJUNCTS = Set.of("في", "خلال", "قبل", "بعد", "عند", "علي", "حيث", "الذي",
      "التي", "وذلك", "لدي", "اثناء", "بحضور");
  /** Words of a name a part may leave out before a comma («بن عبدالعزيز»). */
  private static final int NAME_REST = 3;
  /** Times that may stand between the one met and what follows («، الجمعة،», «أمس»). */
  private static final Set<String> TIMES = Weekdays.with("امس", "اليوم");
  /** Meeting verbs that take the one met as a direct object («التقى», «استقبل», «قابل»), normalised without «و». */
  private static final Set<String> TRANSITIVE = Set.of("التقي", "يلتقي", "تلتقي", "التقت", "سيلتقي", "ستلتقي",
      "استقبل", "يستقبل", "تستقبل", "استقبلت", "سيستقبل", "قابل", "يقابل", "تقابل", "قابلت");

  private MetPersons() {
  }

  /** True when {@code p} stands for one person: a person's name, or a person's title at its head. */
  static boolean person(List<Token> tokens, Part p) {
    return p != null && (p.entity() != null && p.entity().type() == EntityType.PER || head(tokens.get(p.first()).norm()));
  }

  /** True when {@code n}, normalised without clitics but maybe with «ال», is a person's title («رئيس», «الوزير»). */
  static boolean personTitle(String n) {
    return PERSON_HEADS.contains(Parts.stripArticle(n));
  }

  /** True when {@code n} is a person's title («وزير», «والرئيس», «وولي»): «و» is stripped only if that gives one. */
  private static boolean head(String n) {
    return PERSON_HEADS.contains(Parts.stripArticle(n)) || PERSON_HEADS.contains(Parts.stripArticle(Parts.stripConj(n)));
  }

  /** True when candidate {@code c} of a sentence ending at {@code to} is a meeting verb with only the one met named. */
  static boolean onlyMet(List<Token> tokens, List<Part> ps, int to, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    TriggerLexicon.Entry e = m.entry();
    Part p = c.actor;
    if (!c.type().equals("CONSULT") || !e.verb() || e.plural() || (m.cliticFlags() & Clitics.SUFFIX) != 0
        || !Parts.inSet(TRANSITIVE, tokens.get(m.first()).norm())
        || p == null || c.recipient != null || !p.prep().isEmpty() || p.country() == null || !person(tokens, p)) {
      return false;
    }
    int k = m.end();
    if (k < p.first() && RESUMPTIVE.contains(tokens.get(k).norm())) {
      k++;
    }
    boolean resumptive = k > m.end();
    return k == p.first() && !secondInside(tokens, p)
        && (nothingAfter(tokens, ps, p, to) || resumptive && coordinatedAfter(tokens, p, to));
  }

  /**
   * True when «و» joins a second noun right after part {@code p} («يلتقي خلالها رئيسة الوزراء والملكة», «يلتقي فيها
   * الرئيس وعددا من المسؤولين»): after «خلالها», «فيها» both are the ones met.
   */
  private static boolean coordinatedAfter(List<Token> tokens, Part p, int to) {
    if (p.end() >= to) {
      return false;
    }
    String n = tokens.get(p.end()).norm();
    return n.length() > 3 && n.charAt(0) == '\u0648' && !n.startsWith("وب") && !n.equals("ومع");
  }

  /** True when a person's title with «بـ» stands inside part {@code p} («الضابط برئيس الوزراء»): a second side. */
  private static boolean secondInside(List<Token> tokens, Part p) {
    for (int k = p.first() + 1; k < p.end(); k++) {
      String n = Parts.stripConj(tokens.get(k).norm());
      if (n.length() > 3 && n.charAt(0) == '\u0628' && head(n.substring(1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one met named after the subject of meeting verb candidate {@code c} and the name and times between commas
   * that follow it («استقبل العاهل السعودي الملك سلمان، الثلاثاء، الرئيس المصري»), when it has no recipient: a part
   * with no preposition and another country; else null.
   */
  static Part metAfterAsides(List<Token> tokens, List<Part> ps, int to, Cand c) {
    TriggerLexicon.Entry e = c.trigger.entry();
    Part p = c.actor;
    if (!c.type().equals("CONSULT") || !e.verb() || p == null || p.country() == null
        || c.recipient != null && !p.country().equals(c.recipient.country())
        || p.first() < c.trigger.end() || !Parts.inSet(TRANSITIVE, tokens.get(c.trigger.first()).norm())) {
      return null;
    }
    int k = afterAsides(tokens, ps, p, to);
    if (k == p.end() || k >= to) {
      return null; // nothing between commas: the usual reading found the object, if any
    }
    Part next = RoleFinder.partAt(ps, k);
    return next != null && next.prep().isEmpty() && next.country() != null && !next.country().equals(p.country())
        && !next.media() && (c.recipient == null || c.recipient.first() > next.first()) ? next : null;
  }

  /** The token after part {@code p} and the name and times between commas that follow it. */
  private static int afterAsides(List<Token> tokens, List<Part> ps, Part p, int to) {
    int k = p.end();
    int rest = k;
    while (rest < to && rest - k < NAME_REST && tokens.get(rest).kind() == Token.Kind.WORD
        && !Clause.isBoundary(tokens.get(rest)) && RoleFinder.partAt(ps, rest) == null) {
      rest++; // «الملك سلمان بن عبدالعزيز،»: the rest of the name the part left out
    }
    if (rest > k && rest < to && Asides.isComma(tokens.get(rest))) {
      k = rest;
    }
    if (k + 1 < to && Asides.isComma(tokens.get(k))) {
      Part name = RoleFinder.partAt(ps, k + 1);
      if (name != null && name.prep().isEmpty() && (name.country() == null || name.country().equals(p.country()))
          && (name.end() >= to || Asides.isComma(tokens.get(name.end())))) {
        k = name.end(); // «وزير الخارجية القطري، محمد عبدالرحمن آل ثاني،»
      }
    }
    while (k < to && (TIMES.contains(tokens.get(k).norm())
        || Asides.isComma(tokens.get(k)) && k + 1 < to && TIMES.contains(tokens.get(k + 1).norm()))) {
      k++; // «الخميس», «، الجمعة،»
    }
    if (k < to && Asides.isComma(tokens.get(k))) {
      k++;
    }
    return k;
  }

  /** True when no second side follows part {@code p}: only names or times between commas, then an adjunct or the end. */
  private static boolean nothingAfter(List<Token> tokens, List<Part> ps, Part p, int to) {
    int k = afterAsides(tokens, ps, p, to);
    if (k < to && tokens.get(k).norm().equals(NameParticles.NAME_SYLLABLE)) {
      k++; // «التقى الرئيس الكوري الجنوبي جاي إن في بانمونجوم»: the end of the name the part left out
    }
    if (k >= to) {
      return true;
    }
    Token t = tokens.get(k);
    if (Clause.isBoundary(t) && !Asides.isComma(t)) {
      return true;
    }
    if (t.kind() != Token.Kind.WORD || RoleFinder.partAt(ps, k) != null) {
      return false;
    }
    String n = t.norm();
    return ADJUNCTS.contains(n)
        || n.length() > 3 && n.charAt(0) == '\u0644' && !n.startsWith("لل") && !n.startsWith("لكن")
        && !n.startsWith("لان") // «لبحث», not «للرئيس», «لكنه»
        || n.length() > 3 && n.charAt(0) == '\u0648' && "يتسن".indexOf(n.charAt(1)) >= 0 && !n.startsWith("وتلك");
  }

  /**
   * The person who meets {@code met}: the latest identified person among {@code earlier} (actors of the sentence's
   * earlier candidates, then the one before it, latest first) named before {@code met}, or null.
   */
  static Part earlierPerson(List<Token> tokens, List<Part> earlier, Part met) {
    for (Part a : earlier) {
      if (a != null && a.country() != null && a.first() < met.first() && person(tokens, a)) {
        return a;
      }
    }
    return null;
  }
}
