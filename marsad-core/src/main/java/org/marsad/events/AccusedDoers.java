package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The accused as the doer of the act charged (session 14): a material act named in the charge of an accusation
 * («اتهم X Y بـ ...») is the accused's, also when the charge runs over an aside or a chain of «بـ» nouns before the
 * act («اتهمت إسرائيل فيلق القدس الإيراني، وعلى رأسه قائده الجنرال قاسم سليماني، بإطلاق صواريخ», «اتهم نتانياهو
 * إيران بـ"تجاوز خط أحمر" بإطلاقها، ليل الأربعاء الخميس، صواريخ», «واتهمت بريطانيا روسيا بالمسؤولية عن الهجوم»).
 *
 * <p>Rules: the accusation is an earlier candidate of the sentence of mode {@code allege} («اتهم», «اتهام»,
 * «حمّل ... المسؤولية») whose recipient has a state; the charge opens right after that recipient with a word in «بـ»,
 * or after an aside between commas; the act, a noun with no actor of ASSAULT, COERCE or SANCTION type, stands within
 * {@link #REACH} tokens of the recipient with no clause boundary between, and opens the charge or follows a word of
 * doing («بشن», «باستخدام», «بالمسؤولية عن»): an act further down a chain of charges is not the accused's («الغرب يتهم
 * روسيا بالعبث بموقع الهجوم الكيمياوي»).
 */
final class AccusedDoers {
  /** Tokens between the accused and the act charged. */
  private static final int REACH = 12;
  /** Tokens a time between commas may span before the act («، ليل الأربعاء الخميس،»). */
  private static final int DAY_ASIDE = 3;
  /** Tokens an aside between commas may span after the accused. */
  private static final int ASIDE = 8;
  /** Types of the act charged. */
  private static final Set<String> TYPES = Set.of("ASSAULT", "COERCE", "SANCTION");
  /** Quotation marks, skipped before the «بـ» of a charge. */
  private static final Set<String> MARKS = Set.of("\"", "«", "»", "“", "”");

  private AccusedDoers() {
  }

  /** The accused whose charge names candidate {@code c}'s act, among the earlier candidates {@code cs}, or null. */
  static Part of(List<Token> tokens, int to, Cand c, List<Cand> cs) {
    TriggerLexicon.Match m = c.trigger;
    if (c.actor != null || m.entry().verb() || !TYPES.contains(c.type())) {
      return null;
    }
    for (int i = cs.size() - 1; i >= 0; i--) {
      Cand o = cs.get(i);
      Part accused = o.recipient;
      if (!o.type().equals("ACCUSE") || !"allege".equals(o.trigger.entry().mode()) || accused == null
          || accused.country() == null || accused.end() > m.first() || m.first() - accused.end() > REACH
          || boundary(tokens, accused.end(), m.first())
          || c.recipient != null && c.recipient.first() == accused.first()) {
        continue;
      }
      int open = charge(tokens, accused.end(), m.first());
      return open >= 0 && (open == m.first() || linked(tokens, open, m.first())) ? accused : null;
    }
    return null;
  }

  /**
   * Words of doing in «بـ» that may stand right before the act charged (normalised, without «و»): «باستخدام القنابل»,
   * «بشن هجمات», «بالمسؤولية عن الهجوم», «بالوقوف وراء الهجمات», «بإطلاقها ... صواريخ».
   */
  private static final Set<String> LINKS = Set.of("باستخدام", "بشن", "بتنفيذ", "بارتكاب", "عن", "وراء", "باطلاقها",
      "باطلاقه", "باطلاقهم", "باطلاق");

  /**
   * True when the act at {@code a}, after the charge opening at {@code open}, follows a word of doing ({@link #LINKS}),
   * maybe over a count or a day between commas: an act further down a chain of charges is not the accused's («بالعبث
   * بموقع "الهجوم الكيمياوي"», «بعرقلة ... الصواريخ»: the accused did something else).
   */
  private static boolean linked(List<Token> tokens, int open, int a) {
    int j = a - 1;
    while (j > open && MARKS.contains(tokens.get(j).text())) {
      j--;
    }
    if (j > open && Asides.isComma(tokens.get(j))) {
      for (int d = 2; d <= DAY_ASIDE + 1 && j - d >= open; d++) {
        if (Asides.isComma(tokens.get(j - d))) {
          j -= d + 1; // «بإطلاقها، ليل الأربعاء الخميس، صواريخ»
          break;
        }
      }
    }
    while (j > open && (COUNTS.contains(tokens.get(j).norm()) || tokens.get(j).kind() == Token.Kind.NUMBER)) {
      j--; // «بإطلاق عشرات الصواريخ»
    }
    return j >= open && LINKS.contains(Parts.stripConj(tokens.get(j).norm()));
  }

  /** True when a clause boundary other than a comma (asides are set off by commas) lies in {@code [a, b)}. */
  private static boolean boundary(List<Token> tokens, int a, int b) {
    for (int k = a; k < b; k++) {
      if (Clause.isBoundary(tokens.get(k)) && !Asides.isComma(tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Words of a count before the act («بإطلاق عشرات الصواريخ»), normalised. */
  private static final Set<String> COUNTS = Set.of("عشرات", "ميات", "الاف", "اكثر", "عده", "سلسله");

  /**
   * The token where a charge in «بـ» opens at {@code k}, maybe after an aside between commas and quotation marks,
   * not after {@code limit}; else -1.
   */
  private static int charge(List<Token> tokens, int k, int limit) {
    if (k < limit && Asides.isComma(tokens.get(k))) {
      int close = k + 1;
      while (close < limit && close <= k + ASIDE && !Asides.isComma(tokens.get(close))) {
        close++;
      }
      if (close >= limit || !Asides.isComma(tokens.get(close))) {
        return -1;
      }
      k = close + 1;
    }
    while (k < limit && MARKS.contains(tokens.get(k).text())) {
      k++;
    }
    if (k > limit) {
      return -1;
    }
    String n = Parts.stripConj(tokens.get(k).norm());
    return n.startsWith("ب") && (n.length() == 1 || n.length() > 3) ? k : -1;
  }
}
