package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link PossessedVisits} (session 18). */
class PossessedVisitsTest {
  @Test
  void aVisitWithItsVisitorsPronoun() {
    List<Token> ts = tokens("وقال الوزير إنه أطلع الرئيس على نتائج زيارته للسعودية");
    assertThat(PossessedVisits.possessed(ts, index(ts, "زيارته"))).isTrue();
    List<Token> ts2 = tokens("وأشاد الرئيس بزيارتها إلى الصين");
    assertThat(PossessedVisits.possessed(ts2, index(ts2, "بزيارتها"))).isTrue();
  }

  @Test
  void aBareVisitHasNoVisitorPronoun() {
    List<Token> ts = tokens("وبدأ الرئيس زيارة إلى الصين");
    assertThat(PossessedVisits.possessed(ts, index(ts, "زيارة"))).isFalse();
  }
}
