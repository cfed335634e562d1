package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link UpheldRulings} (session 16). */
class UpheldRulingsTest {
  private static boolean upheld(String sentence, String verb) {
    List<Token> ts = tokens(sentence);
    return UpheldRulings.upheld(ts, index(ts, verb), 0, ts.size());
  }

  @Test
  void aCourtUpholdingOrAVoteBacksNoSide() {
    assertThat(upheld("وأيدت محكمة النقض، الأحد، حكما بالسجن", "وأيدت")).isTrue();
    assertThat(upheld("قرار الترحيل الذي أيدته المحكمة الإدارية", "أيدته")).isTrue();
    assertThat(upheld("وأيد القانون 120 نائبا في البرلمان", "وأيد")).isTrue();
  }

  @Test
  void aStateBackingStays() {
    assertThat(upheld("وأيدت ألمانيا موقف فرنسا في الخلاف", "وأيدت")).isFalse();
    assertThat(upheld("وأشاد الوزير بحكم المحكمة", "وأشاد")).isFalse();
  }

  private static boolean voted(String sentence, String verb) {
    List<Token> ts = tokens(sentence);
    return UpheldRulings.voted(ts, index(ts, verb), ts.size());
  }

  @Test
  void aLegislatureApprovingABillAgreesWithNoSide() {
    assertThat(voted("وافق البرلمان الألماني، الخميس، على قانون الهجرة", "وافق")).isTrue();
    assertThat(voted("وصادق مجلس النواب على الموازنة", "وصادق")).isTrue();
  }

  @Test
  void aStateAgreeingStays() {
    assertThat(voted("ووافقت الحكومة على وقف إطلاق النار مع المتمردين", "ووافقت")).isFalse();
    assertThat(voted("وافق الرئيس على المقترح الروسي", "وافق")).isFalse();
  }

  private static boolean refused(String sentence, String verb) {
    List<Token> ts = tokens(sentence);
    return UpheldRulings.courtRefused(ts, index(ts, verb), 0, ts.size(), List.of());
  }

  @Test
  void aCourtRefusingAPetitionRejectsNoSide() {
    assertThat(refused("ورفضت محكمة الاستئناف، الجمعة، إطلاق سراحه", "ورفضت")).isTrue();
    assertThat(refused("وكانت المحكمة العليا قد رفضت طعنا للسكان", "رفضت")).isTrue();
    assertThat(refused("رفض قاض فيدرالي طلبا قدمته الممثلة", "رفض")).isTrue();
  }

  @Test
  void aStateRefusingStays() {
    assertThat(refused("ورفضت الحكومة الاتهامات الموجهة إليها", "ورفضت")).isFalse();
    assertThat(refused("رفض الرئيس حكم المحكمة", "رفض")).isFalse();
  }
}
