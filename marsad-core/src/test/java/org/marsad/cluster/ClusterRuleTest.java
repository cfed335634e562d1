package org.marsad.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterRuleTest {
  static final LocalDate D = LocalDate.of(2024, 3, 14);
  final ClusterRule rule = ClusterRule.standard();

  static ClusterInput ev(long id, String type, String actor, String recipient, String place, Double lat, Double lon,
                         LocalDate date) {
    return new ClusterInput(id, type, actor, recipient, place, lat, lon, date, Map.of(), "s" + id);
  }

  @Test
  void sameTypeActorsPlaceAndDayMatch() {
    assertThat(rule.match(ev(1, "ASSAULT", "RUS", "SYR", "SYR", 36.2, 37.1, D),
        ev(2, "ASSAULT", "RUS", "SYR", "SYR", 36.21, 37.15, D.plusDays(1)))).isTrue();
  }

  @Test
  void differentTypesNeverMatch() {
    assertThat(rule.match(ev(1, "ASSAULT", null, null, "SYR", null, null, D),
        ev(2, "PROTEST", null, null, "SYR", null, null, D))).isFalse();
  }

  @Test
  void conflictingActorOrRecipientCountriesDoNotMatch() {
    assertThat(rule.match(ev(1, "ASSAULT", "RUS", null, "SYR", null, null, D),
        ev(2, "ASSAULT", "USA", null, "SYR", null, null, D))).isFalse();
    assertThat(rule.match(ev(1, "ASSAULT", null, "SYR", "SYR", null, null, D),
        ev(2, "ASSAULT", null, "TUR", "SYR", null, null, D))).isFalse();
  }

  @Test
  void unknownActorIsCompatible() {
    assertThat(rule.match(ev(1, "ASSAULT", "RUS", null, "SYR", null, null, D),
        ev(2, "ASSAULT", null, "SYR", "SYR", null, null, D))).isTrue();
  }

  @Test
  void placesFartherThanTheLimitDoNotMatch() {
    // Aleppo and Damascus are about 300 km apart
    assertThat(rule.match(ev(1, "ASSAULT", null, null, "SYR", 36.20, 37.13, D),
        ev(2, "ASSAULT", null, null, "SYR", 33.51, 36.29, D))).isFalse();
    assertThat(ClusterRule.km(36.20, 37.13, 33.51, 36.29)).isBetween(290.0, 320.0);
  }

  @Test
  void oneUnlocatedReportStillMatches() {
    assertThat(rule.match(ev(1, "ASSAULT", null, null, "SYR", 36.20, 37.13, D),
        ev(2, "ASSAULT", null, null, "SYR", null, null, D))).isTrue();
  }

  @Test
  void datesOutsideTheWindowDoNotMatch() {
    assertThat(rule.match(ev(1, "ASSAULT", null, null, "SYR", null, null, D),
        ev(2, "ASSAULT", null, null, "SYR", null, null, D.plusDays(ClusterRule.DEFAULT_WINDOW_DAYS)))).isTrue();
    assertThat(rule.match(ev(1, "ASSAULT", null, null, "SYR", null, null, D),
        ev(2, "ASSAULT", null, null, "SYR", null, null, D.plusDays(ClusterRule.DEFAULT_WINDOW_DAYS + 1)))).isFalse();
  }

  @Test
  void undatedMatchesOnlyUndated() {
    assertThat(rule.match(ev(1, "ASSAULT", null, null, "SYR", null, null, null),
        ev(2, "ASSAULT", null, null, "SYR", null, null, D))).isFalse();
    assertThat(rule.match(ev(1, "ASSAULT", null, null, "SYR", null, null, null),
        ev(2, "ASSAULT", null, null, "SYR", null, null, null))).isTrue();
  }

  @Test
  void everyPairWithinTheWindowSharesABlock() {
    for (int a = 0; a < 20; a++) {
      for (int b = a; b <= a + ClusterRule.DEFAULT_WINDOW_DAYS; b++) {
        var ka = rule.blockKeys(ev(1, "ASSAULT", null, null, "SYR", null, null, D.plusDays(a)));
        var kb = rule.blockKeys(ev(2, "ASSAULT", null, null, "SYR", null, null, D.plusDays(b)));
        assertThat(ka).as("days %d and %d", a, b).containsAnyElementsOf(kb);
      }
    }
  }

  @Test
  void blockCountryPrefersPlaceThenRecipientThenActor() {
    assertThat(ev(1, "X", "RUS", "SYR", "TUR", null, null, D).blockCountry()).isEqualTo("TUR");
    assertThat(ev(1, "X", "RUS", "SYR", null, null, null, D).blockCountry()).isEqualTo("SYR");
    assertThat(ev(1, "X", "RUS", null, null, null, null, D).blockCountry()).isEqualTo("RUS");
    assertThat(ev(1, "X", null, null, null, null, null, D).blockCountry()).isEqualTo("-");
  }
}
