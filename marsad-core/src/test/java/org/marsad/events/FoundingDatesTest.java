package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.cand;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.place;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link FoundingDates}. */
class FoundingDatesTest {
  private static Part state(List<Token> ts, String first, String last, String country) {
    int i = index(ts, first);
    int j = index(ts, last);
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), country, null, null, null, "", true, false, false,
        false);
  }

  @Test
  void aStateNamedAsTheDateOfItsFoundingIsNoRecipient() {
    List<Token> ts = tokens("يطالب اللاجئون بالعودة إلى قراهم التي هجروا منها عند إقامة دولة إسرائيل");
    Cand c = cand(ts, "هجروا", "COERCE", null);
    c.recipient = state(ts, "دولة", "إسرائيل", "ISR");
    assertThat(FoundingDates.recipient(ts, c)).isNull();
  }

  @Test
  void independenceAfterSinceIsADateToo() {
    List<Token> ts = tokens("وقتل الآلاف في الحرب منذ استقلال السودان");
    Cand c = cand(ts, "وقتل", "ASSAULT", "attack");
    c.recipient = place(ts, "السودان", "", "SDN");
    assertThat(FoundingDates.recipient(ts, c)).isNull();
  }

  @Test
  void aStateStruckStays() {
    List<Token> ts = tokens("شنت الطائرات غارات على إسرائيل بعد إقامة الهدنة");
    Cand c = cand(ts, "غارات", "ASSAULT", "attack");
    c.recipient = place(ts, "إسرائيل", "علي", "ISR");
    assertThat(FoundingDates.recipient(ts, c).country()).isEqualTo("ISR");
  }
}
