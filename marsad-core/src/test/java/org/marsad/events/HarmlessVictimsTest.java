package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link HarmlessVictims}. */
class HarmlessVictimsTest {
  private static boolean harmless(String sentence, String victim) {
    List<Token> ts = tokens(sentence);
    return HarmlessVictims.harmless(ts, index(ts, victim), ts.size());
  }

  @Test
  void victimsOfDetentionTraffickingOrACollapseAreNoAttack() {
    assertThat(harmless("ويقول محاميه إنه ضحية اعتقال تعسفي", "ضحية")).isTrue();
    assertThat(harmless("ووقع مئات الأطفال ضحية الاتجار بالبشر", "ضحية")).isTrue();
    assertThat(harmless("وارتفع عدد ضحايا انهيار المبنى إلى عشرة", "ضحايا")).isTrue();
    assertThat(harmless("وقالت إنها ضحية لسياسات الحكومة", "ضحية")).isTrue();
  }

  @Test
  void victimsOfAnAttackStay() {
    assertThat(harmless("وارتفع عدد ضحايا الهجوم إلى عشرين قتيلا", "ضحايا")).isFalse();
    assertThat(harmless("وراح ضحية القصف أكثر من مئة مدني", "ضحية")).isFalse();
    assertThat(harmless("وسقط خمسة ضحايا من قوات الأمن", "ضحايا")).isFalse();
  }
}
