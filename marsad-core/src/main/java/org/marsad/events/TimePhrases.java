package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A time phrase opened by «منذ» or «قبل» between a support verb and its act noun (session 15): «وأطلق الجيش المصري
 * منذ التاسع من فبراير الماضي عملية عسكرية», «وتشن قوات النظام منذ بضعة أيام حملة قصف», «وكانت هذه القوات بدأت قبل
 * نحو ثلاثة أسابيع هجوما». Its words are time, not words between the verb and the noun, so the support verb reaches
 * the noun over it. The phrase holds only numbers, months, days and words of time and measure; «من قبل» (an agent)
 * opens none.
 */
final class TimePhrases {
  /** Words that open a time phrase (normalised, without «و»). */
  private static final Set<String> OPENERS = Set.of("منذ", "قبل");
  /** Words inside a time phrase (normalised). */
  private static final Set<String> WORDS = Set.of("من", "نحو", "قرابه", "حوالي", "زهاء", "اكثر", "اقل",
      "الماضي", "الماضيه", "الحالي", "الجاري", "المنصرم", "الفايت", "بضعه", "بضع", "عده", "ايام", "يومين", "يوم",
      "اسابيع", "اسبوع", "اسبوعين", "اشهر", "شهور", "شهر", "شهرين", "الشهر", "سنوات", "سنه", "سنتين", "عام", "العام",
      "عامين", "اعوام", "ساعات", "ساعه", "مطلع", "اوايل", "اواخر", "منتصف", "بدايه", "نهايه", "ثلاثه", "اربعه",
      "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
      "السابع", "الثامن", "التاسع", "العاشر", "الحادي", "عشر", "العشرين", "والعشرين", "الثلاثين", "ال");
  /** Longest phrase read (tokens). */
  private static final int REACH = 9;

  private TimePhrases() {
  }

  /**
   * First token of a time phrase that ends right before token {@code a} and opens with «منذ/قبل» at or after
   * {@code from}, or {@code a} when there is none.
   */
  static int startBefore(List<Token> tokens, int a, int from) {
    for (int k = a - 1; k >= Math.max(from, a - REACH); k--) {
      Token t = tokens.get(k);
      String n = Parts.stripConj(t.norm());
      if (OPENERS.contains(n) && k < a - 1) {
        return k > from && tokens.get(k - 1).norm().equals("من") ? a : k; // «من قبل»: an agent follows
      }
      if (!(WORDS.contains(n) || Weekdays.NAMES.contains(n) || t.norm().equals("/")
          || !n.isEmpty() && (Character.isDigit(n.charAt(0)) || n.startsWith("ال") && n.length() > 2
          && Character.isDigit(n.charAt(2))) || org.marsad.numbers.DateResolver.isMonthAt(tokens, k, a))) {
        return a;
      }
    }
    return a;
  }
}
