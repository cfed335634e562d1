package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link FactualityRule#preparedBefore} (session 13, ev13b): meetings still to come. */
class FactualityPlannedTest {
  @Test
  void aWordOfPreparingBeforeTheMeetingNounPlansIt() {
    List<Token> prepare = tokens("وصل الوزير إلى موسكو للتحضير للقمة الأمريكية الروسية");
    assertThat(FactualityRule.preparedBefore(prepare, index(prepare, "للقمة"), 0)).isTrue();
    List<Token> hold = tokens("وتتواصل الجهود لعقد القمة بين البلدين");
    assertThat(FactualityRule.preparedBefore(hold, index(hold, "القمة"), 0)).isTrue();
    List<Token> pave = tokens("وزار الوزير بيونغ يانغ تمهيدا لقمة تاريخية");
    assertThat(FactualityRule.preparedBefore(pave, index(pave, "لقمة"), 0)).isTrue();
  }

  @Test
  void aMeetingHeldOrAWordBeyondTheClauseIsNoPlan() {
    List<Token> held = tokens("وعقدت القمة بين الزعيمين في سنغافورة");
    assertThat(FactualityRule.preparedBefore(held, index(held, "القمة"), 0)).isFalse();
    List<Token> comma = tokens("ووصل للتحضير، وبدأت القمة");
    assertThat(FactualityRule.preparedBefore(comma, index(comma, "القمة"), 0)).isFalse();
  }
}
