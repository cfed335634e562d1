package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link PassiveCharges}. */
class PassiveChargesTest {
  private static Part state(List<Token> ts, String word, String country) {
    int i = index(ts, word);
    return new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), country, "GOV", null, null, "", true, false, false,
        false);
  }

  private static Cand accuse(List<Token> ts, String word, Part actor) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {ts.get(i).norm()}, "ACCUSE", null, "112", true,
        List.of("obj"), java.util.Set.of(), true, false, false);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
    c.actor = actor;
    return c;
  }

  @Test
  void onePartAfterTheChargeIsTheOneCharged() {
    List<Token> ts = tokens("الهجوم الذي اتهمت به دمشق في دوما");
    Part damascus = state(ts, "دمشق", "SYR");
    Cand c = accuse(ts, "اتهمت", damascus);
    PassiveCharges.read(ts, 0, ts.size(), List.of(damascus), c);
    assertThat(c.actor).isNull();
    assertThat(c.recipient).isEqualTo(damascus);
  }

  @Test
  void twoPartsOrACondemnationAreActive() {
    List<Token> both = tokens("الهجوم الذي اتهمت به واشنطن دمشق");
    Part washington = state(both, "واشنطن", "USA");
    Cand charge = accuse(both, "اتهمت", washington);
    PassiveCharges.read(both, 0, both.size(), List.of(washington, state(both, "دمشق", "SYR")), charge);
    assertThat(charge.actor).isEqualTo(washington);
    List<Token> condemned = tokens("الخطوة التي نددت بها فرنسا");
    Part france = state(condemned, "فرنسا", "FRA");
    Cand condemnation = accuse(condemned, "نددت", france);
    PassiveCharges.read(condemned, 0, condemned.size(), List.of(france), condemnation);
    assertThat(condemnation.actor).isEqualTo(france);
  }
}
