package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** One test per token-only rule of {@link Speakers} (the others are read in {@link SentenceGoldenTest}). */
class SpeakersTest {
  @Test
  void theQuotationAroundTheTriggerIsItsQuote() {
    List<Token> ts = tokens("وقال الوزير «ندين القصف على المدنيين» أمس");
    int[] q = Speakers.quoteAround(ts, 0, ts.size(), index(ts, "القصف"));
    assertThat(q).containsExactly(index(ts, "ندين"), index(ts, "»"));
    List<Token> none = tokens("وقال الوزير إن القصف مستمر");
    assertThat(Speakers.quoteAround(none, 0, none.size(), index(none, "القصف"))).isNull();
  }

  @Test
  void aSentenceOpeningWithMinJanibihContinuesTheReport() {
    List<Token> ts = tokens("من جانبه، أدان الوزير الهجوم");
    assertThat(Speakers.continues(ts, 0, index(ts, "أدان"))).isTrue();
    List<Token> other = tokens("في المدينة نفسها أدان الوزير الهجوم");
    assertThat(Speakers.continues(other, 0, index(other, "أدان"))).isFalse();
  }
}
