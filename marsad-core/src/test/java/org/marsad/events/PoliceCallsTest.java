package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link PoliceCalls}: a call to the police or a telephone handed to it is no consultation (session 21, ev21b). */
class PoliceCallsTest {
  private static TriggerLexicon.Match call(List<Token> ts, String word) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {word}, "CONSULT", "discuss", "040", true,
        List.of("ب"), Set.of(), true, false, false);
    return new TriggerLexicon.Match(e, i, i + 1, 0);
  }

  @Test
  void aCallToThePoliceIsAReport() {
    List<Token> ts = tokens("وقالت الشرطة إن زوجته اتصلت بشرطة مدينة باريس وأبلغتها باختفائه");
    assertThat(PoliceCalls.toPolice(ts, call(ts, "اتصلت"), ts.size())).isTrue();
    List<Token> phone = tokens("وأمرت رئيسة الوزراء الوزير بتسليم هاتفه للشرطة لفحصه");
    assertThat(PoliceCalls.toPolice(phone, call(phone, "هاتفه"), phone.size())).isTrue();
  }

  @Test
  void aCallToAnotherLeaderStays() {
    List<Token> ts = tokens("واتصل الرئيس المصري بنظيره الفرنسي لبحث الأوضاع");
    assertThat(PoliceCalls.toPolice(ts, call(ts, "واتصل"), ts.size())).isFalse();
  }
}
