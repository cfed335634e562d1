package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@code CandidateSides.faced}: whoever faces criticism is not its source (session 18). */
class FacedCriticismTest {
  private static boolean faced(String sentence, String trigger) {
    List<Token> ts = tokens(sentence);
    int i = index(ts, trigger);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {trigger}, "ACCUSE", "criticize", "111", false,
        List.of(), Set.of(), true, false, false);
    return CandidateSides.faced(ts, 0, new TriggerLexicon.Match(e, i, i + 1, 0));
  }

  @Test
  void criticismFacedIsAimedAtTheOneWhoFacesIt() {
    assertThat(faced("الرئيس الذي تواجه إدارته انتقادات حادة", "انتقادات")).isTrue();
    assertThat(faced("في الوقت الذي تواجه فيه إدارته انتقادات", "انتقادات")).isTrue();
  }

  @Test
  void criticismMadeIsNot() {
    assertThat(faced("وتواجه الحكومة البريطانية انتقادات", "انتقادات")).isFalse(); // a named subject: left alone
    assertThat(faced("وجددت إدارته انتقادات حادة", "انتقادات")).isFalse();
  }
}
