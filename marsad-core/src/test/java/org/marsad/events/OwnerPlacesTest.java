package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/** The rule of {@link OwnerPlaces}. */
class OwnerPlacesTest {
  private static Part place(List<Token> ts, String word, String prep, String country, String kb) {
    int i = index(ts, word);
    Token t = ts.get(i);
    Entity e = new Entity("E" + i, EntityType.GPE, t.text(), t.start(), t.end(), null, country, kb, 33.0, 36.0,
        null, "kb");
    return new Part(i, i + 1, t.start(), t.end(), country, null, null, e, prep, true, false, false, false);
  }

  private static Cand strike(List<Token> ts, String word) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {"استهدف"}, "ASSAULT", null, "190", true,
        List.of(), Set.of(), true, false, false);
    return new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
  }

  @Test
  void thePlaceAfterTheOwningStateIsWhereTheTargetsWereStruck() {
    List<Token> ts = tokens("واستهدف الجيش مواقع عسكرية تابعة لإيران في سوريا");
    Part iran = place(ts, "لإيران", "ل", "IRN", "iso3:IRN");
    Part syria = place(ts, "سوريا", "في", "SYR", "iso3:SYR");
    assertThat(OwnerPlaces.struck(List.of(iran, syria), iran, strike(ts, "واستهدف"))).isEqualTo(syria);
  }

  @Test
  void aStateAfterLamWithNoPlaceAfterItStays() {
    List<Token> ts = tokens("واستهدف الجيش مواقع عسكرية تابعة لإيران");
    Part iran = place(ts, "لإيران", "ل", "IRN", "iso3:IRN");
    assertThat(OwnerPlaces.struck(List.of(iran), iran, strike(ts, "واستهدف"))).isEqualTo(iran);
  }

  @Test
  void aTownAfterLamIsNoOwner() {
    List<Token> ts = tokens("واستهدف القصف مداخل لحلب في الشمال");
    Part aleppo = place(ts, "لحلب", "ل", "SYR", "geonames:170063");
    assertThat(OwnerPlaces.struck(List.of(aleppo), aleppo, strike(ts, "واستهدف"))).isEqualTo(aleppo);
  }
}
