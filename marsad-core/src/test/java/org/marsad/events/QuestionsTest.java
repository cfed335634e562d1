package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link Questions}: a short question without a question word asks whether its act happens (session 14, ev14b). */
class QuestionsTest {
  @Test
  void aBareQuestionAsks() {
    List<Token> ts = tokens("اتفاق سلام بين إثيوبيا وإريتريا؟");
    assertThat(Questions.bareQuestion(ts, 0, ts.size())).isTrue();
  }

  @Test
  void aQuestionWordPresupposesTheAct() {
    List<Token> ts = tokens("لماذا يتظاهر العراقيون في البصرة؟");
    assertThat(Questions.bareQuestion(ts, 0, ts.size())).isFalse();
  }

  @Test
  void aStatementOrALongSentenceIsNoBareQuestion() {
    List<Token> told = tokens("وقعت إثيوبيا وإريتريا اتفاق سلام.");
    assertThat(Questions.bareQuestion(told, 0, told.size())).isFalse();
    List<Token> longer = tokens("وقال المحلل إن الاتفاق بين البلدين قد يغير المنطقة كلها فهل يصمد أمام الضغوط؟");
    assertThat(Questions.bareQuestion(longer, 0, longer.size())).isFalse();
  }
}
