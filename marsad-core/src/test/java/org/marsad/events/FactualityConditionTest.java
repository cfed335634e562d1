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

  @Test
  void anActThatWouldBeSomethingIsNotReported() {
    List<Token> future = tokens("وستمثل السيطرة على المدينة أكبر انتصار");
    assertThat(FactualityRule.futureCopulaBefore(future, 1, 0)).isTrue();
    List<Token> present = tokens("وتمثل السيطرة على المدينة أكبر انتصار");
    assertThat(FactualityRule.futureCopulaBefore(present, 1, 0)).isFalse();
    List<Token> fulfilled = tokens("السيطرة على المدينة في حال تحققت أكبر انتصار");
    assertThat(FactualityRule.conditionFulfilledAfter(fulfilled, 2, fulfilled.size())).isTrue();
    List<Token> state = tokens("السيطرة على المدينة في حالة فوضى");
    assertThat(FactualityRule.conditionFulfilledAfter(state, 2, state.size())).isFalse();
  }
}
