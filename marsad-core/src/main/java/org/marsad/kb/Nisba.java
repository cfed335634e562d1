package org.marsad.kb;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Regular forms of an Arabic nisba (nationality) adjective, generated from its masculine singular.
 *
 * <p>Rules, for a base such as «ألماني» (a word takes the endings only if it ends in «ي»):
 * <ol>
 *   <li>masculine singular: «ألماني»;</li>
 *   <li>feminine singular: base + «ة»: «ألمانية»;</li>
 *   <li>sound masculine plural: base + «ون» / «ين»: «ألمانيون»، «ألمانيين»;</li>
 *   <li>masculine dual: base + «ان» / «ين»: «ألمانيان»;</li>
 *   <li>feminine dual: base + «تان» / «تين»: «ألمانيتان»، «ألمانيتين»;</li>
 *   <li>each of the above also with the article «ال»: «الألمانية»;</li>
 *   <li>a base of several words («كوري شمالي») agrees word by word when every word is a nisba: every word
 *       takes the same ending and, in the definite form, the article: «كورية شمالية»، «الكوري الشمالي»،
 *       «الكوريين الشماليين»; otherwise («جنوب سوداني») the ending goes on the last word and the article on the
 *       first: «جنوب سودانية»، «الجنوب سوداني»;</li>
 *   <li>the indefinite accusative of the masculine singular, written with «ا» (tanwin al-fath, whose mark the
 *       normaliser drops): «فلسطينيا»، «جنديا أمريكيا». It is given by {@link #accusative}, apart from the other
 *       forms, because it can spell a country name («ألمانيا»، «روسيا») that must stay the country.</li>
 * </ol>
 * Broken plurals and irregular forms (الألمان، الروس، الأتراك، الأمريكان) are not generated: the curated
 * file lists them.
 */
public final class Nisba {
  static final String ARTICLE = "\u0627\u0644";
  private static final char YEH = '\u064A';
  private static final String ALEF = "\u0627";
  private static final String[] ENDINGS = {"", "\u0629", "\u0648\u0646", "\u064A\u0646", "\u0627\u0646",
      "\u062A\u0627\u0646", "\u062A\u064A\u0646"};

  private Nisba() {
  }

  /** Every regular form of {@code base} but the accusative; a base not ending in «ي» yields itself and its
   * definite form only. */
  public static List<String> forms(String base) {
    String[] words = base.strip().split("\\s+");
    boolean regular = words[0].length() > 0 && isRegular(words[words.length - 1]);
    Set<String> out = new LinkedHashSet<>();
    for (String end : regular ? ENDINGS : new String[] {""}) {
      out.add(join(words, end, false));
    }
    if (!words[0].startsWith(ARTICLE)) {
      for (String end : regular ? ENDINGS : new String[] {""}) {
        out.add(join(words, end, true));
      }
    }
    return List.copyOf(out);
  }

  /** The indefinite accusative masculine singular of {@code base} («فلسطيني» → «فلسطينيا»), or empty when the
   * base does not end in «ي». */
  public static List<String> accusative(String base) {
    String[] words = base.strip().split("\\s+");
    if (words[0].isEmpty() || words[0].startsWith(ARTICLE) || !isRegular(words[words.length - 1])) {
      return List.of();
    }
    return List.of(join(words, ALEF, false));
  }

  private static boolean isRegular(String word) {
    return !word.isEmpty() && word.charAt(word.length() - 1) == YEH;
  }

  private static String join(String[] words, String ending, boolean definite) {
    StringBuilder b = new StringBuilder();
    boolean agree = true;
    for (String w : words) {
      agree &= isRegular(w);
    }
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (b.length() > 0) {
        b.append(' ');
      }
      if (definite && !w.startsWith(ARTICLE) && (agree || i == 0)) {
        b.append(ARTICLE);
      }
      b.append(w);
      if (isRegular(w) && (agree || i == words.length - 1)) {
        b.append(ending);
      }
    }
    return b.toString();
  }
}
