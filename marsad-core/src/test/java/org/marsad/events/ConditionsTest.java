package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link Conditions}: acts inside a condition further from its particle (session 14, ev14b). */
class ConditionsTest {
  @Test
  void anActInsideAConditionIsHypothetical() {
    List<Token> ts = tokens("إن الجيش مستعد إذا أقدم الحوثيون على مهاجمة السفن");
    assertThat(Conditions.inside(ts, index(ts, "مهاجمة"), 0)).isTrue();
    List<Token> unless = tokens("ستتقدم القوات إن لم ترغب واشنطن في وقوع اشتباك");
    assertThat(Conditions.inside(unless, index(unless, "اشتباك"), 0)).isTrue();
    List<Token> would = tokens("ولو استطاع المتهم لكان الهجوم على رئيسة الوزراء");
    assertThat(Conditions.inside(would, index(would, "الهجوم"), 0)).isTrue();
  }

  @Test
  void whetherIsNoCondition() {
    List<Token> ts = tokens("ويجري المحقق تحقيقا فيما إذا كانت الحملة تواطأت وهو اتهام ينفيه الرئيس");
    assertThat(Conditions.inside(ts, index(ts, "ينفيه"), 0)).isFalse();
  }

  @Test
  void aRelativeClauseAfterTheConditionIsOutsideIt() {
    List<Token> ts = tokens("ما لم تفرج عن القس الذي تحتجزه");
    assertThat(Conditions.inside(ts, index(ts, "تحتجزه"), 0)).isFalse();
  }
}
