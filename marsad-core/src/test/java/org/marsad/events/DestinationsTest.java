package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.cand;
import static org.marsad.events.TestTokens.place;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link Destinations}. */
class DestinationsTest {
  @Test
  void wherePeopleTriedToGoIsNotWhoWasArrested() {
    List<Token> ts = tokens("اعتقلت الشرطة مسلحين حاولوا التسلل إلى العراق");
    Cand c = cand(ts, "اعتقلت", "COERCE", null);
    c.recipient = place(ts, "العراق", "الي", "IRQ");
    assertThat(Destinations.recipient(ts, c)).isNull();
  }

  @Test
  void whereRefugeesFledIsNotWhoWasKilled() {
    List<Token> ts = tokens("قتل الآلاف ولجأ مليون منهم إلى الأردن");
    Cand c = cand(ts, "قتل", "ASSAULT", "attack");
    c.recipient = place(ts, "الأردن", "الي", "JOR");
    assertThat(Destinations.recipient(ts, c)).isNull();
  }

  @Test
  void aBlowAimedAtSomeoneStays() {
    List<Token> ts = tokens("وجه الجيش ضربة قاسية إلى الفصائل في غزة");
    Cand c = cand(ts, "ضربة", "ASSAULT", "attack");
    c.recipient = place(ts, "الفصائل", "الي", "PSE");
    assertThat(Destinations.recipient(ts, c).country()).isEqualTo("PSE");
  }

  @Test
  void aClauseBoundaryEndsTheReach() {
    List<Token> ts = tokens("عاد الوفد ، ثم قصفت الطائرات إلى الشمال");
    Cand c = cand(ts, "قصفت", "ASSAULT", "attack");
    c.recipient = place(ts, "الشمال", "الي", "SYR");
    assertThat(Destinations.recipient(ts, c).country()).isEqualTo("SYR");
  }
}
