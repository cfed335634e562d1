package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link FactualityRule#thenInClause} and {@link FactualityRule#hadBefore} (session 12, ev12a). */
class FactualityThenTest {
  @Test
  void thenInTheClauseTellsThePast() {
    List<Token> then = tokens("وذكر المرصد آنذاك أن القوات قصفت البلدة");
    assertThat(FactualityRule.thenInClause(then, 0, then.size())).isTrue();
    List<Token> time = tokens("الأزمة التي ضربت البلاد في ذلك الوقت");
    assertThat(FactualityRule.thenInClause(time, 0, time.size())).isTrue();
    List<Token> now = tokens("قصفت القوات البلدة في الوقت نفسه");
    assertThat(FactualityRule.thenInClause(now, 0, now.size())).isFalse();
  }

  @Test
  void hadDoneBeforeTheActTellsThePast() {
    List<Token> had = tokens("وسبق أن اعترضت سفنا أخرى");
    assertThat(FactualityRule.hadBefore(had, 0, 3)).isTrue();
    List<Token> hadTo = tokens("وسبق للجيش أن قصف المدينة");
    assertThat(FactualityRule.hadBefore(hadTo, 0, 4)).isTrue();
    List<Token> after = tokens("وتفرض إسرائيل حصارا وسبق أن منعت");
    assertThat(FactualityRule.hadBefore(after, 0, 0)).isFalse();
  }
}
