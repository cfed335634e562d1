package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link RelativeTargets}. */
class RelativeTargetsTest {
  private static final Cues CUES = new Cues();

  private static Part part(List<Token> ts, String word, String country, String prep, boolean titleOnly) {
    int i = index(ts, word);
    return new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), country, "GOV", null, null, prep, !titleOnly, false,
        false, titleOnly);
  }

  private static Cand noun(List<Token> ts, String word, String type, Part actor) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {"العقوبات"}, type, "discontinue", "163", false,
        List.of("علي", "ضد"), Set.of(), false, false, false);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
    c.actor = actor;
    return c;
  }

  @Test
  void theTargetAfterTheSupportVerbOfTheRelativeClauseIsTheRecipient() {
    List<Token> ts = tokens("إن العقوبات التي تفرضها واشنطن ضد إيران لها أثر كبير");
    Part usa = part(ts, "واشنطن", "USA", "", false);
    Part iran = part(ts, "إيران", "IRN", "ضد", false);
    Cand c = noun(ts, "العقوبات", "SANCTION", usa);
    RelativeTargets.read(ts, ts.size(), List.of(usa, iran), CUES, c);
    assertThat(c.recipient).isEqualTo(iran);
  }

  @Test
  void aVerbThatIsNoSupportVerbGivesNoTarget() {
    List<Token> ts = tokens("إن العقوبات التي انتقدتها واشنطن ضد إيران لها أثر كبير");
    Part usa = part(ts, "واشنطن", "USA", "", false);
    Part iran = part(ts, "إيران", "IRN", "ضد", false);
    Cand c = noun(ts, "العقوبات", "SANCTION", usa);
    RelativeTargets.read(ts, ts.size(), List.of(usa, iran), CUES, c);
    assertThat(c.recipient).isNull();
  }

  @Test
  void aBareTitleOfTheAttackersStateIsNoTarget() {
    List<Token> ts = tokens("وأدانت الجامعة المجزرة التي ارتكبت ضد متظاهرين على الحدود");
    Part israel = part(ts, "الجامعة", "ISR", "", false);
    Part protesters = part(ts, "متظاهرين", "ISR", "ضد", true);
    Cand c = noun(ts, "المجزرة", "ASSAULT", israel);
    RelativeTargets.read(ts, ts.size(), List.of(israel, protesters), CUES, c);
    assertThat(c.recipient).isNull();
  }
}
