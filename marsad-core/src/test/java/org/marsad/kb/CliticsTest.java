package org.marsad.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

class CliticsTest {
  private static String n(String s) {
    return ArabicNormalizer.INSTANCE.normalize(s);
  }

  @Test
  void tokenItselfComesFirst() {
    assertThat(Clitics.prefixCandidates(n("باكو"))).first().isEqualTo(n("باكو"));
  }

  @Test
  void conjunctionWaw() {
    assertThat(Clitics.prefixCandidates(n("وباكو"))).contains(n("باكو"));
  }

  @Test
  void conjunctionFa() {
    assertThat(Clitics.prefixCandidates(n("فإيران"))).contains(n("إيران"));
  }

  @Test
  void prepositionBa() {
    assertThat(Clitics.prefixCandidates(n("بباكو"))).contains(n("باكو"));
  }

  @Test
  void prepositionKafOnlyBeforeTheArticle() {
    assertThat(Clitics.prefixCandidates(n("كالعراق"))).contains(n("العراق"));
    assertThat(Clitics.prefixCandidates(n("كلاوس"))).doesNotContain(n("لاوس")); // Klaus, not «ك» + Laos
    assertThat(Clitics.prefixCandidates(n("كمالي"))).doesNotContain(n("مالي"));
  }

  @Test
  void conjunctionThenPrepositionThenArticle() {
    assertThat(Clitics.prefixCandidates(n("وبالعراق"))).contains(n("العراق"));
  }

  @Test
  void lamLamBecomesArticle() {
    assertThat(Clitics.prefixCandidates(n("للأمم"))).contains(n("الأمم"));
  }

  @Test
  void futureSinIsNotSplit() {
    assertThat(Clitics.prefixCandidates(n("سوريا"))).containsExactly(n("سوريا"));
  }

  @Test
  void shortStemsAreNotCandidates() {
    assertThat(Clitics.prefixCandidates(n("بلد"))).containsExactly(n("بلد"));
  }

  @Test
  void twoLetterStemsOnlyAsShortStems() {
    assertThat(Clitics.prefixCandidates(n("وتل"))).containsExactly(n("وتل"));
    assertThat(Clitics.shortStems(n("وتل"))).containsExactly(n("تل"));
    assertThat(Clitics.shortStems(n("بتل"))).containsExactly(n("تل"));
    assertThat(Clitics.shortStems(n("والنجف"))).isEmpty();
  }

  @Test
  void pronounSuffixRestoresTaMarbuta() {
    assertThat(Clitics.suffixCandidates(n("حكومتها"))).contains(n("حكومة"));
    assertThat(Clitics.suffixCandidates(n("جيشنا"))).contains(n("جيش"));
  }

  @Test
  void nisbaRegularForms() {
    assertThat(Nisba.forms("ألماني")).contains("ألماني", "ألمانية", "ألمانيون", "ألمانيين", "ألمانيان",
        "ألمانيتان", "ألمانيتين", "الألماني", "الألمانية", "الألمانيين");
  }

  @Test
  void nisbaOfTwoWordsAgreesWordByWord() {
    assertThat(Nisba.forms("كوري شمالي")).contains("كوري شمالي", "كورية شمالية", "الكوري الشمالي",
        "الكورية الشمالية", "الكوريين الشماليين").doesNotContain("كوري شمالية", "الكوري شمالي");
  }

  @Test
  void nisbaCompoundWithFixedFirstWordKeepsOldForms() {
    assertThat(Nisba.forms("جنوب سوداني")).contains("جنوب سودانية", "الجنوب سوداني")
        .doesNotContain("الجنوب السوداني");
  }

  @Test
  void nisbaAccusativeIsApart() {
    assertThat(Nisba.accusative("فلسطيني")).containsExactly("فلسطينيا");
    assertThat(Nisba.accusative("روس")).isEmpty();
    assertThat(Nisba.forms("فلسطيني")).doesNotContain("فلسطينيا");
  }

  @Test
  void nisbaNonRegularBaseOnlyGetsArticle() {
    assertThat(Nisba.forms("روس")).containsExactly("روس", "الروس");
  }
}
