package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link FactualityRule#conditionBefore}: «في حال» with «و» or «ف» fused to «في» (session 11, ev11b). */
class FactualityConditionTest {
  @Test
  void aConditionOpenedByAndInIsStillACondition() {
    List<Token> opening = tokens("وفي حال سيطرت القوات على المدينة");
    assertThat(FactualityRule.conditionBefore(opening, 2, 0)).isTrue();
    List<Token> inner = tokens("قال إنه في حالة تعرض البلاد لهجوم");
    assertThat(FactualityRule.conditionBefore(inner, 6, 0)).isTrue();
    List<Token> state = tokens("وفي حالة تأهب قصوى قصفت القوات المدينة");
    assertThat(FactualityRule.conditionBefore(state, 4, 0)).isFalse();
  }
}
