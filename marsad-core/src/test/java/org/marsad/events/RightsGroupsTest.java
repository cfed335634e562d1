package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link RightsGroups}. */
class RightsGroupsTest {
  private static Cand charge(List<Token> ts, Part accused) {
    int i = index(ts, "واتهمت");
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {"اتهمت"}, "ACCUSE", "allege", "112", true,
        List.of("obj"), java.util.Set.of(), true, false, true);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
    c.recipient = accused;
    return c;
  }

  private static Part forces(List<Token> ts) {
    int i = index(ts, "القوات");
    return new Part(i, i + 2, ts.get(i).start(), ts.get(i + 1).end(), "ISR", "MIL", null, null, "", false, false,
        false, false);
  }

  @Test
  void rightsGroupsSpeakAsNoState() {
    List<Token> ts = tokens("واتهمت جماعات حقوق الإنسان القوات الإسرائيلية باستخدام القوة المفرطة");
    Part israeli = forces(ts);
    Part groups = RightsGroups.speaker(ts, ts.size(), List.of(israeli), charge(ts, israeli));
    assertThat(groups).isNotNull();
    assertThat(groups.country()).isNull();
    assertThat(groups.first()).isEqualTo(index(ts, "جماعات"));
  }

  @Test
  void armedGroupsAreNoRightsGroups() {
    List<Token> ts = tokens("واتهمت جماعات مسلحة القوات الإسرائيلية بقصف المدينة");
    Part israeli = forces(ts);
    assertThat(RightsGroups.speaker(ts, ts.size(), List.of(israeli), charge(ts, israeli))).isNull();
  }
}
