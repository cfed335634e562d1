package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link Published}. */
class PublishedTest {
  private static boolean publishes(String sentence, String verb) {
    List<Token> ts = tokens(sentence);
    return Published.publishes(ts, index(ts, verb), ts.size());
  }

  @Test
  void aVideoOrPicturesAfterTheVerbArePublished() {
    assertThat(publishes("نشرت قوات الشرعية، الخميس، مقطع فيديو يظهر الأسلحة", "نشرت")).isTrue();
    assertThat(publishes("ونشرت القوات صورا للألغام", "ونشرت")).isTrue();
    assertThat(publishes("ونشرتها صفحة قوات البحرية على موقعها", "ونشرتها")).isTrue();
  }

  @Test
  void forcesDeployedStayADeployment() {
    assertThat(publishes("ونشرت الشرطة قوات كبيرة حول المحكمة", "ونشرت")).isFalse();
    assertThat(publishes("ونشرت الحكومة قوات إضافية بحسب تقرير للتلفزيون", "ونشرت")).isFalse();
    assertThat(publishes("وأرسلت الحكومة تعزيزات ثم نشرت بيانا", "وأرسلت")).isFalse();
  }
}
