package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Weapons named without any attack: missiles, shells, bombs and chemical weapons that are developed, moved, shown,
 * found or inspected, not fired.
 *
 * <p>Rules (session 14), for an ASSAULT noun trigger whose first word is a weapon ({@link #WEAPONS}):
 * <ol>
 *   <li><b>Oversight</b>: a word of inspection, expertise or a ban right before it, maybe over one adjective or
 *       «في» («خبراء لجنة الأسلحة الكيميائية», «وكالة حظر الأسلحة الكيميائية», «الخبير في الأسلحة الكيماوية»,
 *       «مفتش سابق للأسلحة الكيماوية»), or a word of an arsenal ({@link FigurativeReadings#arsenalBefore}) before a
 *       chemical weapon («برنامج الأسلحة الكيميائية السوري»), which the session-4 arsenal rule read only before
 *       missiles and shells ({@link #oversight});</li>
 *   <li><b>Handled</b>: a verb or noun of making, moving, owning, showing or finding within {@link #REACH} words
 *       before it, with only names, counts or «عن/على/من» between («وقد طورت إيران صواريخ مداها 2000 كلم»,
 *       «طهران نقلت صواريخ بعيدة المدى إلى سوريا», «بوتين يكشف عن صاروخ روسي», «عثر على قنبلة بريطانية»,
 *       «إمداداتها من الصواريخ»), or «مدى/أحدث» right before it («ويبلغ مدى الصاروخ الإيراني», «لأحدث صواريخ
 *       إيران»), or «قاذفات» (bombers: «حلقت قاذفات قنابل صينية فوق تايوان», session 14), or a word of danger
 *       right before it (session 19: «القضاء على تهديد الصواريخ الباليستية», «خطر الألغام»): weapons handled or
 *       feared, not fired ({@link #handled});</li>
 *   <li><b>Able</b> (session 19): «قادر/قادرة على» within a few words after it («صواريخ مداها 2000 كلم قادرة على
 *       ضرب إسرائيل»): what the weapon could do ({@link #able}).</li>
 * </ol>
 * Forms of «أطلق», «استخدم», «تعرض لـ» are none of these words, so fired weapons stay attacks.
 */
final class IdleWeapons {
  /** Weapon nouns (normalised, without «ال», «و/ف», «ب/ل/لل»). */
  private static final Set<String> WEAPONS = Set.of("صاروخ", "صاروخا", "صاروخين", "صاروخان", "صواريخ",
      "قذيفه", "قذايف", "قذيفتين", "قذيفتان", "قنبله", "قنابل", "اسلحه", "سلاح", "لغم", "الغام", "غاز", "السارين");
  /** Words of inspection, expertise or a ban (normalised, without «ال», «و/ف», «ب/ل/لل»). */
  private static final Set<String> OVERSIGHT = Set.of("لجنه", "لجان", "حظر", "خبير", "خبراء", "مفتش", "مفتشو",
      "مفتشي", "مفتشين", "تفتيش", "مختص", "متخصص", "تحقيق", "محققي", "محققو", "منظمه", "اتفاقيه", "معاهده",
      "نزع", "مخزونات");
  /** Chemical weapon nouns, for which the words of an arsenal are also read. */
  private static final Set<String> CHEMICAL = Set.of("اسلحه", "سلاح", "غاز", "السارين");
  /** Verbs and nouns of making, moving, owning, showing or finding (normalised, without «و/ف»). */
  private static final Set<String> HANDLING = Set.of("طور", "طورت", "يطور", "تطور", "طوروا", "نقل", "نقلت",
      "ينقل", "تنقل", "نقلوا", "ارسل", "ارسلت", "يرسل", "ترسل", "ارسال", "بارسال", "زود", "زودت", "يزود", "تزود",
      "نصب", "نصبت", "ينصب", "تنصب", "امتلك", "امتلكت", "يمتلك", "تمتلك", "يملك", "تملك", "سلم", "سلمت", "يسلم",
      "تسلم", "تسليم", "بتسليم", "هرب", "هربت", "يهرب", "تهرب", "كشف", "كشفت", "يكشف", "تكشف", "الكشف", "عثر",
      "عثرت", "يعثر", "العثور", "صادر", "صادرت", "مصادره", "ضبط", "ضبطت", "خزن", "تخزين", "ادخال", "بادخال",
      "امدادات", "امداداتها", "امداداته", "جلب", "جلبت", "يجلب", "تجلب", "انتج", "انتجت", "ينتج", "تنتج", "صنع", "صنعت", "يصنع", "تصنع", "اشتري",
      "اشترت", "يشتري", "تشتري", "باع", "باعت", "يبيع", "تبيع", "حيازه", "تهريب", "عرض", "يعرض", "استعرض",
      "استعرضت", "يستعرض", "تستعرض", "اختبر", "اختبرت", "يختبر", "تختبر");
  /** Words right before the weapon that measure or rank it (normalised, without «ب/ل»). */
  private static final Set<String> MEASURE = Set.of("مدي", "احدث", "اقوي", "انواع", "طراز", "قاذفات", "قاذفه",
      // session 19 (ev19c): the danger of a weapon, «القضاء على تهديد الصواريخ الباليستية الإيرانية», is no firing
      "تهديد", "تهديدات", "خطر", "مخاطر");
  /** Words between a handling word and the weapon that keep it in reach. */
  private static final Set<String> LINKS = Set.of("عن", "علي", "من");
  /** Words before the weapon within which a handling word is sought. */
  static final int REACH = 3;

  private IdleWeapons() {
  }

  /** The weapon word at {@code i} stripped of «و/ف», «ب/ل/لل» and «ال», or "" when it is none. */
  private static String weapon(Token t) {
    String n = Parts.stripConj(t.norm());
    if (n.startsWith("لل")) {
      n = n.substring(2);
    } else if (n.startsWith("بال") || n.startsWith("لال")) {
      n = n.substring(3);
    }
    n = Parts.stripArticle(n);
    return WEAPONS.contains(n) ? n : "";
  }

  /** True when the word {@code n}, or it without «ال», «ب/ل/لل» or both, is in {@code set}. */
  private static boolean bareIn(Set<String> set, String n) {
    if (set.contains(n) || set.contains(Parts.stripArticle(n))) {
      return true;
    }
    if (n.startsWith("لل")) {
      return set.contains(n.substring(2));
    }
    return (n.startsWith("ب") || n.startsWith("ل")) && n.length() > 3 && set.contains(Parts.stripArticle(n.substring(1)));
  }

  /** True when the ASSAULT noun match at token {@code i} names a weapon that is not fired (rules above). */
  static boolean idle(List<Token> tokens, int i, int from) {
    String w = weapon(tokens.get(i));
    if (w.isEmpty()) {
      return false;
    }
    return oversight(tokens, i, from, w) || handled(tokens, i, from) || able(tokens, i);
  }

  /** Words after a weapon within which «قادرة على» describes it (its owner, range or kind between). */
  static final int ABLE_REACH = 5;

  /**
   * Rule 3 (session 19): «قادر/قادرة على» within {@link #ABLE_REACH} words after the weapon, in its clause, says what
   * it could do («صواريخ بلاده قادرة على ضرب القواعد», «صاروخ باليستي قادر على ضرب أي موقع»): no firing.
   */
  static boolean able(List<Token> tokens, int i) {
    for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + ABLE_REACH); k++) {
      if (Clause.isBoundary(tokens.get(k))) {
        return false;
      }
      if (ControlAims.ableTo(tokens, k, tokens.size())) {
        return true;
      }
    }
    return false;
  }

  /** Rule 1: a word of oversight right before the weapon (over one «ال…ي» adjective or «في»). */
  static boolean oversight(List<Token> tokens, int i, int from, String w) {
    if (CHEMICAL.contains(w) && FigurativeReadings.arsenalBefore(tokens, i, from)) {
      return true; // «برنامج الأسلحة الكيميائية السوري»
    }
    int k = i - 1;
    if (k >= from) {
      String n = Parts.stripConj(tokens.get(k).norm());
      if (n.equals("في") || n.startsWith("ال") && (n.endsWith("ي") || n.endsWith("يه")) && n.length() > 4
          && !OVERSIGHT.contains(n.substring(2))) {
        k--; // «الخبير في الأسلحة», «مفتش سابق للأسلحة»
      }
    }
    if (k < from) {
      return false;
    }
    String n = Parts.stripConj(tokens.get(k).norm());
    if (bareIn(OVERSIGHT, n)) {
      return true;
    }
    return k - 1 >= from && !n.startsWith("ال") && tokens.get(i).norm().startsWith("لل")
        && bareIn(OVERSIGHT, Parts.stripConj(tokens.get(k - 1).norm())); // «مفتش سابق للأسلحة»: over an adjective
  }

  /** Rule 2: a word of handling within {@link #REACH} words before the weapon, or a measuring word right before. */
  static boolean handled(List<Token> tokens, int i, int from) {
    if (i - 1 >= from && bareIn(MEASURE, Parts.stripConj(tokens.get(i - 1).norm()))) {
      return true; // «مدى الصاروخ الإيراني», «لأحدث صواريخ إيران»
    }
    for (int k = i - 1; k >= Math.max(from, i - REACH); k--) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.WORD && t.kind() != Token.Kind.NUMBER) {
        return false;
      }
      String n = Parts.stripConj(t.norm());
      if (HANDLING.contains(n) || HANDLING.contains(t.norm())) {
        return true;
      }
      if (t.kind() == Token.Kind.NUMBER || LINKS.contains(n) || Character.isDigit(n.charAt(0))) {
        continue;
      }
      if (Clause.WORDS.contains(t.norm()) || bareIn(WEAPONS, n)) {
        return false;
      }
    }
    return false;
  }
}
