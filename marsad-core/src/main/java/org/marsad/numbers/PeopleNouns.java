package org.marsad.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * Nouns for people and victims whose dual or singular states a count («قتل شخصان», «أصيب جندي»).
 * Stems are normalised (ة → ه, أ → ا).
 */
final class PeopleNouns {
  /** Stems whose plural is broken, so both «-ان» and «-ين» mark the dual («جنود» → «جنديين» is dual). */
  private static final Set<String> BROKEN = stems(
      "شخص", "جندي", "طفل", "قتيل", "جريح", "عنصر", "رجل", "شاب", "ضابط", "شقيق", "صبي", "أسير", "مدني_",
      "فتى", "حارس", "شهيد", "رهين", "مراسل_", "طبيب", "زعيم", "قائد", "نائب_", "سجين", "معتقل_", "مهاجر_",
      "لاجئ_", "مسعف_", "صياد", "جار", "ولد");

  /** Stems with a sound plural in «-ين», so only «-ان» is certainly dual («مدنيين» may be plural). */
  private static final Set<String> SOUND = stems(
      "مدني", "صحفي", "صحافي", "مسلح", "مقاتل", "مواطن", "مصاب", "ناشط", "شرطي", "عامل", "مراسل", "مدرس",
      "معتقل", "مهاجر", "لاجئ", "مسعف", "موظف", "مستوطن", "فلسطيني", "إسرائيلي", "سوري", "عراقي", "يمني",
      "لبناني", "أمريكي", "روسي", "أوكراني", "نائب", "متظاهر", "محتج", "مسافر", "راكب", "بحار", "مزارع");

  /** Feminine stems written with ta marbuta: dual «طفلتان/طفلتين», «امرأتان». */
  private static final Set<String> FEMININE = stems(
      "طفلة", "امرأة", "فتاة", "سيدة", "طالبة", "شقيقة", "مدنية", "صحفية", "صحافية", "مجندة", "ممرضة", "رهينة",
      "شرطية", "ناشطة", "موظفة", "مواطنة", "مسنة", "قتيلة", "جريحة");

  private static Set<String> stems(String... words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (!w.endsWith("_")) {
        out.add(ArabicNormalizer.INSTANCE.normalize(w));
      }
    }
    return Set.copyOf(out);
  }

  private PeopleNouns() {
  }

  /** The word and its forms without the clitics و ف ب ل ك and the article «ال». */
  static List<String> stripped(String norm) {
    List<String> out = new ArrayList<>(4);
    out.add(norm);
    String w = norm;
    if (w.length() > 3 && "وف".indexOf(w.charAt(0)) >= 0) {
      w = w.substring(1);
      out.add(w);
    }
    if (w.length() > 3 && "بلك".indexOf(w.charAt(0)) >= 0) {
      String v = w.substring(1);
      out.add(v);
      if (w.charAt(0) == 'ل' && v.startsWith("ل") && v.length() > 3) {
        out.add("ال" + v.substring(1)); // «للجنديين» = ل + الجنديين
      }
      if (v.startsWith("ال") && v.length() > 4) {
        out.add(v.substring(2));
      }
    }
    if (w.startsWith("ال") && w.length() > 4) {
      out.add(w.substring(2));
    }
    return out;
  }

  static boolean isDual(String w) {
    if (w.endsWith("ان") || w.endsWith("ين")) {
      String stem = w.substring(0, w.length() - 2);
      boolean an = w.endsWith("ان");
      if (BROKEN.contains(stem) || (an && SOUND.contains(stem))) {
        return true;
      }
      // feminine: طفلتان / طفلتين, امراتان
      if (stem.endsWith("ت") && FEMININE.contains(stem.substring(0, stem.length() - 1) + "ه")) {
        return true;
      }
    }
    return false;
  }

  static boolean isSingular(String w) {
    String s = w.endsWith("ا") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    return BROKEN.contains(s) || SOUND.contains(s) || FEMININE.contains(w);
  }
}
