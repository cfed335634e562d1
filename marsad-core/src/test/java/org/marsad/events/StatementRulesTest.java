package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/**
 * One test per token-only rule on statements added in session 12 (ev12b); the others are read in
 * {@link SentenceGoldenTest}.
 */
class StatementRulesTest {
  @Test
  void aSourceAskingNotToBeNamedDemandsNothing() {
    List<Token> name = tokens("وقال المسؤول طالبا عدم نشر اسمه إن");
    assertThat(NoEventReadings.asksAnonymity(name, index(name, "طالبا") + 1, name.size())).isTrue();
    List<Token> identity = tokens("الذان طلبا عدم الكشف عن هويتيهما");
    assertThat(NoEventReadings.asksAnonymity(identity, index(identity, "طلبا") + 1, identity.size())).isTrue();
    List<Token> secret = tokens("الذي طلب الحفاظ على سرية اسمه");
    assertThat(NoEventReadings.asksAnonymity(secret, index(secret, "طلب") + 1, secret.size())).isTrue();
    List<Token> demand = tokens("وطالب الوزير بعدم التدخل في شؤون بلاده");
    assertThat(NoEventReadings.asksAnonymity(demand, index(demand, "وطالب") + 1, demand.size())).isFalse();
  }

  @Test
  void anEmergencyMeetingIsARequestOnlyWhenCalledFor() {
    List<Token> called = tokens("ودعت الكويت لاجتماع طارئ لمجلس الأمن");
    assertThat(NoEventReadings.meetingCalledFor(called, index(called, "لاجتماع"), 0)).isTrue();
    List<Token> toHold = tokens("دعوة فرنسا وبريطانيا إلى عقد اجتماع طارئ");
    assertThat(NoEventReadings.meetingCalledFor(toHold, index(toHold, "اجتماع"), 0)).isTrue();
    List<Token> begun = tokens("فيما بدأ مجلس الأمن، الخميس، جلسة طارئة");
    assertThat(NoEventReadings.meetingCalledFor(begun, index(begun, "جلسة"), 0)).isFalse();
    List<Token> during = tokens("وقال السفير خلال جلسة طارئة لمجلس الأمن");
    assertThat(NoEventReadings.meetingCalledFor(during, index(during, "جلسة"), 0)).isFalse();
  }
}
