package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rules of {@link DeathSentences}. */
class DeathSentencesTest {
  private static boolean penalty(String sentence, String noun) {
    List<Token> ts = tokens(sentence);
    return DeathSentences.penalty(ts, index(ts, noun), 0);
  }

  @Test
  void theNamedPenaltyIsNoExecution() {
    assertThat(penalty("وتطالب المنظمة بإلغاء عقوبة الإعدام في البلاد", "الإعدام")).isTrue();
  }

  @Test
  void aSentencePronouncedIsNoExecution() {
    assertThat(penalty("قضت محكمة عسكرية في العاصمة، السبت، بالإعدام على خمسة متهمين", "بالإعدام")).isTrue();
    assertThat(penalty("وكان الصحفي محكوما عليه بالإعدام منذ عامين", "بالإعدام")).isTrue();
    assertThat(penalty("أصدر القاضي حكمه بإعدام المتهم الأول", "بإعدام")).isTrue();
  }

  @Test
  void anExecutionDemandedOrThreatenedRightBeforeIsNoExecution() {
    assertThat(penalty("خرج المحتجون مطالبين بإعدام القتلة", "بإعدام")).isTrue();
    assertThat(penalty("وهدد التنظيم بإعدام الرهائن", "بإعدام")).isTrue();
  }

  @Test
  void anExecutionCarriedOutStaysAnAttack() {
    assertThat(penalty("وقامت الجماعة بإعدام ثلاثة جنود أسرى", "بإعدام")).isFalse();
    assertThat(penalty("توعد الوزير بملاحقة المسلحين المتورطين بإعدام الرهائن", "بإعدام")).isFalse();
    assertThat(penalty("ووثقت المنظمة عمليات إعدام ارتكبتها قوات الأمن", "إعدام")).isFalse();
  }
}
