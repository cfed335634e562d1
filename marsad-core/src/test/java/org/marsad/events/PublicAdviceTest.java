package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link PublicAdvice} (session 18). */
class PublicAdviceTest {
  private static boolean advice(String sentence, String word) {
    List<Token> ts = tokens(sentence);
    return PublicAdvice.advice(ts, index(ts, word) + 1, ts.size());
  }

  @Test
  void safetyAdviceToThePublicIsNoDemand() {
    assertThat(advice("وحثت الشرطة السكان على الابتعاد عن مكان الانفجار", "وحثت")).isTrue();
    assertThat(advice("وطلبت السفارة، الأحد، من رعاياها توخي الحذر", "وطلبت")).isTrue();
    assertThat(advice("ودعت السلطات المواطنين إلى البقاء في منازلهم بسبب العاصفة", "ودعت")).isTrue();
    assertThat(advice("وناشد الجيش الأهالي عدم الاقتراب من المواقع", "وناشد")).isTrue();
  }

  @Test
  void aCallToAPartyOrAnOrderToLeaveStays() {
    assertThat(advice("ودعا الاتحاد الأوروبي جميع الأطراف إلى تجنب التصعيد", "ودعا")).isFalse();
    assertThat(advice("وطالبت السلطات سكان المخيمات بإخلائها خلال أسبوع", "وطالبت")).isFalse();
    assertThat(advice("ودعت المعارضة المواطنين إلى التظاهر أمام البرلمان", "ودعت")).isFalse();
  }

  private static boolean ownPublic(String sentence, String word) {
    List<Token> ts = tokens(sentence);
    int i = index(ts, word);
    return PublicAdvice.ownPublic(ts, i, i + 1, ts.size());
  }

  @Test
  void aRequestToOnesOwnPublicOrFollowersIsNoDemandOfASide() {
    assertThat(ownPublic("وحثت الحكومة يوم الأحد المواطنين على التزام الهدوء", "وحثت")).isTrue();
    assertThat(ownPublic("ودعا رئيس الوزراء كافة الناخبين إلى الإدلاء بأصواتهم", "ودعا")).isTrue();
    assertThat(ownPublic("وطلب الزعيم من أتباعه عدم الرد على الإهانات", "وطلب")).isTrue();
    assertThat(ownPublic("وطلب رئيس الحزب من أعضاء الحزب التصويت على الاسم الجديد", "وطلب")).isTrue();
    assertThat(ownPublic("ودعت السفارة رعاياها إلى مغادرة المكان فورا", "ودعت")).isTrue();
  }

  @Test
  void aCallToActAgainstASideOrTheCallersStay() {
    assertThat(ownPublic("ودعت المعارضة المواطنين إلى التظاهر أمام البرلمان", "ودعت")).isFalse();
    assertThat(ownPublic("وحث الزعيم أنصاره على شن هجمات على القواعد الأجنبية", "وحث")).isFalse();
    assertThat(ownPublic("وطلبت الحكومة من مواطنيها مغادرة قطر", "وطلبت")).isFalse();
    assertThat(ownPublic("وتعالت الدعوات من المواطنين لتسوية وضعه", "الدعوات")).isFalse();
    assertThat(ownPublic("ودعا الأمين العام أعضاء مجلس الأمن إلى الضغط على الأطراف", "ودعا")).isFalse();
  }
}
