package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link DayAsides}. */
class DayAsidesTest {
  private static boolean aside(String sentence, String subjectEnd, String verb) {
    List<Token> ts = tokens(sentence);
    return DayAsides.dayAside(ts, index(ts, subjectEnd) + 1, index(ts, verb));
  }

  @Test
  void aDaySetOffByCommasStandsBetweenSubjectAndVerb() {
    assertThat(aside("أعلن الجيش اليمني، الخميس، سيطرته على مديرية حيس", "اليمني", "سيطرته")).isTrue();
    assertThat(aside("أعلنت الوزارة البريطانية، يوم الاثنين، فرض عقوبات", "البريطانية", "فرض")).isTrue();
    assertThat(aside("وكانت القوات التركية، أمس، قصفت مواقع", "التركية", "قصفت")).isTrue();
  }

  @Test
  void otherWordsOrANewClauseAreNoAside() {
    assertThat(aside("استقبل الرئيس نظيره الفرنسي، الخميس، ووقع الجانبان اتفاقا", "الفرنسي", "ووقع")).isFalse();
    assertThat(aside("أعلن الجيش اليمني، في بيان، سيطرته على مديرية حيس", "اليمني", "سيطرته")).isFalse();
    assertThat(aside("أعلن الجيش اليمني سيطرته على مديرية حيس", "اليمني", "سيطرته")).isFalse();
  }
}
