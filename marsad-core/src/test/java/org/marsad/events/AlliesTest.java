package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link Allies}. */
class AlliesTest {
  private static boolean ally(String sentence, String word) {
    List<Token> ts = tokens(sentence);
    int i = index(ts, word);
    Part p = new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), "IRN", null, null, null, "", false, false, false,
        false);
    return Allies.ally(ts, p);
  }

  @Test
  void aNameAfterAnAllyWithAPronounIsTheSidesAlly() {
    assertThat(ally("وتنفي سوريا وحليفتها إيران أن تكون الطائرة دخلت", "إيران")).isTrue();
    assertThat(ally("وتهاجم قوات النظام وحلفاؤها الروس المنطقة", "الروس")).isTrue();
    assertThat(ally("تحاصرها القوات بدعم من حلفائها الإيرانيين", "الإيرانيين")).isTrue();
  }

  @Test
  void aNameAfterAnotherWordIsNot() {
    assertThat(ally("وتنفي سوريا أن تكون إيران أرسلت الطائرة", "إيران")).isFalse();
    assertThat(ally("رفضت حماس تقديم الدعم لحليف إيران", "إيران")).isFalse();
  }
}
