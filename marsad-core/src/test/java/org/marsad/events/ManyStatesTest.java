package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link TitleCountries#manyStates} (session 13, ev13b). */
class ManyStatesTest {
  private static Part bare(List<Token> ts, String word) {
    int i = index(ts, word);
    return new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), null, "GOV", null, null, "", false, false, false,
        true);
  }

  @Test
  void aCountedOrOtherStateIsSeveral() {
    List<Token> counted = tokens("ونددت 128 دولة بالقرار الأمريكي");
    assertThat(TitleCountries.manyStates(counted, bare(counted, "دولة"))).isTrue();
    List<Token> other = tokens("وحثت بلدان أخرى على استقبال اللاجئين");
    assertThat(TitleCountries.manyStates(other, bare(other, "بلدان"))).isTrue();
    List<Token> dual = tokens("لم يحصل على تأييد أكثر من دولتين");
    assertThat(TitleCountries.manyStates(dual, bare(dual, "دولتين"))).isTrue();
  }

  @Test
  void aStateVisitOrTheTwoCountriesAreNot() {
    List<Token> visit = tokens("ويقوم الرئيس بزيارة دولة إلى بريطانيا");
    assertThat(TitleCountries.manyStates(visit, bare(visit, "دولة"))).isFalse();
    List<Token> two = tokens("واتفق البلدان على خريطة طريق");
    assertThat(TitleCountries.manyStates(two, bare(two, "البلدان"))).isFalse();
  }
}
