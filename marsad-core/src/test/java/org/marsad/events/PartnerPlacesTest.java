package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.cand;
import static org.marsad.events.TestTokens.place;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link PartnerPlaces}. */
class PartnerPlacesTest {

  @Test
  void aPlaceAfterMaaIsNoAttacksPlace() {
    List<Token> ts = tokens("قتل خمسة جنود في هجوم على موقع قرب الحدود مع أفغانستان");
    Cand c = cand(ts, "هجوم", "ASSAULT", null);
    assertThat(PartnerPlaces.partner(ts, place(ts, "أفغانستان", "قرب", "AFG"), c)).isTrue();
    List<Token> talks = tokens("ويستمر القتال في المدينة رغم المفاوضات مع روسيا");
    assertThat(PartnerPlaces.partner(talks, place(talks, "روسيا", "مع", "RUS"), cand(talks, "القتال", "ASSAULT",
        null))).isTrue();
  }

  @Test
  void theVictimsOwnSideOfTheBorderOrAnotherPrepositionOrTypeStays() {
    List<Token> ts = tokens("قتل الجيش عشرة متظاهرين عند الحدود مع غزة");
    Cand c = cand(ts, "قتل", "ASSAULT", null);
    c.recipient = place(ts, "متظاهرين", "", "PSE");
    assertThat(PartnerPlaces.partner(ts, place(ts, "غزة", "عند", "PSE"), c)).isFalse();
    List<Token> raid = tokens("قتل خمسة جنود في هجوم على موقع في أفغانستان");
    assertThat(PartnerPlaces.partner(raid, place(raid, "أفغانستان", "في", "AFG"), cand(raid, "هجوم", "ASSAULT",
        null))).isFalse();
    List<Token> talks = tokens("بدأت الحكومة محادثات مع روسيا");
    assertThat(PartnerPlaces.partner(talks, place(talks, "روسيا", "مع", "RUS"), cand(talks, "محادثات", "CONSULT",
        null))).isFalse();
  }
}
