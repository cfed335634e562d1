package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link NoEventReadings#joinsNoState} (session 13, ev13b). */
class JoiningTest {
  private static TriggerLexicon.Match join(List<Token> ts, String word) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {ts.get(i).norm()}, "COOPERATE", null, "060", true,
        List.of("الي"), java.util.Set.of(), true, false, false);
    return new TriggerLexicon.Match(e, i, i + 1, 0);
  }

  @Test
  void joiningAPartyOrACrowdIsNoCooperation() {
    List<Token> party = tokens("وكان نواب قد انضموا إلى حزب الخير الناشئ");
    assertThat(NoEventReadings.joinsNoState(party, join(party, "انضموا"), party.size())).isTrue();
    List<Token> congress = tokens("وقبل انضمامه للكونغرس أسس شركة");
    assertThat(NoEventReadings.joinsNoState(congress, join(congress, "انضمامه"), congress.size())).isTrue();
  }

  @Test
  void joiningAStateInABoycottStays() {
    List<Token> ts = tokens("وانضمت الإمارات إلى السعودية في مقاطعة قطر");
    assertThat(NoEventReadings.joinsNoState(ts, join(ts, "وانضمت"), ts.size())).isFalse();
  }
}
