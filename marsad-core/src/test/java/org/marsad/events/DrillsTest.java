package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link Drills}. */
class DrillsTest {
  private static boolean rehearsed(String sentence, String noun) {
    List<Token> ts = tokens(sentence);
    return Drills.rehearsed(ts, index(ts, noun), 0);
  }

  @Test
  void drillsAndSimulationsAreNoAttack() {
    assertThat(rehearsed("ونفذت البحرية تدريبات هجوم ودفاع في المضيق", "هجوم")).isTrue();
    assertThat(rehearsed("وتعتبر بيونغ يانغ المناورات تمرينا على اجتياحها", "اجتياحها")).isTrue();
    assertThat(rehearsed("وشملت المناورات التدريب على أعمال قتال المدن", "قتال")).isTrue();
    assertThat(rehearsed("وأجرى الجيش مناورات تحاكي هجوما على الجزيرة", "هجوما")).isTrue();
  }

  @Test
  void attacksOnTrainingCampsStay() {
    assertThat(rehearsed("وشنت الطائرات غارات على معسكر تدريب للمسلحين", "غارات")).isFalse();
    assertThat(rehearsed("وقتل عشرة جنود في هجوم على مركز للتدريب", "هجوم")).isFalse();
  }
}
