package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Factuality;
import org.marsad.model.Token;

/** The rule of {@link StatelessTargets}. */
class StatelessTargetsTest {
  private static Part part(List<Token> ts, String word, String country, String sector) {
    int i = index(ts, word);
    return new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), country, sector, null, null, "", false, false,
        false, country == null);
  }

  private static Cand shelling(List<Token> ts, Part target, Factuality fact) {
    int i = index(ts, "قصفت");
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {"قصفت"}, "ASSAULT", "heavy-weapons", "195", true,
        List.of("علي"), Set.of(), false, false, true);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
    c.recipient = target;
    c.fact = fact;
    return c;
  }

  @Test
  void anAssertedTargetOfNoStateMayTakeItsPlace() {
    List<Token> ts = tokens("قصفت طائرات حربية منطقة اليرموك في ريف درعا");
    Cand c = shelling(ts, part(ts, "اليرموك", null, null), Factuality.ASSERTED);
    assertThat(StatelessTargets.placeless(c)).isTrue();
  }

  @Test
  void aTargetWithAStateOrAnInternationalBodyKeepsIt() {
    List<Token> ts = tokens("قصفت طائرات حربية مقر الأمم المتحدة في ريف درعا");
    assertThat(StatelessTargets.placeless(shelling(ts, part(ts, "الأمم", null, "IGO"), Factuality.ASSERTED)))
        .isFalse();
    assertThat(StatelessTargets.placeless(shelling(ts, part(ts, "الأمم", "SYR", "GOV"), Factuality.ASSERTED)))
        .isFalse();
  }

  @Test
  void aPastActRecalledKeepsItsTarget() {
    List<Token> ts = tokens("قصفت طائرات حربية منطقة اليرموك في ريف درعا");
    Cand c = shelling(ts, part(ts, "اليرموك", null, null), Factuality.HISTORICAL);
    assertThat(StatelessTargets.placeless(c)).isFalse();
  }
}
