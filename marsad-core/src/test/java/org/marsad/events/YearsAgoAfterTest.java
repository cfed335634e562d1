package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link FactualityRule#yearsAgoAfter}: «قبل» + years after the act (session 16). */
class YearsAgoAfterTest {
  private static boolean ago(String sentence, String trigger) {
    List<Token> ts = tokens(sentence);
    return FactualityRule.yearsAgoAfter(ts, index(ts, trigger), ts.size());
  }

  @Test
  void yearsAfterTheActDateIt() {
    assertThat(ago("قتلت قوات الأمن مئات المتظاهرين في الميدان قبل خمسة أعوام", "قتلت")).isTrue();
    assertThat(ago("طردت منها الأسر عند قيام الدولة قبل نحو 70 عاما", "طردت")).isTrue();
    assertThat(ago("اغتيل الزعيم في العاصمة قبل عامين", "اغتيل")).isTrue();
  }

  @Test
  void daysAClauseOrASpanDoNot() {
    assertThat(ago("اعتقلت الشرطة خمسة مسلحين قبل أيام", "اعتقلت")).isFalse();
    assertThat(ago("قصف الجيش المدينة قبل أن ينسحب", "قصف")).isFalse();
    assertThat(ago("استهدفتها من سوريا منذ بدء النزاع قبل 8 سنوات", "استهدفتها")).isFalse();
  }
}
