package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link SeveredTies}. */
class SeveredTiesTest {
  private static Part state(List<Token> ts, String word, String country) {
    int i = index(ts, word);
    return new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), country, "GOV", null, null, "", true, false, false,
        false);
  }

  private static Cand cutting(List<Token> ts, Part speaker) {
    int i = index(ts, "قطع");
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {"قطع", "*", "العلاقات"}, "SANCTION",
        "discontinue", "161", true, List.of("مع", "obj"), java.util.Set.of("weak"), true, false, false);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
    c.actor = speaker;
    return c;
  }

  @Test
  void theGenitiveAfterTheNounCutsTiesWithThePartAfterMa() {
    List<Token> ts = tokens("وأيدت الكويت قطع الأردن للعلاقات مع قطر");
    Part kuwait = state(ts, "الكويت", "KWT");
    Part jordan = state(ts, "الأردن", "JOR");
    Part qatar = state(ts, "قطر", "QAT");
    Cand c = cutting(ts, kuwait);
    SeveredTies.read(ts, ts.size(), List.of(kuwait, jordan, qatar), c);
    assertThat(c.actor).isEqualTo(jordan);
    assertThat(c.recipient).isEqualTo(qatar);
  }

  @Test
  void withNoTiesWordTheSidesStay() {
    List<Token> ts = tokens("وأيدت الكويت قطع الأردن المساعدات عن قطر");
    Part kuwait = state(ts, "الكويت", "KWT");
    Cand c = cutting(ts, kuwait);
    SeveredTies.read(ts, ts.size(), List.of(kuwait, state(ts, "الأردن", "JOR"), state(ts, "قطر", "QAT")), c);
    assertThat(c.actor).isEqualTo(kuwait);
    assertThat(c.recipient).isNull();
  }
}
