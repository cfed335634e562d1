package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** Warnings to one's own public and advice not to leave home, {@link PublicAdvice} (session 19, ev19c). */
class PublicWarningsTest {
  private static boolean warning(String sentence, String verb) {
    List<Token> ts = tokens(sentence);
    int i = index(ts, verb);
    return PublicAdvice.warningWord(ts.get(i).norm()) && PublicAdvice.warning(ts, i + 1, ts.size());
  }

  private static boolean advice(String sentence, String verb) {
    List<Token> ts = tokens(sentence);
    return PublicAdvice.advice(ts, index(ts, verb) + 1, ts.size());
  }

  @Test
  void aWarningToOnesOwnPublicIsAdvice() {
    assertThat(warning("حذرت السلطات الأمريكية رعاياها في الصين من مخاطر صحية", "حذرت")).isTrue();
    assertThat(warning("وزارة الصحة تحذر الجمهور من ترك الأطفال في السيارات", "تحذر")).isTrue();
    assertThat(warning("وحذرت الشرطة مرارا من السفر إلى مناطق النزاع", "وحذرت")).isTrue();
  }

  @Test
  void aWarningToAnotherSideStays() {
    assertThat(warning("حذر الجيش سكان القطاع من الاقتراب من السياج", "حذر")).isFalse();
    assertThat(warning("حذرت روسيا الولايات المتحدة من شن هجوم", "حذرت")).isFalse();
    assertThat(warning("هدد الرئيس المواطنين بالسجن", "هدد")).isFalse();
  }

  @Test
  void notLeavingHomeIsKeepingSafe() {
    assertThat(advice("ودعت السلطات المواطنين إلى عدم مغادرة منازلهم", "ودعت")).isTrue();
    assertThat(advice("ودعت السلطات المواطنين إلى مغادرة المنطقة فورا", "ودعت")).isFalse();
  }

  private static boolean dangerWarned(String sentence, String verb) {
    List<Token> ts = tokens(sentence);
    return PublicAdvice.dangerWarned(ts, index(ts, verb) + 1, ts.size());
  }

  @Test
  void aDangerForeseenIsNoThreat() {
    assertThat(dangerWarned("الأمين العام يحذر من حرب باردة جديدة بين البلدين", "يحذر")).isTrue();
    assertThat(dangerWarned("وحذرت واشنطن من عودة تنظيم داعش إلى المنطقة", "وحذرت")).isTrue();
    assertThat(dangerWarned("وحذر المبعوث من تدهور الأوضاع الإنسانية", "وحذر")).isTrue();
    assertThat(dangerWarned("حذرت روسيا الولايات المتحدة من شن هجوم على سوريا", "حذرت")).isFalse();
    assertThat(dangerWarned("وحذر الرئيس من حرب شاملة إذا هوجمت بلاده", "وحذر")).isFalse();
  }
}
