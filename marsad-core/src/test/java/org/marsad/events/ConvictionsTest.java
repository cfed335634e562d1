package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link Convictions} (session 18). */
class ConvictionsTest {
  private static boolean convicted(String sentence, String word) {
    List<Token> ts = tokens(sentence);
    int i = index(ts, word);
    return Convictions.convicted(ts, i, i + 1, 0, ts.size());
  }

  @Test
  void aCourtsVerdictIsNoAccusation() {
    assertThat(convicted("وقضت محكمة في عمان بسجن رجلين بعد إدانتهما بقتل حارس", "إدانتهما")).isTrue();
    assertThat(convicted("وقالت الوزارة إن محكمة الجنايات أدانت 12 شخصا بتهمة التجسس", "أدانت")).isTrue();
    assertThat(convicted("حكم القاضي على الرجل بالسجن بعد إدانته بالتحريض", "إدانته")).isTrue();
  }

  @Test
  void aCondemnationStays() {
    assertThat(convicted("وأدانت منظمة العفو الدولية حكم المحكمة بحق الصحافيين", "وأدانت")).isFalse();
    assertThat(convicted("أدانت الخارجية المصرية الهجوم على الكنيسة بشدة", "أدانت")).isFalse();
    assertThat(convicted("قضت المحكمة بسجنه، وأدانت الحكومة الحكم الصادر أمس", "وأدانت")).isFalse();
  }
}
