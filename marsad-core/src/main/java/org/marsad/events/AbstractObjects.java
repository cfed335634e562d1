package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Verbs of force whose object is no one: confronting terrorism or the media, halting a deal or a filming.
 *
 * <p>Rules (session 13):
 * <ol>
 *   <li><b>Confronting an idea</b>: «تصدى» (to confront, flag {@code defend}) followed within two words by «لـ» and a
 *       noun of an idea, a phenomenon, words or media ({@link #IDEAS}: «تتصدى للإرهاب», «تصديها للوسائل الإعلامية»,
 *       «تصدى ... للكلام العلني», «ويتصدى لأهم جانب من تربية الإنسان») is no attack;</li>
 *   <li><b>Halting a thing</b>: «أوقف» (to stop, also to arrest) followed within three words by a noun of a process,
 *       a deal or a thing ({@link #THINGS}: «أوقف عملية التصوير», «أوقف الكونغرس صفقة بيع طائرات», «أوقفوا قتل
 *       الأطفال», «أوقفوا آلية محشوة بالمعدات») halts it, no one is arrested;</li>
 *   <li><b>Supporting a thing</b> (session 19, ev19c): a support verb («دعم», «يدعم», «تدعم») right before relations,
 *       interests or its own economy ({@link #SUPPORTED_THINGS}: «المجلس البريطاني الذي يدعم العلاقات الثقافية»,
 *       «الأشياء تدعم مصالح الشعب الفلسطيني», «قطر تدعم اقتصادها بـ38 مليار دولار») describes what it serves,
 *       no backing of a side; another's economy stays aid or support («قرر دعم الاقتصاد التركي بـ15 مليار
 *       دولار»).</li>
 *   <li><b>Supporting terrorism</b> (session 20, ev20b): a SUPPORT word with terrorism or extremism in the abstract
 *       within two words after it ({@link #TERROR}: «على خلفية دعم الدوحة للإرهاب», «دعم الدوحة للإرهاب لا يزال
 *       مستمرا», «النظام الإيراني يدعم الإرهاب») is what an accuser charges, no backing of a side; the accusation is
 *       read from its own word. Support against terrorism («دعم الجهود ضد الإرهاب») has «ضد» first and stays.</li>
 * </ol>
 */
final class AbstractObjects {
  /** Nouns of ideas, phenomena, words and media after «لـ» (normalised, without «لل/ل»). */
  private static final Set<String> IDEAS = Set.of("ارهاب", "تطرف", "فكر", "ظاهره", "فساد", "تحديات", "كلام", "اهم",
      "وسايل", "شايعات", "مخاطر", "ازمه", "ازمات", "حملات", "دعايه", "خطاب", "مشاكل", "مشكله", "قضيه", "قضايا");
  /** Forms of «تصدى» (normalised, without «و/ف»). */
  private static final Set<String> CONFRONT = Set.of("تصدي", "تصدت", "يتصدي", "تتصدي", "تصديها", "تصديه", "تصديهم",
      "التصدي", "للتصدي");
  /** Forms of «أوقف» (normalised, without «و/ف»). */
  private static final Set<String> HALT = Set.of("اوقف", "اوقفت", "اوقفوا", "يوقف", "توقف");
  /** Nouns of processes, deals and things (normalised, without «ال»). */
  private static final Set<String> THINGS = Set.of("عمليه", "صفقه", "قتل", "اليه", "اليات", "تصوير", "بيع",
      "العمل", "عمل", "برنامج", "مشروع", "تمويل", "مساعدات", "رحلات", "ضخ", "انتاج", "تصدير", "استيراد", "بث",
      "الحرب", "حرب", "اطلاق", "القتال", "قتال", "تجارب");
  /** Support verbs read by the third rule (normalised, without «و/ف»). */
  private static final Set<String> SUPPORT_VERBS = Set.of("دعم", "يدعم", "تدعم", "يدعمون", "دعمت");
  /** Things supported that are no side (normalised, without «و/ف»): relations, interests, its own economy. */
  private static final Set<String> SUPPORTED_THINGS = Set.of("العلاقات", "علاقات", "مصالح", "المصالح", "اقتصادها",
      "اقتصاده", "اقتصادهم", "اقتصادنا", "عملتها", "عملته", "الروابط", "روابط");

  /** True when the SUPPORT verb at token {@code i} has relations, interests or its own economy as object (rule 3). */
  static boolean supportedThing(List<Token> tokens, int i, int to) {
    return i + 1 < to && SUPPORT_VERBS.contains(Parts.stripConj(tokens.get(i).norm()))
        && SUPPORTED_THINGS.contains(Parts.stripConj(tokens.get(i + 1).norm()));
  }

  /** Terrorism and extremism in the abstract, as supported (normalised, without «و/ف»). */
  private static final Set<String> TERROR = Set.of("الارهاب", "للارهاب", "ارهاب", "التطرف", "للتطرف");
  /** Words after the SUPPORT word within which terrorism supported is sought (its subject between). */
  static final int TERROR_REACH = 2;

  /** True when the SUPPORT word from {@code i} to {@code end} has terrorism in the abstract as object (rule 4). */
  static boolean supportsTerror(List<Token> tokens, int end, int to) {
    for (int k = end; k < Math.min(to, end + TERROR_REACH); k++) {
      if (TERROR.contains(Parts.stripConj(tokens.get(k).norm()))) {
        return true;
      }
      if (Clause.isBoundary(tokens.get(k))) {
        return false;
      }
    }
    return false;
  }

  /** Words after the verb within which the object is sought. */
  static final int REACH = 3;

  private AbstractObjects() {
  }

  /** True when the ASSAULT or COERCE trigger at token {@code i} (sentence to {@code to}) has no one as its object. */
  static boolean abstractObject(List<Token> tokens, int i, int to) {
    String v = Parts.stripConj(tokens.get(i).norm());
    if (CONFRONT.contains(v)) {
      for (int k = i + 1; k < Math.min(to, i + 3); k++) {
        String n = Parts.stripConj(tokens.get(k).norm());
        String bare = n.startsWith("لل") ? n.substring(2) : n.startsWith("ل") ? n.substring(1) : null;
        if (bare != null) {
          return IDEAS.contains(bare);
        }
      }
      return false;
    }
    if (HALT.contains(v)) {
      for (int k = i + 1; k < Math.min(to, i + 1 + REACH); k++) {
        Token t = tokens.get(k);
        if (Clause.isBoundary(t)) {
          return false;
        }
        if (THINGS.contains(Parts.stripArticle(Parts.stripConj(t.norm())))) {
          return true;
        }
      }
    }
    return false;
  }
}
