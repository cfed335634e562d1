package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The feeling and illness rule of {@link NoEventReadings#struckByFeeling} (sessions 9 and 18). */
class IllnessesTest {
  private static boolean struck(String sentence, String verb) {
    List<Token> ts = tokens(sentence);
    int i = index(ts, verb);
    return NoEventReadings.struckByFeeling(ts, i, i + 1, ts.size());
  }

  @Test
  void anIllnessIsNoWound() {
    assertThat(struck("وقال متحدث إنه أصيب بعدوى في الرئة", "أصيب")).isTrue();
    assertThat(struck("توفي الممثل بعد إصابته بمرض عضال", "إصابته")).isTrue();
    assertThat(struck("أصيب الرئيس السابق بنوبة قلبية", "أصيب")).isTrue();
    assertThat(struck("وأمام صحافيين أصيبوا بالذهول", "أصيبوا")).isTrue();
  }

  @Test
  void aWoundStays() {
    assertThat(struck("أصيب ثلاثة جنود بجروح في الانفجار", "أصيب")).isFalse();
    assertThat(struck("أصيب شرطي برصاص مسلحين", "أصيب")).isFalse();
  }
}
