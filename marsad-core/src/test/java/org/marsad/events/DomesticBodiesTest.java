package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link DomesticBodies}. */
class DomesticBodiesTest {
  private static final TriggerLexicon.Entry ARREST = new TriggerLexicon.Entry(new String[] {"اوقفت"}, "COERCE",
      "arrest", "173", true, List.of("obj"), Set.of("arrest"), true, false, true);

  private static Cand arrest(List<Token> ts, String title, String titleCountry, String placeWord, String placeCountry) {
    int i = index(ts, title);
    int p = index(ts, placeWord);
    int v = index(ts, "أوقفت");
    Cand c = new Cand(new TriggerLexicon.Match(ARREST, v, v + 1, 0), 0);
    c.actor = new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), titleCountry, "POL", null, null, "", false, false,
        false, true);
    c.place = new Part(p, p + 1, ts.get(p).start(), ts.get(p).end(), placeCountry, null, null, null, "في", true, false,
        false, false);
    c.placeNear = true;
    return c;
  }

  @Test
  void barePoliceActInTheStateOfThePlace() {
    List<Token> ts = tokens("أوقفت الشرطة الزوجين في بروكسل");
    Cand c = arrest(ts, "الشرطة", "IRN", "بروكسل", "BEL");
    assertThat(DomesticBodies.actor(ts, c).country()).isEqualTo("BEL");
  }

  @Test
  void aBareArmyMayActAbroad() {
    List<Token> ts = tokens("أوقفت الجيش مسلحين في عفرين");
    Cand c = arrest(ts, "الجيش", "TUR", "عفرين", "SYR");
    assertThat(DomesticBodies.actor(ts, c).country()).isEqualTo("TUR");
  }
}
