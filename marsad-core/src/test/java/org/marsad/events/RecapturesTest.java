package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link Recaptures}: ground taken by «حرر», «استعاد» and (session 21) «انتزع». */
class RecapturesTest {
  private static boolean takesGround(String sentence, String verb) {
    List<Token> ts = tokens(sentence);
    int i = index(ts, verb);
    return Recaptures.takesGround(ts, i, i + 1, 0, ts.size(), List.of());
  }

  @Test
  void groundWrestedIsTakenOverADayBetweenCommas() {
    assertThat(takesGround("وانتزعت القوات مواقع جديدة في المديرية", "وانتزعت")).isTrue();
    assertThat(takesGround("وانتزعت القوات، الجمعة، مواقع جديدة في المديرية", "وانتزعت")).isTrue();
    assertThat(takesGround("وحررت القوات، الأحد، مدينة جديدة", "وحررت")).isTrue();
  }

  @Test
  void aWinWrestedIsNoGround() {
    assertThat(takesGround("وانتزع الفريق الفوز في الدقيقة الأخيرة", "وانتزع")).isFalse();
    assertThat(takesGround("وانتزع اللاعب تعادلا دراميا", "وانتزع")).isFalse();
  }
}
