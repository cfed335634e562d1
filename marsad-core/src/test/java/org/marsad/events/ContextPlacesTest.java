package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.cand;
import static org.marsad.events.TestTokens.place;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link ContextPlaces}. */
class ContextPlacesTest {

  @Test
  void thePlaceAfterALocativeWinsElseTheFirst() {
    List<Token> ts = tokens("وقال المتحدث بهار مهر إنهم غادروا مقر الشركة في كابول");
    Part person = place(ts, "بهار", "", "IRN");
    Part town = place(ts, "كابول", "في", "AFG");
    assertThat(ContextPlaces.first(ts, List.of(person, town))).isSameAs(town);
    List<Token> accuse = tokens("وتتهم بريطانيا روسيا بالشروع في القتل");
    Part uk = place(accuse, "بريطانيا", "", "GBR");
    assertThat(ContextPlaces.first(accuse, List.of(uk, place(accuse, "روسيا", "", "RUS")))).isSameAs(uk);
  }

  @Test
  void aListGivesItsFirstAndAPartnerNothing() {
    List<Token> ts = tokens("وبرز دور الميليشيات في سوريا والعراق والكويت");
    Part syria = place(ts, "سوريا", "في", "SYR");
    assertThat(ContextPlaces.first(ts, List.of(syria, place(ts, "والعراق", "", "IRQ"),
        place(ts, "والكويت", "", "KWT")))).isSameAs(syria);
    List<Token> border = tokens("وأغلق الأردن حدوده مع سوريا");
    assertThat(ContextPlaces.first(border, List.of(place(border, "سوريا", "مع", "SYR")))).isNull();
  }

  @Test
  void onlyAttacksAndArrestsTakeIt() {
    List<Token> ts = tokens("وقتل الجنود ثلاثة واعتقلوا خمسة ثم التقى الوزير نظيره");
    assertThat(ContextPlaces.applies(cand(ts, "وقتل", "ASSAULT", null))).isTrue();
    assertThat(ContextPlaces.applies(cand(ts, "واعتقلوا", "COERCE", null))).isTrue();
    assertThat(ContextPlaces.applies(cand(ts, "التقى", "CONSULT", null))).isFalse();
  }
}
