package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link MeasuresTargeting}. */
class MeasuresTargetingTest {
  private static boolean measure(String sentence, String verb) {
    List<Token> ts = tokens(sentence);
    return MeasuresTargeting.measure(ts, index(ts, verb), 0, ts.size());
  }

  @Test
  void aMeasureOrWordsBeforeTheVerbAreAimedAtSomeone() {
    assertThat(measure("العقوبات الجديدة التي تستهدف أصول الأثرياء", "تستهدف")).isTrue();
    assertThat(measure("ووصفت الوزيرة القرار بأنه يستهدف رئيس الوزراء", "يستهدف")).isTrue();
    assertThat(measure("رفضت العائلة \"التهديدات\" التي تستهدف بلاده", "تستهدف")).isTrue();
  }

  @Test
  void aMeasureAfterTheVerbIsItsSubjectToo() {
    assertThat(measure("وتستهدف الحزمة الأولى قدرة إيران على شراء الدولارات", "وتستهدف")).isTrue();
    assertThat(measure("تستهدف وزارة الخزانة خمسة مسؤولين", "تستهدف")).isTrue();
  }

  @Test
  void strikesAndForcesStillAttack() {
    assertThat(measure("بعد القرار شنت غارات روسية استهدفت بلدة", "استهدفت")).isFalse();
    assertThat(measure("وقالت إن قواتها استهدفت مواقع المسلحين", "استهدفت")).isFalse();
    assertThat(measure("أصدر قرارا، واستهدفت الطائرات القرية", "واستهدفت")).isFalse();
  }
}
