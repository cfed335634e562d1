package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/** {@link Parts#venue}: a city after a noun of meeting and «في» is the meeting's venue (session 18). */
class MeetingVenuesTest {
  private static boolean venue(String sentence, String city) {
    List<Token> ts = tokens(sentence);
    int i = index(ts, city);
    Entity e = new Entity("E" + i, EntityType.GPE, city, ts.get(i).start(), ts.get(i).end(), null, "FRA",
        "geonames:2988507", 48.8, 2.3, null, "test");
    Part p = new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), "FRA", null, null, e, "في", true, false, false,
        false);
    return Parts.venue(ts, p);
  }

  @Test
  void aCityAfterAMeetingAndFiIsItsVenue() {
    assertThat(venue("تشارك 30 دولة في اجتماع في باريس عن الهجمات الكيميائية", "باريس")).isTrue();
  }

  @Test
  void aCityAfterAnotherNounAndFiIsNot() {
    assertThat(venue("وقع هجوم في باريس أمس", "باريس")).isFalse();
  }
}
