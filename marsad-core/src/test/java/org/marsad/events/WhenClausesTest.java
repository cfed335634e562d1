package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;
import org.marsad.numbers.DateResolver;

/** {@link WhenClauses}: a «when» clause after a past date tells background (session 14, ev14b). */
class WhenClausesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2018, 6, 1);

  private static boolean historical(String text, String trigger) {
    List<Token> ts = tokens(text);
    List<DateResolver.DateMention> dates = DateResolver.INSTANCE.findAll(ts, 0, ts.size(), PUBLISHED);
    return WhenClauses.afterPastDate(ts, index(ts, trigger), 0, PUBLISHED, dates);
  }

  @Test
  void aWhenClauseAfterAPastYearIsBackground() {
    assertThat(historical("بدأت الاضطرابات في 2015، حينما قتلت قوات الأمن مئات المحتجين", "قتلت")).isTrue();
    assertThat(historical("كما فعلت في أبريل من العام 2017 عندما شنت هجوما صاروخيا", "هجوما")).isTrue();
  }

  @Test
  void aWhenClauseOfThisYearIsNot() {
    assertThat(historical("بدأت الاضطرابات في مارس الماضي، حينما قتلت قوات الأمن مئات المحتجين", "قتلت")).isFalse();
    assertThat(historical("قتلت قوات الأمن مئات المحتجين عام 2015", "قتلت")).isFalse();
  }
}
