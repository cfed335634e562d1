package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Negations the window of {@link FactualityRule} misses (session 14, ev14b).
 *
 * <p>Rules (the trigger at token {@code a}, its sentence from token {@code from}):
 * <ol>
 *   <li>a rejection or denial verb right after a negation particle is no rejection: «لا يرفضون السلام», «ولم
 *       يرفضه أي نائب», «لم ينفِ» (the particle window skips REJECT triggers, which themselves negate what they
 *       govern); not with an exception after it («ولم ترفضه سوى الولايات المتحدة»);</li>
 *   <li>a verb trigger right after «أو/ولا» shares the negation of the verb it is joined to, when a negation particle
 *       stands up to {@link #JOINED_REACH} tokens before it in its clause: «لم يؤكد المتحدث أو ينفي التقارير», «لم
 *       يقتل أو يصب أي فرنسي»;</li>
 *   <li>an event noun is negated when the support verb whose object it is stands right after a negation particle,
 *       its subject between them: «ولم تشن إسرائيل غارات على مواقع إيرانية», «ولم تفرض الولايات المتحدة عقوبات
 *       جديدة» (the particle window of two tokens ends at the verb);</li>
 *   <li>(session 16) an event noun right after «إلى» is negated when a verb of leading, pushing or dragging
 *       ({@link #LEADS}: «تدفع», «يجر», «يؤدي», «تنجر») stands right after a negation particle before it, with at
 *       most {@link #LEAD_SUBJECT} words of its subject between the verb and «إلى»: «الطائرات الورقية لن تدفع
 *       إسرائيل إلى حرب جديدة على قطاع غزة», «لن تنجر إلى مواجهة» — a war nobody is led into;</li>
 *   <li>(session 21, ev21b) an event noun is negated when a verb of giving, signing or hosting, or the first person
 *       of speaking ({@link #TELLS}), stands right after a negation particle before it, maybe over «عن/في/إلى», «أي»
 *       and quotation marks: «إن إيران لم تقدم "أي إنذار"», «أنا لم أتحدث عن ضربة مسبقة لروسيا» — the act is what
 *       was not given or said. Verbs of taking part and the third person of speaking are left out: «لم تشارك في
 *       الهجوم» denies a part in an attack others made, «لم يتحدث البيان عن الغارات» leaves the raids as told.</li>
 * </ol>
 * «ما» (the relative «which» in «وهو ما تنفيه موسكو») and «غير» (an adjective's negation) count for neither rule.
 */
final class NegationReach {
  /** Negation particles of a verb, normalised, also with «و/ف» (too short to strip): «ما» and «غير» are left out. */
  private static final Set<String> PARTICLES = Set.of("لم", "لن", "لا", "ولم", "ولن", "ولا", "فلم", "فلن", "فلا");

  /** Words that join a second verb under the same negation («أو», «ولا»), normalised. */
  private static final Set<String> JOINS = Set.of("او", "ولا");

  /** Tokens before the joined trigger within which the negation of the first verb is looked for. */
  private static final int JOINED_REACH = 12;

  private NegationReach() {
  }

  /** Words of exception («لم يرفضه سوى», «لا يرفضه إلا»): only those named did it, so it happened. */
  private static final Set<String> EXCEPT = Set.of("سوي", "الا");

  /** Tokens after the trigger within which a word of exception undoes the negation. */
  private static final int EXCEPT_REACH = 3;

  /**
   * True when a negation particle stands right before the REJECT trigger at {@code a} (rule 1), and no «سوى/إلا»
   * follows it within {@link #EXCEPT_REACH} tokens («ولم ترفضه سوى الولايات المتحدة»: only the US rejected it).
   */
  static boolean rejectNegated(List<Token> tokens, int a, int from) {
    if (a - 1 < from || !particle(tokens.get(a - 1))) {
      return false;
    }
    for (int k = a + 1; k < Math.min(tokens.size(), a + 1 + EXCEPT_REACH); k++) {
      if (EXCEPT.contains(tokens.get(k).norm())) {
        return false;
      }
    }
    return true;
  }

  /** True when the trigger at {@code a} follows «أو/ولا» and a negated verb of its clause (rule 2). */
  static boolean joinedNegated(List<Token> tokens, int a, int from) {
    if (a - 1 < from || !JOINS.contains(tokens.get(a - 1).norm())) {
      return false;
    }
    for (int k = a - 2; k >= Math.max(from, a - JOINED_REACH); k--) {
      Token t = tokens.get(k);
      if (Clause.isBoundary(t)) {
        return false;
      }
      if (particle(t)) {
        return true;
      }
    }
    return false;
  }

  /** Tokens before the event noun within which its negated support verb is looked for. */
  private static final int SUPPORT_REACH = 6;

  /**
   * True when a support verb ({@code light} cue) stands up to {@link #SUPPORT_REACH} tokens before the noun trigger at
   * {@code a} in its clause, right after a negation particle (rule 3).
   */
  static boolean supportNegated(List<Token> tokens, int a, int from, Cues cues) {
    for (int k = a - 1; k > from && k >= a - SUPPORT_REACH; k--) {
      Token t = tokens.get(k);
      if (Clause.isBoundary(t)) {
        return false;
      }
      if (cues.is("light", t.norm())) {
        return particle(tokens.get(k - 1));
      }
    }
    return false;
  }

  /** Verbs of leading, pushing or dragging into a war (normalised, without «و/ف»). */
  private static final Set<String> LEADS = Set.of("تدفع", "يدفع", "تجر", "يجر", "تقود", "يقود", "تودي", "يودي",
      "تنجر", "ينجر", "تنزلق", "ينزلق", "تستدرج", "يستدرج", "تجرنا", "يجرنا", "تدفعنا", "يدفعنا");

  /** Words of the subject that may stand between the verb of leading and «إلى». */
  private static final int LEAD_SUBJECT = 2;

  /** True when the event noun at {@code a} follows «إلى» governed by a negated verb of leading (rule 4). */
  static boolean ledNegated(List<Token> tokens, int a, int from) {
    if (a - 2 < from || !(tokens.get(a - 1).norm().equals("الي"))) {
      return false;
    }
    for (int v = a - 2; v >= Math.max(from + 1, a - 2 - LEAD_SUBJECT); v--) {
      Token t = tokens.get(v);
      if (Clause.isBoundary(t)) {
        return false;
      }
      if (LEADS.contains(Parts.stripConj(t.norm())) || LEADS.contains(t.norm())) {
        return particle(tokens.get(v - 1));
      }
    }
    return false;
  }

  /**
   * Verbs of giving, signing or hosting, and the first person of speaking, whose negation negates the event noun they
   * govern (normalised, without «و/ف»): «لم تقدم أي إنذار», «لن تستضيف القمة», «أنا لم أتحدث عن ضربة». Not the third
   * person of speaking or announcing («لم يتحدث البيان عن الغارات», «لم تعلن عن مقتل»): what was not mentioned may
   * still have happened.
   */
  private static final Set<String> TELLS = Set.of("اتحدث", "نتحدث", "تقدم", "يقدم", "نقدم", "اقدم", "يقدموا",
      "توقع", "يوقع", "نوقع", "يوقعوا", "تستضيف", "يستضيف", "نستضيف", "تستقبل", "يستقبل", "نستقبل");
  /** Prepositions between a verb of {@link #TELLS} and the noun it tells of («لم أتحدث عن ضربة»), normalised. */
  private static final Set<String> ABOUT = Set.of("عن", "في", "الي");

  /** True when the event noun at {@code a} is told of by a negated verb of {@link #TELLS} right before it (rule 5). */
  static boolean toldNegated(List<Token> tokens, int a, int from) {
    int k = skipQuotes(tokens, a - 1, from);
    if (k >= from && Parts.inSet(ANY, tokens.get(k).norm())) {
      k = skipQuotes(tokens, k - 1, from); // «لم تقدم "أي إنذار"»
    }
    if (k >= from && ABOUT.contains(tokens.get(k).norm())) {
      k = skipQuotes(tokens, k - 1, from);
    }
    if (k - 1 < from || !Parts.inSet(TELLS, tokens.get(k).norm())) {
      return false;
    }
    return particle(tokens.get(k - 1));
  }

  /** «أي» before an event noun, normalised, without «و/ف». */
  private static final Set<String> ANY = Set.of("اي", "ايه");

  /** The index of the first token at or before {@code k} that is no quotation mark. */
  private static int skipQuotes(List<Token> tokens, int k, int from) {
    while (k >= from && QUOTES.contains(tokens.get(k).text())) {
      k--;
    }
    return k;
  }

  /** Quotation marks a negation reaches over («لم تقدم "أي إنذار"»). */
  private static final Set<String> QUOTES = Set.of("\"", "«", "»", "“", "”");

  private static boolean particle(Token t) {
    return Parts.inSet(PARTICLES, t.norm());
  }
}
