package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Trigger words inside the quoted title of a work, a programme or a hashtag (session 21, ev21b).
 *
 * <p>Rule: a trigger inside a quotation opened right after a word that names a work («برنامج», «فيلم», «كتاب»,
 * «مسلسل», «رواية», «أغنية», «الحلقة من», «بعنوان», «هاشتاغ», «وسم», «شعار»), with at most {@link #REACH} words of
 * the title before it, is part of the title, no event: «ضيف هذه الحلقة من "ضيف ومسيرة"» (a talk show, not a march),
 * «وعن هاشتاغ "#كلنا_مع_السعودية_إيد_واحدة"», «ندوة تحت عنوان "عامان بعد هجمات بروكسل"». A trigger after the
 * quotation closes («تتطرق هذه الحلقة من "وجها لوجه" عند احتجاج جبهة البوليساريو») is told by the text and stays;
 * the names of military operations («عملية "غصن الزيتون"») are left to the operation noun.
 */
final class Titles {
  /** Words that name a work, a programme, a slogan or a hashtag before its quoted title (normalised, without «و/ف»). */
  private static final Set<String> WORKS = Set.of("برنامج", "البرنامج", "برنامجه", "برنامجها", "فيلم", "الفيلم",
      "فيلما", "فيلمه", "فيلمها", "كتاب", "الكتاب", "كتابا", "كتابه", "كتابها", "مسلسل", "المسلسل", "روايه", "الروايه",
      "روايته", "روايتها", "اغنيه", "الاغنيه", "قصيده", "مسرحيه", "وثايقي", "الحلقه", "حلقه", "بعنوان", "عنوان",
      "هاشتاغ", "هاشتاج", "الهاشتاغ", "وسم", "الوسم", "شعار", "الشعار", "بشعار", "مقال", "مقالا", "مقاله", "ديوان",
      "البوم", "معرض", "مهرجان");
  /** Words of the title that may stand before the trigger. */
  static final int REACH = 4;
  /** Opening quotation marks; «"» opens when a naming word stands right before it. */
  private static final Set<String> OPENING = Set.of("\"", "«", "“");
  /** Closing quotation marks: the trigger after one is outside the title. */
  private static final Set<String> CLOSING = Set.of("»", "”");
  /** Marks of a hashtag inside a title («#كلنا_مع_السعودية»), crossed without counting. */
  private static final Set<String> HASHTAG = Set.of("#", "_");

  private Titles() {
  }

  /**
   * True when the straight quotation mark at {@code k} closes a quotation: it touches the word before it and not the
   * one after it («"مسرحية" محاكمة»), where an opening one touches the word after it («من "ضيف ومسيرة"»).
   */
  private static boolean closes(List<Token> tokens, int k, int from) {
    Token q = tokens.get(k);
    boolean touchesBefore = k - 1 >= from && tokens.get(k - 1).end() == q.start();
    boolean touchesAfter = k + 1 < tokens.size() && tokens.get(k + 1).start() == q.end();
    return touchesBefore && !touchesAfter;
  }

  /** True when the trigger at token {@code i} (sentence from {@code from}) stands inside a quoted title. */
  static boolean titled(List<Token> tokens, int i, int from) {
    int words = 0;
    for (int k = i - 1; k >= from; k--) {
      Token t = tokens.get(k);
      String text = t.text();
      if (OPENING.contains(text) && !closes(tokens, k, from)) {
        int j = k - 1;
        if (j > from && tokens.get(j).norm().equals("من")) {
          j--; // «الحلقة من "ضيف ومسيرة"»
        }
        return j >= from && Parts.inSet(WORKS, tokens.get(j).norm());
      }
      if (CLOSING.contains(text) || OPENING.contains(text)) {
        return false; // «كشفت "مسرحية" محاكمة القس»: a word in quotes closed before the trigger
      }
      if (HASHTAG.contains(text)) {
        continue;
      }
      if (t.kind() != Token.Kind.WORD || ++words > REACH) {
        return false;
      }
    }
    return false;
  }
}
