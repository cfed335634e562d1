package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link ProsecutorPleas} (session 18). */
class ProsecutorPleasTest {
  private static boolean plea(String sentence, String verb) {
    List<Token> ts = tokens(sentence);
    return ProsecutorPleas.plea(ts, index(ts, verb), 0, ts.size());
  }

  @Test
  void aProsecutorAskingForASentenceIsAPlea() {
    assertThat(plea("وطالب الادعاء بإنزال عقوبة السجن عشر سنوات بحق المتهم", "وطالب")).isTrue();
    assertThat(plea("بعد أن طلبت النيابة السجن 18 عاما للصحافي", "طلبت")).isTrue();
    assertThat(plea("وطالب المدعي العام، الاثنين، بإعدام المتهمين", "وطالب")).isTrue();
  }

  @Test
  void otherDemandsStay() {
    assertThat(plea("وحضت النيابة السلطات القبرصية على تسليم المتهم", "وحضت")).isFalse();
    assertThat(plea("وطالب المتظاهرون بإعدام المسؤولين عن المجزرة", "وطالب")).isFalse();
    assertThat(plea("وطالبت النيابة الحكومة بتقديم الوثائق", "وطالبت")).isFalse();
  }
}
