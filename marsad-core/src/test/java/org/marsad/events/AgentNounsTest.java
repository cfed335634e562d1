package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rules of {@link AgentNouns}, one per test. */
class AgentNounsTest {
  private static boolean killer(String text) {
    List<Token> ts = tokens(text);
    return AgentNouns.killer(ts, index(ts, "قاتل"), 0, ts.size());
  }

  @Test
  void aQuotedKillerIsALabel() {
    assertThat(killer("وقال إن الرئيس \"قاتل\" ولا يمكن التعامل معه")).isTrue();
    assertThat(killer("تبحث الشرطة عن \"قاتل\" امرأتين")).isTrue();
  }

  @Test
  void aKillerAfterAPronounIsAPredicate() {
    assertThat(killer("وقالت ناشطة إنه قاتل ولا يستحق الدعوة")).isTrue();
  }

  @Test
  void aKillerAfterACommaWithAGenitiveIsAnApposition() {
    assertThat(killer("وروى الجندي، قاتل زعيم التنظيم، تفاصيل العملية")).isTrue();
  }

  @Test
  void aRepeatedKillerIsAChant() {
    assertThat(killer("ورددوا شعارات قاتل قاتل")).isTrue();
  }

  @Test
  void theVerbWithItsSubjectAndPrepositionIsFighting() {
    assertThat(killer("وكان جهادي بلجيكي قاتل مع التنظيم في الرقة")).isFalse();
    assertThat(killer("الحزب الذي قاتل من أجل الاستقلال")).isFalse();
    assertThat(killer("وروى الجندي، قاتل في صفوف الجيش")).isFalse();
  }
}
