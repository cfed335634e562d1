package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link PublicAdvice} (session 18). */
class PublicAdviceTest {
  private static boolean advice(String sentence, String word) {
    List<Token> ts = tokens(sentence);
    return PublicAdvice.advice(ts, index(ts, word) + 1, ts.size());
  }

  @Test
  void safetyAdviceToThePublicIsNoDemand() {
    assertThat(advice("وحثت الشرطة السكان على الابتعاد عن مكان الانفجار", "وحثت")).isTrue();
    assertThat(advice("وطلبت السفارة، الأحد، من رعاياها توخي الحذر", "وطلبت")).isTrue();
    assertThat(advice("ودعت السلطات المواطنين إلى البقاء في منازلهم بسبب العاصفة", "ودعت")).isTrue();
    assertThat(advice("وناشد الجيش الأهالي عدم الاقتراب من المواقع", "وناشد")).isTrue();
  }

  @Test
  void aCallToAPartyOrAnOrderToLeaveStays() {
    assertThat(advice("ودعا الاتحاد الأوروبي جميع الأطراف إلى تجنب التصعيد", "ودعا")).isFalse();
    assertThat(advice("وطالبت السلطات سكان المخيمات بإخلائها خلال أسبوع", "وطالبت")).isFalse();
    assertThat(advice("ودعت المعارضة المواطنين إلى التظاهر أمام البرلمان", "ودعت")).isFalse();
  }
}
