package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Factuality;
import org.marsad.model.Token;

/** {@link EventRecords#negatedObject}: a noun right after a negated verb of its type keeps the negation (session 21). */
class NegatedObjectsTest {
  private static Cand meeting(List<Token> ts, String word, boolean verb, Factuality fact) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {word}, "CONSULT", "host", "043", verb,
        List.of("obj"), Set.of(), true, false, false);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
    c.fact = fact;
    return c;
  }

  @Test
  void theObjectOfANegatedVerbIsNotAsserted() {
    List<Token> ts = tokens("روسيا لن تستقبل لقاء القمة بين الرئيسين");
    Cand host = meeting(ts, "تستقبل", true, Factuality.NEGATED);
    Cand summit = meeting(ts, "القمة", false, Factuality.ASSERTED);
    assertThat(EventRecords.negatedObject(host, summit)).isTrue();
    List<Cand> merged = EventRecords.mergeSentence(List.of(host, summit));
    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).fact).isEqualTo(Factuality.NEGATED);
  }

  @Test
  void aNounFarAfterTheNegatedVerbIsTold() {
    List<Token> ts = tokens("روسيا لن تستقبل الوفد الأمريكي الذي وصل بعد أيام إلى القمة");
    Cand host = meeting(ts, "تستقبل", true, Factuality.NEGATED);
    Cand summit = meeting(ts, "القمة", false, Factuality.ASSERTED);
    assertThat(EventRecords.negatedObject(host, summit)).isFalse();
  }
}
