package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link DomesticAccusers}. */
class DomesticAccusersTest {
  private static Part part(List<Token> ts, String first, int words, String country) {
    int i = index(ts, first);
    return new Part(i, i + words, ts.get(i).start(), ts.get(i + words - 1).end(), country, "GOV", null, null, "",
        false, false, false, false);
  }

  private static Cand accuse(List<Token> ts, String word, Part actor) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {"يتهم"}, "ACCUSE", "allege", "112", true,
        List.of("obj"), java.util.Set.of(), true, false, false);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
    c.actor = actor;
    return c;
  }

  @Test
  void criticsOfAStatesLeaderAreOfThatState() {
    List<Token> ts = tokens("ويتهم المنتقدون الرئيس الروسي بالسعي إلى البقاء في السلطة");
    Part president = part(ts, "الرئيس", 2, "RUS");
    Cand c = accuse(ts, "ويتهم", president);
    DomesticAccusers.read(ts, ts.size(), List.of(president), c);
    assertThat(c.recipient).isEqualTo(president);
    assertThat(c.actor.country()).isEqualTo("RUS");
    assertThat(c.actor.first()).isEqualTo(index(ts, "المنتقدون"));
  }

  @Test
  void aNamedStateOrAnotherSubjectIsLeftAlone() {
    List<Token> ts = tokens("ويتهم الأكراد الجيش التركي بقصف القرى");
    Part army = part(ts, "الجيش", 2, "TUR");
    Cand c = accuse(ts, "ويتهم", null);
    DomesticAccusers.read(ts, ts.size(), List.of(army), c);
    assertThat(c.actor).isNull();
    assertThat(c.recipient).isNull();
  }
}
