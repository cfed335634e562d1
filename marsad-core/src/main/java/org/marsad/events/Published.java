package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * «نشر» that publishes: a video, pictures, a report or a statement put out by a force is no deployment.
 *
 * <p>Rule (session 13): a MOBILIZE trigger whose first word is a form of «نشر» (to deploy, also to publish) is no
 * event when a noun of what is published («فيديو», «مقطع», «صورا», «تقريرا», «بيانا», «تغريدة», «صفحة» …) stands within
 * {@link #REACH} words after that verb, commas and a day between commas allowed, before a clause word («نشرت قوات
 * الشرعية اليمنية، الخميس، مقطع فيديو», «ونشرتها صفحة قوات مشاة البحرية على موقع تويتر»); not after a word of
 * attribution («نشر قوات إضافية بحسب تقرير»), which names where the news came from.
 */
final class Published {
  /** Forms of «نشر» (normalised, without «و/ف»). */
  private static final Set<String> PUBLISH = Set.of("نشر", "نشرت", "ينشر", "تنشر", "نشروا", "نشره", "نشرها",
      "نشرته", "نشرتها", "نشرهما", "نشرتهما");
  /** Nouns of what is published or where (normalised, without «ال»). */
  private static final Set<String> MEDIA = Set.of("فيديو", "مقطع", "مقطعا", "مقاطع", "صور", "صورا", "صوره",
      "تسجيل", "تسجيلا", "شريط", "شريطا", "تقرير", "تقريرا", "بيان", "بيانا", "تغريده", "تغريدات", "خبر", "خبرا",
      "مقال", "مقالا", "لقطات", "مشاهد", "صفحه", "صفحتها", "صفحته", "حساب", "حسابها", "حسابه", "موقع", "قايمه",
      "خريطه", "وثيقه", "وثايق", "رساله");
  /** Words of attribution (normalised): a report named after them is the source, not what is published. */
  private static final Set<String> ATTRIBUTION = Set.of("بحسب", "حسب", "وفق", "وفقا", "نقلا", "بموجب");
  /** Words after the verb within which the published thing is sought. */
  static final int REACH = 7;

  private Published() {
  }

  /** True when the MOBILIZE match starting at token {@code i} is «نشر» that publishes. */
  static boolean publishes(List<Token> tokens, int i, int to) {
    if (!PUBLISH.contains(Parts.stripConj(tokens.get(i).norm()))) {
      return false;
    }
    for (int k = i + 1; k < Math.min(to, i + 1 + REACH); k++) {
      Token t = tokens.get(k);
      String n = Parts.stripConj(t.norm());
      if (t.kind() == Token.Kind.WORD && Clause.WORDS.contains(t.norm()) || ATTRIBUTION.contains(n)) {
        return false;
      }
      if (MEDIA.contains(Parts.stripArticle(n))) {
        return true;
      }
    }
    return false;
  }
}
