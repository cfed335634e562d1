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
    return new ClusterInput(id, "d" + id, type, ClusterInput.Party.of(actor), ClusterInput.Party.of(recipient),
        ClusterInput.Site.of(place, lat, lon), date, "published", Map.of(), "s" + id);
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

  static ClusterInput who(long id, ClusterInput.Party actor) {
    return new ClusterInput(id, "d" + id, "REQUEST", actor, null, ClusterInput.Site.NONE, D, "published", Map.of(), "s" + id);
  }

  @Test
  void anOrganisationWithoutCountryMatchesOnlyItself() {
    var council = new ClusterInput.Party("UN Security Council", null, "IGO");
    assertThat(rule.match(who(1, council), who(2, new ClusterInput.Party("UN Security Council", null, "IGO"))))
        .isTrue();
    assertThat(rule.match(who(1, council), who(2, new ClusterInput.Party("Kuwait", "KWT", "GOV")))).isFalse();
    assertThat(rule.match(who(1, council), who(2, new ClusterInput.Party("UN Human Rights Council", null, "IGO"))))
        .isFalse();
    assertThat(rule.match(who(1, council), who(2, ClusterInput.Party.NONE))).isTrue();
  }

  @Test
  void sameCountryButRebelsAndGovernmentDoNotMatch() {
    var rebels = new ClusterInput.Party("جيش الإسلام", "SYR", "REB");
    assertThat(rule.match(who(1, rebels), who(2, new ClusterInput.Party("Damascus", "SYR", "GOV")))).isFalse();
    assertThat(rule.match(who(1, new ClusterInput.Party("الجيش السوري", "SYR", "MIL")),
        who(2, new ClusterInput.Party("Damascus", "SYR", "GOV")))).as("army and government: both state").isTrue();
    assertThat(rule.match(who(1, rebels), who(2, new ClusterInput.Party("مسلحون", "SYR", "UAF"))))
        .as("unidentified gunmen").isTrue();
  }

  static ClusterInput at(long id, String precision, double lat, double lon) {
    return new ClusterInput(id, "d" + id, "ASSAULT", null, null,
        new ClusterInput.Site("p" + id, "SYR", precision, lat, lon), D, "published", Map.of(), "s" + id);
  }

  @Test
  void placeDistanceDependsOnPrecision() {
    // Aleppo city vs Damascus city: 300 km
    assertThat(rule.match(at(1, "city", 36.20, 37.13), at(2, "city", 33.51, 36.29))).isFalse();
    // a country-level place has centroid coordinates: it agrees with any town of the country
    assertThat(rule.match(at(1, "city", 36.20, 37.13), at(2, "country", 35.0, 38.0))).isTrue();
    // a province (admin1) reaches 150 km, a town only 50
    assertThat(rule.match(at(1, "city", 36.20, 37.13), at(2, "admin1", 35.93, 36.63))).isTrue();
    assertThat(rule.match(at(1, "city", 36.20, 37.13), at(2, "city", 35.93, 36.63))).isFalse();
  }

  @Test
  void twoNamedTownsMustBeCloseToBeOnePlace() {
    var idlib = new ClusterInput(1, "d1", "ASSAULT", null, null, new ClusterInput.Site("Idlib", "SYR", "city", 35.93,
        36.63), D, "published", Map.of(), "a");
    var saraqib = new ClusterInput(2, "d2", "ASSAULT", null, null, new ClusterInput.Site("Saraqib", "SYR", "city",
        35.86, 36.81), D, "published", Map.of(), "b");
    var unnamed = new ClusterInput(3, "d3", "ASSAULT", null, null, new ClusterInput.Site(null, "SYR", "city", 35.86,
        36.81), D, "published", Map.of(), "c");
    // 18 km: different towns are two places, an unnamed point that close is not
    assertThat(rule.match(idlib, saraqib)).isFalse();
    assertThat(rule.match(idlib, unnamed)).isTrue();
  }

  @Test
  void daysReadInBothTextsMayDifferByOneDayOnly() {
    var a = new ClusterInput(1, "d1", "ASSAULT", null, null, ClusterInput.Site.NONE, D, "relative", Map.of(), "a");
    var b = new ClusterInput(2, "d2", "ASSAULT", null, null, ClusterInput.Site.NONE, D.plusDays(2), "explicit",
        Map.of(), "b");
    var c = new ClusterInput(3, "d3", "ASSAULT", null, null, ClusterInput.Site.NONE, D.plusDays(2), "published",
        Map.of(), "c");
    assertThat(rule.match(a, b)).isFalse();
    assertThat(rule.match(a, c)).as("an article's date may come days after the event").isTrue();
    assertThat(ClusterInput.basisOf("month", "explicit")).isEqualTo("published");
  }

  @Test
  void tollsFarApartAreTwoEvents() {
    var four = new ClusterInput(1, "d1", "ASSAULT", null, null, ClusterInput.Site.NONE, D, "published",
        Map.of("killed", 4L), "a");
    var twelve = new ClusterInput(2, "d2", "ASSAULT", null, null, ClusterInput.Site.NONE, D, "published",
        Map.of("killed", 12L, "injured", 40L), "b");
    var thirty = new ClusterInput(3, "d3", "ASSAULT", null, null, ClusterInput.Site.NONE, D, "published",
        Map.of("killed", 30L), "c");
    assertThat(rule.match(four, twelve)).as("12 <= 3 * 4 + 5").isTrue();
    assertThat(rule.match(four, thirty)).isFalse();
  }

  @Test
  void affinityPrefersTheSameNamesDayAndFigures() {
    var a = new ClusterInput(1, "d1", "ASSAULT", ClusterInput.Party.of("RUS"), null,
        new ClusterInput.Site("Idlib", "SYR", "city", 35.93, 36.63), D, "published", Map.of("killed", 10L), "a");
    var close = new ClusterInput(2, "d2", "ASSAULT", ClusterInput.Party.of("RUS"), null,
        new ClusterInput.Site("Idlib", "SYR", "city", 35.93, 36.63), D, "published", Map.of("killed", 11L), "b");
    var far = new ClusterInput(3, "d3", "ASSAULT", ClusterInput.Party.of("RUS"), null,
        new ClusterInput.Site("Sarmin", "SYR", "city", 35.90, 36.72), D.plusDays(2), "published", Map.of("killed", 40L), "c");
    assertThat(rule.affinity(a, close)).isGreaterThan(rule.affinity(a, far));
    assertThat(rule.affinity(a, close)).isEqualTo(rule.affinity(close, a));
  }
}
