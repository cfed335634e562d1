package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Factuality;

/** The rules of {@link SanctionTargets}. */
class SanctionTargetsTest {
  private static Part state(int at, String country) {
    return new Part(at, at + 1, at * 10, at * 10 + 5, country, "GOV", null, null, "", true, false, false, false);
  }

  private static Cand sanction(String word, Part actor, Part recipient) {
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {word}, "SANCTION", "discontinue", "163", false,
        List.of("علي", "ضد"), Set.of(), true, false, false);
    Cand c = new Cand(new TriggerLexicon.Match(e, 1, 2, 0), 0);
    c.actor = actor;
    c.recipient = recipient;
    c.fact = Factuality.ASSERTED;
    return c;
  }

  @Test
  void sanctionsWithNoTargetTakeTheTargetOfTheSameStatesOtherSanctions() {
    Part turkey = state(9, "TUR");
    Cand named = sanction("عقوبات", state(3, "USA"), turkey);
    Cand bare = sanction("العقوبات", state(5, "USA"), null);
    SanctionTargets.fill(List.of(named, bare), state(20, "IRN"));
    assertThat(bare.recipient).isEqualTo(turkey);
  }

  @Test
  void elseTheyAreOnTheStoryCountry() {
    Part iran = state(20, "IRN");
    Cand bare = sanction("العقوبات", state(5, "USA"), null);
    SanctionTargets.fill(List.of(bare), iran);
    assertThat(bare.recipient).isEqualTo(iran);
  }

  @Test
  void notOnTheSanctioningStateItselfNorForABan() {
    Cand own = sanction("العقوبات", state(5, "USA"), null);
    Cand ban = sanction("حظر", state(5, "IRQ"), null);
    SanctionTargets.fill(List.of(own), state(20, "USA"));
    SanctionTargets.fill(List.of(ban), state(20, "KWT"));
    assertThat(own.recipient).isNull();
    assertThat(ban.recipient).isNull();
  }
}
