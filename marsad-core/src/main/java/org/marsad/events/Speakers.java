package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Attribution;
import org.marsad.model.Token;

/**
 * Who speaks in a sentence, who says so, and whom an attack is attributed to.
 *
 * <p>Rules:
 * <ol>
 *   <li><b>Report subject</b>: the part within three words after a reporting verb, in its clause, else the part
 *       ending at most two words before it; not an outlet or a town, and not a report word after «من», «على»,
 *       «حول» (a statement reacted to: «عبرت عن استغرابها من بيان») ({@link #reportSubject});</li>
 *   <li><b>Pronoun subject</b>: a trigger verb, or the support verb of a trigger noun, right after «أنه», «إنها»,
 *       «بأنهم» (over «قد») has the speaker right before the pronoun, or before a day or «في بيان» only
 *       («أعلن الجيش أنه قصف», «أعلنت الوزارة، الاثنين، أنها استدعت»); not after a passive support verb
 *       («أكد أنه تعرض لهجوم») ({@link #pronounSubject});</li>
 *   <li><b>Own country</b>: «بلاده», «بلادنا» is the state of the sentence's report subject, else of the previous
 *       sentence's speaker («قال الوزير الأردني إن بلاده تدعم مصر» → JOR); «بلدة» is a town
 *       ({@link #withOwnCountry});</li>
 *   <li><b>Continued report</b>: a sentence opening with its trigger, «و/ف» and a verb, or «من جانبه/جهته»
 *       continues the previous speaker's report ({@link #continues}), unless a subject of its own stands right
 *       after the trigger verb: a count of many («أدانت العديد من الدول», «عدد من», «بعض»), «الدول», or a
 *       nominative plural in «ـون» («ويرفض الغربيون», «ويتهم المسلحون») (session 11, {@link #ownSubject});</li>
 *   <li><b>Quote</b>: the quotation («», “”, "") around the trigger, of more than one word ({@link #quoteAround});</li>
 *   <li><b>Attribution</b>: the outlet or name within two words after «بحسب», «وفقا لـ», «نقلا عن» (cue class
 *       {@code source}) ({@link #attribution});</li>
 *   <li><b>Attributed attack</b>: «نسب/نسبت/تنسب ... إلى X» after an attack names X its attacker («الغارة التي
 *       استهدفت مطارا في سوريا ونسبتها دمشق إلى إسرائيل»); «نسبة» (a rate) is none ({@link #attributedTo}).</li>
 * </ol>
 * The methods reading cues take {@code mk}, each token's cue mask ({@link Cues#mask}).
 */
final class Speakers {
  private final Cues cues;

  Speakers(Cues cues) {
    this.cues = cues;
  }

  /** Words after «نسب» (attribute) before the «إلى» that names the one held responsible. */
  private static final int ATTRIBUTION_REACH = 8;

  /**
   * The state or group an attack is attributed to later in its sentence: «نسب/نسبت/تنسب ... إلى X» after the
   * trigger, X within {@link #ATTRIBUTION_REACH} words of the verb; or null.
   */
  static Part attributedTo(List<Token> tokens, int b, int to, List<Part> ps) {
    for (int k = b; k < to; k++) {
      String n = Parts.stripConj(tokens.get(k).norm());
      if (!(n.startsWith("نسب") || n.startsWith("تنسب") || n.startsWith("ينسب"))
          || TriggerLexicon.endsWithTehMarbuta(tokens.get(k).text())) {
        continue; // «نسبة» (a rate) is no attribution
      }
      for (Part p : ps) {
        if (p.first() > k && p.first() - k <= ATTRIBUTION_REACH && "الي".equals(p.prep()) && p.identified()) {
          return p;
        }
      }
      return null;
    }
    return null;
  }

  /** Pronouns after «أن» that make the speaker the subject of what follows («أنه», «إنها», «بأنهم»). */
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("انه", "انها", "انهم", "انهما",
      "بانه", "بانها", "بانهم", "انا", "اننا", "باننا");

  /**
   * The speaker of a reporting verb when the trigger verb, or the support verb of a trigger noun, follows
   * «أنه/إنها» right after it («أعلن الجيش أنه قصف», «قالت الوزارة إنها شنت غارات»), or null.
   */
  Part pronounSubject(List<Token> tokens, int[] mk, int from, int to, List<Part> ps, TriggerLexicon.Match m) {
    int v = m.first();
    if (!m.entry().verb()) {
      v = -1;
      for (int k = m.first() - 1; k >= Math.max(from, m.first() - 4); k--) {
        String n = Parts.stripConj(tokens.get(k).norm());
        if (cues.is("passive-light", n)) {
          return null; // «أكد أنه تعرض لهجوم»: the speaker underwent it
        }
        if (cues.is("light", n)) {
          v = k;
          break;
        }
      }
    }
    if (v - 1 < from) {
      return null;
    }
    int p = v - 1;
    if (tokens.get(p).norm().equals("قد") && p - 1 >= from) {
      p--;
    }
    if (!SPEAKER_PRONOUNS.contains(tokens.get(p).norm())) {
      return null;
    }
    Part sp = reportSubject(tokens, mk, from, to, ps, p);
    return sp != null && (sp.end() >= p - 1 || onlyTimeOrStatement(tokens, sp.end(), p)) ? sp : null;
    // the speaker right before «أنه» (or before a day or «في بيان»: «أعلنت الوزارة، الاثنين، أنها استدعت»),
    // not «قالت ... إن X أنه»
  }

  /** Words between a speaker and «أنه» that leave it the speaker: days, times, «في بيان», normalised. */
  private static final Set<String> SPEAKER_GAP = Weekdays.with("امس", "اليوم", "مساء", "صباح", "في", "بيان",
      "له", "لها", "رسمي", "صحفي", "مقتضب");

  /** True when the tokens in {@code [a, b)} are punctuation and {@link #SPEAKER_GAP} words only. */
  private static boolean onlyTimeOrStatement(List<Token> tokens, int a, int b) {
    for (int k = a; k < b; k++) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.PUNCT && !Parts.inSet(SPEAKER_GAP, t.norm())) {
        return false;
      }
    }
    return true;
  }

  /** «His/her/our country» («بلاده», «بلادنا»): the speaker's state. */
  static final Set<String> OWN_COUNTRY = Set.of("بلاده", "بلادها", "بلادهم", "بلادنا",
      "بلادي", "بلده", "بلدها", "بلدنا", "بلدي");

  /**
   * The parts of a sentence with «بلاده», «بلادنا» read as the speaker's state: the subject of a reporting verb
   * before it in the sentence («قال الوزير الأردني إن بلاده تدعم مصر» → JOR), else the previous sentence's
   * speaker; left out when there is none.
   */
  List<Part> withOwnCountry(List<Token> tokens, int[] mk, int from, int to, List<Part> ps, Part previousSpeaker) {
    List<Part> out = null;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.WORD || !Parts.inSet(OWN_COUNTRY, t.norm())
          || TriggerLexicon.endsWithTehMarbuta(t.text()) || covered(ps, k)) { // «بلدة» (a town) is no «بلده»
        continue;
      }
      Part sp = reportSubject(tokens, mk, from, to, ps, k);
      if (sp == null) {
        sp = previousSpeaker;
      }
      if (sp == null || sp.country() == null) {
        continue;
      }
      String prep = k > from && Parts.inSet(Parts.PREPOSITIONS, tokens.get(k - 1).norm())
          ? Parts.stripConj(tokens.get(k - 1).norm()) : "";
      Part own = new Part(k, k + 1, t.start(), t.end(), sp.country(), "GOV", null, null, prep, false, false, false, true);
      out = out == null ? new ArrayList<>(ps) : out;
      int at = 0;
      while (at < out.size() && out.get(at).first() < k) {
        at++;
      }
      out.add(at, own);
    }
    return out == null ? ps : out;
  }

  private static boolean covered(List<Part> ps, int k) {
    for (Part p : ps) {
      if (p.first() <= k && k < p.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject of a reporting verb before token {@code limit} of the sentence, or null; {@code mk} holds each
   * token's cue mask.
   */
  Part reportSubject(List<Token> tokens, int[] mk, int from, int to, List<Part> ps, int limit) {
    int rep = cues.bit("report");
    for (int k = from; k < limit; k++) {
      Token t = tokens.get(k);
      if ((mk[k] & rep) == 0 || !cues.is("report", t.norm())) {
        continue;
      }
      if (k > from && Parts.inSet(REACTED_TO, tokens.get(k - 1).norm())) {
        continue; // «عبرت عن استغرابها من بيان بن دغر»: a statement reacted to does not frame the sentence
      }
      Part after = null;
      for (Part p : ps) {
        if (p.first() > k && p.first() - k <= 3 && p.prep().isEmpty() && !Clause.between(tokens, k + 1, p.first())) {
          after = p;
          break;
        }
        if (p.first() > k + 3) {
          break;
        }
      }
      if (after != null && after.identified() && !after.media() && !RoleFinder.localPlace(after)) {
        return after; // not «أعلن مجلس منبج العسكري»: a town is no speaker
      }
      Part before = null;
      for (Part p : ps) {
        if (p.end() <= k && k - p.end() <= 2 && p.prep().isEmpty()) {
          before = p;
        }
      }
      if (before != null && before.identified() && !before.media() && !RoleFinder.localPlace(before)) {
        return before;
      }
    }
    return null;
  }

  /** Prepositions before a report word that make it the thing reacted to («من بيان», «على تصريحات»), normalised. */
  private static final Set<String> REACTED_TO = Set.of("من", "عن", "علي", "ضد", "حول", "بشان",
      "تجاه", "ازاء");

  /** True when the sentence continues a report: it opens with «و/ف» + verb, «من جانبه», or the trigger itself. */
  static boolean continues(List<Token> tokens, int from, int trigger) {
    if (trigger - from <= 1) {
      return true;
    }
    String n = tokens.get(from).norm();
    return n.equals("من") && from + 1 < trigger && (tokens.get(from + 1).norm().startsWith("جانب")
        || tokens.get(from + 1).norm().startsWith("جهت"));
  }

  /** Words right after a verb that open a subject of its own: counts of many and «الدول» (normalised). */
  private static final Set<String> OWN_SUBJECT = Set.of("العديد", "عدد", "عده", "كثير", "الكثير", "بعض", "معظم",
      "اغلب", "عشرات", "مييات", "الدول", "دول");

  /**
   * True when the token after a trigger verb ending at {@code end} opens a subject of its own, so the sentence is no
   * continued report: «كما نددت الدول المقاطعة بالتقارب بين قطر وإيران», «ويرفض الغربيون قيام روسيا بضم القرم».
   */
  static boolean ownSubject(List<Token> tokens, int end, int to) {
    if (end >= to) {
      return false;
    }
    String n = tokens.get(end).norm();
    if (OWN_SUBJECT.contains(n)) {
      return true;
    }
    return n.startsWith("ال") && n.endsWith("ون") && n.length() > 5; // «الغربيون», «المسلحون», «المحتجون»
  }

  /** Token range [open+1, close) of the quotation containing token i, or null. */
  static int[] quoteAround(List<Token> tokens, int from, int to, int i) {
    int open = -1;
    for (int k = i - 1; k >= from; k--) {
      String t = tokens.get(k).text();
      if (t.equals("»") || t.equals("”")) {
        return null;
      }
      if (t.equals("«") || t.equals("“") || t.equals("\"")) {
        open = k;
        break;
      }
    }
    if (open < 0) {
      return null;
    }
    for (int k = i + 1; k < to; k++) {
      String t = tokens.get(k).text();
      if (t.equals("»") || t.equals("”") || t.equals("\"")) {
        return k - open > 2 ? new int[] {open + 1, k} : null;
      }
    }
    return null;
  }

  /** The sources a sentence names after «بحسب», «وفقا لـ», «نقلا عن» (cue class {@code source}): outlets and names. */
  List<Attribution> attribution(String text, List<Token> tokens, int[] mk, int from, int to, List<Part> ps) {
    List<Attribution> out = new ArrayList<>();
    int src = cues.bit("source");
    for (int k = from; k < to; k++) {
      if ((mk[k] & src) == 0) {
        continue;
      }
      int len = cues.matchAt("source", tokens, k, to);
      if (len == 0) {
        continue;
      }
      int after = k + len;
      Part p = null;
      for (Part q : ps) {
        if (q.first() >= after && q.first() - after <= 2 && !Clause.between(tokens, after, q.first())) {
          p = q;
          break;
        }
      }
      if (p != null && (p.media() || p.entity() != null)) {
        Attribution a = new Attribution(text.substring(p.start(), p.stop()), p.start(), p.stop(), p.name());
        if (out.stream().noneMatch(x -> x.start() == a.start())) {
          out.add(a);
        }
        k = p.end() - 1;
      }
    }
    return out;
  }
}
