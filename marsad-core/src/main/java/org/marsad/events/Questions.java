package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Short questions without a question word (session 14, ev14b).
 *
 * <p>Rule: a sentence of at most {@link #MAX_WORDS} tokens that ends with «؟» and does not open with a question
 * word («ما», «من», «ماذا», «لماذا», «كيف», «متى», «أين», «كم», «أي», «هل») asks whether its act happens, as «هل» does:
 * «صفقة بين واشنطن وأنقرة؟». A question opened by a question word presupposes its act («لماذا يتظاهر العراقيون
 * في الجنوب؟», «ما الذي تعنيه زيارة الرئيس الإريتري لإثيوبيا؟») and is left asserted.
 */
final class Questions {
  /** The longest sentence read as a bare yes-no question (headlines and teasers). */
  private static final int MAX_WORDS = 8;

  /** Question words that open a question presupposing its act, normalised, without «و/ف». */
  private static final Set<String> WH = Set.of("ما", "من", "ماذا", "لماذا", "كيف", "متي", "اين", "كم", "اي", "هل",
      "عما", "علام", "فيم", "لم");

  /** The Arabic question mark «؟» (U+061F). */
  private static final String ARABIC_QUESTION_MARK = "\u061F";

  /** The Latin question mark. */
  private static final String QUESTION_MARK = "?";

  private Questions() {
  }

  /** True when the sentence {@code [from, to)} is a short question without a question word. */
  static boolean bareQuestion(List<Token> tokens, int from, int to) {
    if (to - from > MAX_WORDS + 1 || to <= from) {
      return false;
    }
    int last = to - 1;
    while (last > from && tokens.get(last).kind() != Token.Kind.WORD && !mark(tokens.get(last))) {
      last--;
    }
    if (!mark(tokens.get(last))) {
      return false;
    }
    return !Parts.inSet(WH, tokens.get(from).norm());
  }

  private static boolean mark(Token t) {
    return t.text().equals(ARABIC_QUESTION_MARK) || t.text().equals(QUESTION_MARK);
  }
}
