package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link Titles}: trigger words inside the quoted title of a work, a programme or a hashtag (session 21, ev21b). */
class TitlesTest {
  @Test
  void aWordOfATitleIsNoEvent() {
    List<Token> show = tokens("ضيف هذه الحلقة من \"ضيف ومسيرة\" هو الوزير السابق");
    assertThat(Titles.titled(show, index(show, "ومسيرة"), 0)).isTrue();
    List<Token> film = tokens("وعرض التلفزيون فيلما بعنوان \"هجوم على لندن\" أمس");
    assertThat(Titles.titled(film, index(film, "هجوم"), 0)).isTrue();
  }

  @Test
  void aWordAfterTheTitleIsTold() {
    List<Token> after = tokens("تتطرق هذه الحلقة من \"وجها لوجه\" إلى احتجاج جبهة البوليساريو");
    assertThat(Titles.titled(after, index(after, "احتجاج"), 0)).isFalse();
    List<Token> closed = tokens("وكشفت \"مسرحية\" محاكمة الصحفي الأمريكي عن الكثير");
    assertThat(Titles.titled(closed, index(closed, "محاكمة"), 0)).isFalse();
    List<Token> plain = tokens("وقال في مقابلة إن \"القصف استهدف المدنيين\"");
    assertThat(Titles.titled(plain, index(plain, "القصف"), 0)).isFalse();
  }
}
