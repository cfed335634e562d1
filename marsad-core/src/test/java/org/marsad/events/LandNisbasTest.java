package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.cand;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link LandNisbas}. */
class LandNisbasTest {
  private static Part nisba(List<Token> ts, String word, String country) {
    int i = index(ts, word);
    return new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), country, null, null, null, "", false, true, false,
        false);
  }

  @Test
  void theNisbaOfATerritoryIsNoActor() {
    List<Token> ts = tokens("الرد داخل الأراضي السورية استهدف مواقع إيرانية");
    Cand c = cand(ts, "استهدف", "ASSAULT", "attack");
    c.actor = nisba(ts, "السورية", "SYR");
    assertThat(LandNisbas.actor(ts, c)).isNull();
  }

  @Test
  void theNisbaOfAffairsIsNoActor() {
    List<Token> ts = tokens("ويرى خبراء الشأن الأفغاني أنه كان يدعمهم");
    Cand c = cand(ts, "يدعمهم", "SUPPORT", null);
    c.actor = nisba(ts, "الأفغاني", "AFG");
    assertThat(LandNisbas.actor(ts, c)).isNull();
  }

  @Test
  void aNisbaOfAForceStays() {
    List<Token> ts = tokens("القوات السورية استهدفت مواقع المسلحين");
    Cand c = cand(ts, "استهدفت", "ASSAULT", "attack");
    c.actor = nisba(ts, "السورية", "SYR");
    assertThat(LandNisbas.actor(ts, c).country()).isEqualTo("SYR");
  }
}
