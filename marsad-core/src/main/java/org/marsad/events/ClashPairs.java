package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The two sides of a clash named after «بين» when one of them, or both, has no state of its own (session 19).
 *
 * <p>A noun of fighting between two sides («اشتباكات», «مواجهات», «معارك», «صدامات») followed, within two words, by
 * «بين X و(بين) Y» is fought by X against Y. Session 9's pair reading (`RoleFinder.betweenPair`) needs both sides
 * named with a state right after each other; a group of no state, a title whose state comes only from the context, or
 * a word between the name and the «و» left the clash with its place as recipient and no actor:
 * <ul>
 *   <li>«الاشتباكات مستمرة بين مسلحي تنظيم داعش وقوات النظام السوري في مخيم اليرموك» was None>SYR, now SYR>SYR: the
 *       group fights where the clash is (GUIDE: armed groups take the country they operate in);</li>
 *   <li>«مواجهات عنيفة بين ألوية العمالقة وبين ميليشيات الانقلابيين في مديرية الدريهمي» was None>YEM, now YEM>YEM;</li>
 *   <li>«مواجهات بين القوات اليمنية المشتركة وميليشيات الحوثي الموالية لإيران» (an adjective after the nisba) was
 *       None>YEM, now YEM>YEM;</li>
 *   <li>«المواجهات المستمرة بين مئات المحتجين وقوات الأمن في جنوب إيران» was None>IRN, now IRN>IRN.</li>
 * </ul>
 * A side's state is that of its first part without a preposition (a nisba too: «متظاهرين فلسطينيين»); a side with
 * none, or only a bare title («القوات الحكومية»), takes the state of the place named after the pair in its clause.
 * With no place named, a side with no state fought by a state's own army, police or government takes that state
 * («معارك بين الجيش السوري ومسلحين»). Not read: a pair of places («بين مديرية التحيتا ومدينة زبيد»: the ground
 * between them), a pronoun side («بين بعضهم وبين المواطن»), a pair after a preposition or an accusative object
 * between the noun and «بين» («مواجهات على الحدود بين غزة وإسرائيل»); a clash whose sides already are the pair's two
 * states, in either order, is left as it is.
 */
final class ClashPairs {
  /** Nouns of fighting between two sides (normalised, without «ال» and «و»). */
  private static final Set<String> CLASHES = Set.of("اشتباكات", "اشتباك", "مواجهات", "مواجهه", "معارك", "معركه",
      "قتال", "اقتتال", "صدامات", "صدام", "مصادمات");
  /** Words that stand for a side but name no one (normalised, without «و»). */
  private static final Set<String> PRONOUNS = Set.of("بعضهم", "بعضها", "بعض", "تلك", "ذلك", "هذه", "هذا", "هولاء",
      "الطرفين", "الجانبين", "الاخرين", "الاخري", "الاخر", "غيرها", "غيرهم");
  /** Words after which a side ends: its patron or what it is backed by («الموالية لإيران», «المدعومة من»). */
  private static final Set<String> SIDE_ENDS = Set.of("الموالي", "المواليه", "الموالين", "موالين", "موالي", "مواليه",
      "المدعوم", "المدعومه", "المدعومين", "مدعوم", "مدعومه", "مدعومين", "التابعه", "التابع", "التابعين", "الذي",
      "التي", "الذين", "اللذين", "اللتين");
  /** How many words may stand between the noun and «بين» («الاشتباكات مستمرة بين», «المواجهات الضارية المستمرة بين»). */
  private static final int REACH = 3;
  /** The longest side, in tokens. */
  private static final int SIDE = 7;

  private ClashPairs() {
  }

  /** Gives clash {@code c} the two sides of the «بين» pair after it, when the rule applies. */
  static void read(List<Token> tokens, int to, List<Part> ps, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    if (!c.type().equals("ASSAULT") || m.entry().verb() || !clash(tokens, m.first())) {
      return;
    }
    Pair pair = pair(tokens, to, ps, m.end());
    if (pair == null) {
      return;
    }
    Side x = pair.x();
    Side y = pair.y();
    if (x.state() != null && y.state() != null) {
      apply(c, x.state(), y.state());
      return;
    }
    Part place = placeAfter(tokens, ps, pair.ye(), to);
    Part ax = x.state();
    Part ay = y.state();
    if (place != null) {
      ax = ax != null ? ax : at(tokens, pair.xs(), pair.xe(), place.country());
      ay = ay != null ? ay : at(tokens, pair.ys(), pair.ye(), place.country());
    } else if (ax != null && ownForce(ax)) {
      ay = at(tokens, pair.ys(), pair.ye(), ax.country());
    } else if (ay != null && ownForce(ay)) {
      ax = at(tokens, pair.xs(), pair.xe(), ay.country());
    } else {
      return;
    }
    apply(c, ax, ay);
  }

  /**
   * The killer of those killed during a clash (session 19): a harm whose actor was read from one side of a «بين» pair
   * of a clash after it and whose victims are of that side's own state is done by the other side — «قتل سبعة
   * فلسطينيين خلال مواجهات بين متظاهرين فلسطينيين وقوات الجيش الإسرائيلي» was PSE>PSE, now ISR>PSE.
   */
  static void killer(List<Token> tokens, int to, List<Part> ps, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    if (!c.type().equals("ASSAULT") || !CasualtyCounter.harms(m.entry()) || clash(tokens, m.first())
        || c.actor == null || c.recipient == null || c.actor.country() == null
        || !c.actor.country().equals(c.recipient.country()) || c.actor.first() <= m.end()) {
      return;
    }
    for (int k = m.end(); k < c.actor.first(); k++) {
      if (!clash(tokens, k)) {
        continue;
      }
      Pair pair = pair(tokens, to, ps, k + 1);
      if (pair == null || pair.x().state() == null || pair.y().state() == null) {
        return;
      }
      int a = c.actor.first();
      Part other = a >= pair.xs() && a < pair.xe() ? pair.y().state() : a >= pair.ys() && a < pair.ye() ? pair.x().state()
          : null;
      if (other != null && !other.country().equals(c.actor.country())) {
        c.actor = other;
      }
      return;
    }
  }

  private static boolean clash(List<Token> tokens, int k) {
    return CLASHES.contains(Parts.stripArticle(Parts.stripConj(tokens.get(k).norm())));
  }

  /** The two sides of a clash noun ending before token {@code b}, and where they stand. */
  private record Pair(int xs, int xe, int ys, int ye, Side x, Side y) {
  }

  /** The «بين X و(بين) Y» pair within {@link #REACH} words after a clash noun that ends before {@code b}, or null. */
  private static Pair pair(List<Token> tokens, int to, List<Part> ps, int b) {
    int between = -1;
    for (int k = b; k < Math.min(to, b + REACH); k++) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.WORD || Clause.isBoundary(t)) {
        return null;
      }
      String n = Parts.stripConj(t.norm());
      if (n.equals("بين")) {
        between = k;
        break;
      }
      if (Parts.PREPOSITIONS.contains(n) || RoleFinder.partAt(ps, k) != null) {
        return null; // «مواجهات على الحدود بين قطاع غزة وإسرائيل»: the border is between them
      }
    }
    if (between < 0 || between + 1 >= to) {
      return null;
    }
    int xs = between + 1;
    int ys = -1;
    int xe = -1;
    for (int k = xs + 1; k < Math.min(to, xs + SIDE); k++) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.WORD || Clause.isBoundary(t)) {
        return null;
      }
      String n = t.norm();
      if (n.equals("وبين")) {
        xe = k;
        ys = k + 1;
        break;
      }
      if (n.startsWith("و") && n.length() > 3 && (!inside(ps, k) || titlesJoined(ps, xs, k))) {
        xe = k;
        ys = k;
        break;
      }
    }
    if (ys < 0 || ys >= to) {
      return null;
    }
    int ye = ys + 1;
    while (ye < Math.min(to, ys + SIDE)) {
      Token t = tokens.get(ye);
      String n = Parts.stripConj(t.norm());
      if (t.kind() != Token.Kind.WORD || Clause.isBoundary(t) || Parts.PREPOSITIONS.contains(n)
          || SIDE_ENDS.contains(n) || startsPrepositionalPart(ps, ye)) {
        break;
      }
      ye++;
    }
    if (PRONOUNS.contains(Parts.stripConj(tokens.get(xs).norm()))
        || PRONOUNS.contains(Parts.stripConj(tokens.get(ys).norm()))) {
      return null;
    }
    Side x = side(ps, xs, xe);
    Side y = side(ps, ys, ye);
    return x == null || y == null ? null : new Pair(xs, xe, ys, ye, x, y); // a place: the ground between two places
  }

  /** Sets the sides unless the clash already has the pair's two states, in either order. */
  private static void apply(Cand c, Part x, Part y) {
    String a = c.actor == null ? null : c.actor.country();
    String b = c.recipient == null ? null : c.recipient.country();
    if (a != null && b != null && (a.equals(x.country()) && b.equals(y.country())
        || a.equals(y.country()) && b.equals(x.country()))) {
      return;
    }
    c.actor = x;
    c.recipient = y;
  }

  /** One side: its state part (null when it has none), or null for a side that is a place. */
  private record Side(Part state) {
  }

  private static Side side(List<Part> ps, int from, int end) {
    Part state = null;
    for (Part p : ps) {
      if (p.first() >= end) {
        break;
      }
      if (p.first() < from) {
        continue;
      }
      if (p.place() && !p.nisba() && !isState(p)) {
        return null;
      }
      boolean bare = p.prep().isEmpty() || p.first() == from && p.prep().equals("بين");
      if (state == null && bare && p.country() != null && !p.media() && !p.titleOnly()) {
        state = p;
      }
    }
    return new Side(state);
  }

  /** The first place with a state after the pair, in its clause. */
  private static Part placeAfter(List<Token> tokens, List<Part> ps, int from, int to) {
    int end = to;
    for (int k = from; k < to; k++) {
      if (Clause.isBoundary(tokens.get(k))) {
        end = k;
        break;
      }
    }
    for (Part p : ps) {
      if (p.first() >= from && p.first() < end && p.place() && !p.nisba() && p.country() != null) {
        return p;
      }
    }
    return null;
  }

  /** A side of no state given the state {@code country}, spanning its tokens. */
  private static Part at(List<Token> tokens, int from, int end, String country) {
    return new Part(from, end, tokens.get(from).start(), tokens.get(end - 1).end(), country, null, null, null, "",
        false, false, false, false);
  }

  /** A state's own army, police, security forces or government (not a state named as such, nor a group). */
  private static boolean ownForce(Part p) {
    return !p.nisba() && !p.place() && ("MIL".equals(p.sector()) || "GOV".equals(p.sector()))
        && (p.entity() == null || p.entity().kb() == null || !p.entity().kb().startsWith("group:"));
  }

  private static boolean isState(Part p) {
    return p.entity() != null && p.entity().kb() != null && p.entity().kb().startsWith("iso3:");
  }

  /** True when token {@code k} is inside a part that starts before it. */
  private static boolean inside(List<Part> ps, int k) {
    for (Part p : ps) {
      if (p.first() < k && p.end() > k) {
        return true;
      }
      if (p.first() >= k) {
        break;
      }
    }
    return false;
  }

  /**
   * True when the «و» at token {@code k} joins two bare titles read as one part from the first side's start
   * {@code xs} (session 21): «بين المحتجين وقوات الأمن في طهران» is one part of no state of its own («المحتجين وقوات
   * الأمن», given the place's), yet it names both sides of the clash.
   */
  private static boolean titlesJoined(List<Part> ps, int xs, int k) {
    Part p = RoleFinder.partAt(ps, xs);
    return p != null && p.first() == xs && p.end() > k && p.titleOnly();
  }

  /** True when a part with a preposition starts at token {@code k} («لإيران»). */
  private static boolean startsPrepositionalPart(List<Part> ps, int k) {
    Part p = RoleFinder.partAt(ps, k);
    return p != null && !p.prep().isEmpty();
  }
}
