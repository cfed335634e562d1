package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairKeysTest {
  private final PairKeys keys = PairKeys.of(List.of(
      "pow=PERS-start,الرئيس", "b-=وزير|الخارجيه", "b+=قال|الرئيس", "b+=|||عباس", "w=محمود"));

  @Test
  void powWordsAreThoseAfterTheComma() {
    assertThat(keys.flags("الرئيس") & PairKeys.POW).isNotZero();
    assertThat(keys.flags("محمود") & PairKeys.POW).isZero();
    assertThat(keys.flags("PERS-start") & PairKeys.POW).isZero();
  }

  @Test
  void bigramWordsKeepTheirSide() {
    int wazir = keys.flags("وزير");
    int kharijiya = keys.flags("الخارجيه");
    assertThat(PairKeys.mayPair(wazir, kharijiya)).isTrue();
    assertThat(PairKeys.mayPair(kharijiya, wazir)).isFalse();
    assertThat(PairKeys.mayPair(keys.flags("قال"), keys.flags("الرئيس"))).isTrue();
    assertThat(PairKeys.mayPair(keys.flags("قال"), keys.flags("الخارجيه"))).isFalse();
  }

  @Test
  void wordsHoldingABarAreCoveredByEverySplit() {
    // "b+=|||عباس" is the pair ("|", "|عباس") or ("||", "عباس") or ("", "||عباس")
    assertThat(PairKeys.mayPair(keys.flags("|"), keys.flags("|عباس"))).isTrue();
    assertThat(PairKeys.mayPair(keys.flags("||"), keys.flags("عباس"))).isTrue();
  }

  @Test
  void wordsOfNoPairFeatureHaveNoFlags() {
    assertThat(keys.flags("محمود")).isZero();
    assertThat(PairKeys.mayPair(keys.flags("محمود"), keys.flags("عباس"))).isFalse();
  }
}
