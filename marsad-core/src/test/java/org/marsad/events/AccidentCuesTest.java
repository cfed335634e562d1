package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** Session 12 cue phrases: derailments and vehicles off the road are accidents; rules of engagement no clash. */
class AccidentCuesTest {
  private final Cues cues = new Cues();

  private int match(String cls, String text) {
    List<Token> t = tokens(text);
    return cues.matchAt(cls, t, 0, t.size());
  }

  @Test
  void aDerailedTrainIsAnAccident() {
    assertThat(match("nonconflict", "خروج قطار عن مساره")).isEqualTo(2);
    assertThat(match("nonconflict", "عن مسارها وصعدت فوق الرصيف")).isEqualTo(2);
    assertThat(match("nonconflict", "عن سكة الحديد")).isEqualTo(3);
    assertThat(match("nonconflict", "هجوم على قطار ركاب")).isZero();
  }

  @Test
  void rulesOfEngagementAreNoClash() {
    assertThat(match("nonevent", "قواعد الاشتباك في اليمن")).isEqualTo(2);
    assertThat(match("nonevent", "بقواعد الاشتباك")).isEqualTo(2);
    assertThat(match("nonevent", "الاشتباك مع المسلحين")).isZero();
  }
}
