package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/**
 * Session 20 (ev20e) cues: «خاض/تخوض» is a support verb (its subject fights the battle it governs); a war on
 * terrorism or an information war in the indefinite is no event.
 */
class FoughtBattlesTest {
  private final Cues cues = new Cues();

  private int match(String cls, String text) {
    List<Token> t = tokens(text);
    return cues.matchAt(cls, t, 0, t.size());
  }

  @Test
  void fightingABattleIsASupportVerb() {
    for (String verb : List.of("خاض", "خاضت", "تخوض", "يخوض", "خاضوا", "يخوضون")) {
      assertThat(cues.isLight(tokens(verb).get(0).norm())).as(verb).isTrue();
    }
    assertThat(cues.isLight(tokens("خاف").get(0).norm())).isFalse();
  }

  @Test
  void aWarOnTerrorismOrOfInformationIsNoEvent() {
    assertThat(match("nonevent", "حربا ضد الإرهاب في سيناء")).isEqualTo(3);
    assertThat(match("nonevent", "حربا على الإرهاب")).isEqualTo(3);
    assertThat(match("nonevent", "حربا معلوماتية مع روسيا")).isEqualTo(2);
    assertThat(match("nonevent", "حربا ضد المتمردين")).isZero();
  }
}
