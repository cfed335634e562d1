package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.place;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rules of {@link LaunchOrigins}. */
class LaunchOriginsTest {
  private static Cand attack(List<Token> ts, String word) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {"صواريخ"}, "ASSAULT", null, "190", false,
        List.of("علي"), Set.of(), true, false, false);
    return new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
  }

  @Test
  void thePlaceStruckAfterTheOriginIsWhereTheAttackHappened() {
    List<Token> ts = tokens("وأطلق مسلحون صواريخ من غزة على عسقلان");
    Part gaza = place(ts, "غزة", "من", "PSE");
    Part ashkelon = place(ts, "عسقلان", "علي", "ISR");
    assertThat(LaunchOrigins.struck(List.of(gaza, ashkelon), ts, 0, gaza, attack(ts, "صواريخ"))).isEqualTo(ashkelon);
  }

  @Test
  void aPlaceNearWhichTheRocketFellIsWhereTheAttackHappened() {
    List<Token> ts = tokens("وسقط صاروخ أطلق من غزة قرب بئر السبع");
    Part gaza = place(ts, "غزة", "من", "PSE");
    Part beersheba = place(ts, "بئر", "قرب", "ISR");
    assertThat(LaunchOrigins.struck(List.of(gaza, beersheba), ts, 0, gaza, attack(ts, "صاروخ"))).isEqualTo(beersheba);
  }

  @Test
  void withNoPlaceStruckTheOriginStays() {
    List<Token> ts = tokens("وندد المجلس بإطلاق صواريخ من غزة");
    Part gaza = place(ts, "غزة", "من", "PSE");
    assertThat(LaunchOrigins.struck(List.of(gaza), ts, 0, gaza, attack(ts, "صواريخ"))).isEqualTo(gaza);
  }

  @Test
  void anotherOriginAfterOrIsNoPlaceStruck() {
    List<Token> ts = tokens("إطلاق الصواريخ سواء من سوريا أو عبر وكلائها في اليمن");
    Part syria = place(ts, "سوريا", "من", "SYR");
    Part yemen = place(ts, "اليمن", "في", "YEM");
    assertThat(LaunchOrigins.struck(List.of(syria, yemen), ts, 0, syria, attack(ts, "الصواريخ"))).isEqualTo(syria);
  }

  @Test
  void aPlaceAfterFromWithNoLaunchWordIsNoOrigin() {
    List<Token> ts = tokens("وخرج آلاف المدنيين من الغوطة إلى عفرين");
    Part ghouta = place(ts, "الغوطة", "من", "SYR");
    assertThat(LaunchOrigins.origin(ts, 0, ghouta)).isFalse();
  }
}
