package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** Rule 4 of {@link NegationReach}: a war nobody is led into (session 16). */
class LedNegatedTest {
  private static boolean led(String sentence, String noun) {
    List<Token> ts = tokens(sentence);
    return NegationReach.ledNegated(ts, index(ts, noun), 0);
  }

  @Test
  void aWarNobodyIsPushedIntoIsNegated() {
    assertThat(led("قال إن الصواريخ لن تدفع إسرائيل إلى حرب جديدة", "حرب")).isTrue();
    assertThat(led("وأكد أن الأردن لن ينجر إلى مواجهة مع جيرانه", "مواجهة")).isTrue();
  }

  @Test
  void aWarOneWasPushedIntoStays() {
    assertThat(led("قال إن الهجمات دفعت إسرائيل إلى حرب جديدة", "حرب")).isFalse();
    assertThat(led("وقال إنه لا يعرف من دعا إلى حرب جديدة", "حرب")).isFalse();
  }
}
