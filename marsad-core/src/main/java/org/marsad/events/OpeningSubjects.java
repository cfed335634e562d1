package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The dropped subject of a statement verb with «و» in the middle of its sentence (session 16, ev16a).
 *
 * <p>Rule: a statement verb carrying «و» that does not open its sentence, whose object stands right after it and whose
 * subject was read nowhere (the grammar showed the one part after it to be its object: a single part before the charge
 * of «اتهم», a feminine state after a masculine verb, a masculine title after a feminine verb), shares the subject of
 * the verb that opens the sentence: «وصعّد المتحدث ... الإيراني، ...، من نبرة دفاعه، واتهم الوزير الكندي بـ...»
 * (IRN&gt;CAN), «وكانت السفارة الروسية طلبت ...، واتهمت السلطات البريطانية بخطفها» (RUS&gt;GBR), «زعم ناشطو المعارضة
 * السورية ... أن قنابل ... ضربت دوما، واتهموا القوات الحكومية بشن الهجوم» (SYR&gt;SYR). The opening verb («و/ف» and
 * «كان/كانت» allowed) must agree with the statement verb in gender (a plural statement verb takes a singular
 * masculine opening verb, which stands before its plural subject), and its subject must be a named side right after it,
 * within three words and no clause boundary. Before, such accusations had no accuser and were dropped (session 15's
 * {@link ChargedObjects} made the part the one accused).
 */
final class OpeningSubjects {
  private OpeningSubjects() {}

  /** Words after the opening verb before its subject is sought. */
  private static final int REACH = 3;
  /** Words that open a sentence but are no verb (normalised, without «و/ف»). */
  private static final Set<String> NO_VERB = Set.of("في", "من", "الي", "علي", "عن", "مع", "بعد", "قبل", "منذ", "خلال",
      "كما", "لكن", "ان", "قد", "لقد", "هذا", "ذلك", "تم", "وسط", "اثر", "عقب", "بين", "حسب", "بحسب", "وفق", "وفقا",
      "اما", "ثم", "حيث", "لم", "لن", "لا", "ما", "هو", "هي");
  /** The opening subject for candidate {@code c} of sentence {@code [from, to)}, or null. */
  static Part of(List<Token> tokens, int from, int to, List<Part> ps, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    if (!m.entry().verb() || c.actor != null || c.recipient == null || c.recipient.first() != m.end()) {
      return null;
    }
    return opening(tokens, from, ps, m, c.recipient);
  }

  /**
   * The subject of the verb opening sentence {@code from} that statement verb {@code m}, with «و» and not opening the
   * sentence, shares, when it agrees with it; never the part {@code object}; or null.
   */
  private static Part opening(List<Token> tokens, int from, List<Part> ps, TriggerLexicon.Match m, Part object) {
    TriggerLexicon.Entry e = m.entry();
    if ((m.cliticFlags() & Clitics.SUFFIX) != 0 || m.first() - from < 4) {
      return null;
    }
    String n = tokens.get(m.first()).norm();
    if (n.length() < 4 || n.charAt(0) != '\u0648' || !Parts.stripConj(n).equals(n.substring(1))) {
      return null;
    }
    Token t0 = tokens.get(from);
    String w = Parts.stripConj(t0.norm());
    if (t0.kind() != Token.Kind.WORD || w.length() < 2 || w.startsWith("ال") || NO_VERB.contains(w)
        || Clause.isBoundary(t0) || RoleFinder.partAt(ps, from) != null || covered(ps, from)) {
      return null;
    }
    boolean openingFeminine = feminine(w);
    boolean triggerFeminine = e.feminine() || Morphology.presentTense(e) && e.words()[0].charAt(0) == 'ت';
    if (e.plural() ? openingFeminine : openingFeminine != triggerFeminine) {
      return null; // «وكانت أوماروسا قد نشرت ...، واتهمت»: feminine with feminine; «زعم ناشطو ... واتهموا»
    }
    if (!e.plural() && !triggerFeminine && !Morphology.masculineVerb(e)) {
      return null; // a form written like its verbal noun tells no gender
    }
    for (int i = 0; i < ps.size(); i++) {
      Part p = ps.get(i);
      if (p.first() <= from) {
        continue;
      }
      if (p.first() - from > REACH || p.end() > m.first() || !p.prep().isEmpty()
          || Clause.between(tokens, from + 1, p.first())) {
        return null;
      }
      Part q = i + 1 < ps.size() ? ps.get(i + 1) : null;
      if ((p.titleOnly() || !p.identified()) && q != null && q.first() >= p.end() && q.first() - p.end() <= 2
          && q.end() <= m.first() && q.identified() && (q.prep().isEmpty() || q.prep().equals("ل"))
          && !Clause.between(tokens, p.end(), q.first())) {
        p = q; // «ناشطو المعارضة السورية», «المتحدث السابق باسم وفد التفاوض النووي الإيراني»: the body after a head
      }        // names the side; a bare title took the state named last
      if (!p.identified() || p.first() == object.first()) {
        return null;
      }
      return p;
    }
    return null;
  }

  /** Words right after the one part that open the complement of a call or charge (normalised, without «و»). */
  private static final Set<String> COMPLEMENTS = Set.of("الي", "علي");

  /**
   * The subject of a reporting verb earlier in the sentence that a request or accusation verb with «و» shares, when
   * the one part right after that verb is followed by its complement («إلى», «على», a word in «بـ»): «وقال نيوت
   * غينغريتش ... "إنه أكبر خطأ في رئاسته" وطالب ترامب بتوضيح تعليقاته» (Gingrich asks Trump: USA&gt;USA, was Trump
   * asking), «وذكرت الشرطة أن وحدات أمنية انتشرت ... وحثت السكان على الابتعاد». The reporting verb and the
   * statement verb agree in gender (a feminine report subject and «ودعا الرئيس إلى» name two speakers), and a
   * nominative plural after the verb is a subject of its own («وطالب المتظاهرون بـ»). Null otherwise (session 16).
   */
  static Part reported(List<Token> tokens, int[] mk, int from, int to, List<Part> ps, Cand c, Speakers speakers) {
    TriggerLexicon.Match m = c.trigger;
    TriggerLexicon.Entry e = m.entry();
    Part after = c.actor;
    if (!e.verb() || !(c.type().equals("REQUEST") || c.type().equals("ACCUSE")) || after == null
        || c.recipient != null && c.recipient.first() <= after.end() || after.first() != m.end() || after.end() >= to || !after.prep().isEmpty()
        || (m.cliticFlags() & Clitics.SUFFIX) != 0 || m.first() - from < 4 || e.plural()
        || Speakers.ownSubject(tokens, m.end(), to)) {
      return null;
    }
    String n = tokens.get(m.first()).norm();
    if (n.length() < 4 || n.charAt(0) != '\u0648' || !Parts.stripConj(n).equals(n.substring(1))) {
      return null;
    }
    String next = Parts.stripConj(tokens.get(after.end()).norm());
    if (!(COMPLEMENTS.contains(next) || next.length() > 4 && next.charAt(0) == '\u0628')) {
      return null;
    }
    boolean triggerFeminine = e.feminine() || Morphology.presentTense(e) && e.words()[0].charAt(0) == 'ت';
    if (!triggerFeminine && !Morphology.masculineVerb(e)) {
      return null;
    }
    for (int k = from; k < m.first(); k++) {
      Part said = speakers.reportSubject(tokens, mk, k, to, ps, k + 1);
      if (said == null) {
        continue;
      }
      String v = Parts.stripConj(tokens.get(k).norm());
      if (said.first() == after.first() || said.end() > m.first() || v.length() < 3 || v.charAt(0) == 'ت'
          || v.endsWith("ت") != triggerFeminine || !said.identified()) {
        return null; // «تابع» is masculine though it starts with «ت»: a verb in «ت» tells no gender here
      }
      return said;
    }
    return opening(tokens, from, ps, m, after); // «ودان مكتب الأمم المتحدة ... عملية الاغتيال، ودعا السلطات إلى»
  }

  /** True for a verb form of the feminine singular: a past form in «ت» or a present form in «ت» («كانت», «تقول»). */
  private static boolean feminine(String w) {
    return w.length() >= 3 && w.endsWith("ت") || w.length() >= 4 && w.charAt(0) == 'ت';
  }

  private static boolean covered(List<Part> ps, int k) {
    for (Part p : ps) {
      if (p.first() <= k && k < p.end()) {
        return true;
      }
    }
    return false;
  }
}
