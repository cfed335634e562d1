package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link DemandedExecutions}. */
class DemandedExecutionsTest {
  private static boolean demanded(String sentence, String noun) {
    List<Token> ts = tokens(sentence);
    return DemandedExecutions.demanded(ts, index(ts, noun), 0);
  }

  @Test
  void anExecutionDemandedOrThreatenedRightBeforeIsNoExecution() {
    assertThat(demanded("خرج المحتجون مطالبين بإعدام القتلة", "بإعدام")).isTrue();
    assertThat(demanded("وهدد التنظيم بإعدام الرهائن", "بإعدام")).isTrue();
  }

  @Test
  void anExecutionCarriedOutStaysAnAttack() {
    assertThat(demanded("وقامت الجماعة بإعدام ثلاثة جنود أسرى", "بإعدام")).isFalse();
    assertThat(demanded("توعد الوزير بملاحقة المسلحين المتورطين بإعدام الرهائن", "بإعدام")).isFalse();
    assertThat(demanded("ووثقت المنظمة عمليات إعدام ارتكبتها قوات الأمن", "إعدام")).isFalse();
  }
}
