package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link Citations}. */
class CitationsTest {
  private static boolean cites(String sentence, String verb) {
    List<Token> ts = tokens(sentence);
    return Citations.cites(ts, index(ts, verb), ts.size());
  }

  @Test
  void citingAnArticleOrReportsKillsNobody() {
    assertThat(cites("واستشهد الوزير بمقال نشرته صحيفة أمريكية", "واستشهد")).isTrue();
    assertThat(cites("واستشهد بتقارير غير مؤكدة عن هجمات", "واستشهد")).isTrue();
  }

  @Test
  void martyrsKilledByFireStay() {
    assertThat(cites("واستشهد شاب برصاص الجيش قرب الحدود", "واستشهد")).isFalse();
    assertThat(cites("استشهد ثلاثة مدنيين بقصف على البلدة", "استشهد")).isFalse();
  }
}
