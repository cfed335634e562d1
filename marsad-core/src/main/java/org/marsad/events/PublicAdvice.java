package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Safety advice to the public is no demand of a side: «وحثت الشرطة السكان على الابتعاد عن المنطقة», «طلبنا من
 * الناس تجنب المنطقة», «طلبت السفارة من رعاياها توخي الحيطة والحذر», «وحضت السلطات المواطنين على البقاء في
 * منازلهم».
 *
 * <p>Rule (session 18): a REQUEST word followed within {@link #REACH} tokens in its clause (commas allowed) by the
 * public as whom it asks — residents, people, citizens, nationals abroad, visitors («السكان», «الناس»,
 * «المواطنين», «رعاياها») — and after that by a word of keeping safe — avoiding, keeping away, staying, caution,
 * not coming near («تجنب», «الابتعاد», «البقاء», «توخي», «الحذر», «عدم الاقتراب») — is advice, no event. The
 * guide's REQUEST is a call, appeal or demand made to a party; a call to a state or to «جميع الأطراف» to avoid
 * escalation has no public in it and stays, and so does an order to leave («إخلاء»), which is no advice.
 */
final class PublicAdvice {
  /** The public (normalised, without «و», «ال» and «من/ل»). */
  private static final Set<String> PUBLIC = Set.of("سكان", "ناس", "مواطنين", "مواطنات", "اهالي", "جمهور",
      "رعاياها", "رعاياه", "رعايا", "مواطنيها", "مواطنيه", "زوار", "سياح", "ماره", "قاطنين", "مقيمين");
  /** Words of keeping safe (normalised, without «ب/ل/و» and «ال»). */
  private static final Set<String> SAFETY = Set.of("تجنب", "ابتعاد", "بقاء", "توخي", "حذر", "حيطه", "ملازمه",
      "احتماء", "اقتراب");
  /** Tokens after the REQUEST word in which the public and the advice are sought. */
  static final int REACH = 12;

  private PublicAdvice() {
  }

  /** True when the REQUEST word ending at {@code end} asks the public to keep safe (the rule). */
  static boolean advice(List<Token> tokens, int end, int to) {
    boolean pub = false;
    for (int k = end; k < Math.min(to, end + REACH); k++) {
      Token t = tokens.get(k);
      if (Asides.isComma(t)) {
        continue;
      }
      if (Clause.isBoundary(t)) {
        return false;
      }
      if (!pub) {
        pub = PUBLIC.contains(Parts.stripArticle(bare(t.norm())));
        continue;
      }
      if (safety(t.norm()) && (!t.norm().endsWith("اقتراب") || k > end && tokens.get(k - 1).norm().equals("عدم"))) {
        return true;
      }
    }
    return false;
  }

  /** The word without «و» and a clitic «لل» («للسكان»). */
  private static String bare(String n) {
    String w = Parts.stripConj(n);
    return w.startsWith("لل") && w.length() > 4 ? w.substring(2) : w;
  }

  /** True for a word of {@link #SAFETY}, maybe with «و», «ب/ل» and «ال» («بتجنب», «الابتعاد», «بالبقاء»). */
  private static boolean safety(String n) {
    String w = bare(n);
    if (SAFETY.contains(Parts.stripArticle(w))) {
      return true;
    }
    return (w.startsWith("ب") || w.startsWith("ل")) && SAFETY.contains(Parts.stripArticle(w.substring(1)));
  }
}
