package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventDate;
import org.marsad.model.Place;

/** The rule of {@link ForeignCounts}. */
class ForeignCountsTest {
  private static EventDate text(String v) {
    return new EventDate(v, v.length() == 4 ? "year" : v.length() == 7 ? "month" : "day", "explicit");
  }

  @Test
  void anotherYearOrMonthIsAnotherEvent() {
    assertThat(ForeignCounts.datedApart(text("2018-02-14"), text("2017"))).isTrue();
    assertThat(ForeignCounts.datedApart(text("2018-05-08"), text("2018-04"))).isTrue();
  }

  @Test
  void daysOfOneMonthAndPublishedDatesMayBeOneEvent() {
    assertThat(ForeignCounts.datedApart(text("2018-05-14"), text("2018-05-15"))).isFalse();
    assertThat(ForeignCounts.datedApart(text("2018-05-14"), text("2018"))).isFalse();
    assertThat(ForeignCounts.datedApart(text("2018-05-14"), new EventDate("2017-01-01", "day", "published"))).isFalse();
  }

  @Test
  void townsFarApartAreTwoEvents() {
    Place damascus = new Place("دمشق", 0, 4, "Damascus", "SYR", 33.5, 36.3, "city", null);
    Place aleppo = new Place("حلب", 0, 3, "Aleppo", "SYR", 36.2, 37.15, "city", null);
    assertThat(ForeignCounts.apart(text("2018-05-14"), damascus, text("2018-05-14"), aleppo)).isTrue();
    assertThat(ForeignCounts.apart(text("2018-05-14"), damascus, text("2018-05-14"), damascus)).isFalse();
  }
}
