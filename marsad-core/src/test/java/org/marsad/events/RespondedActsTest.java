package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/**
 * {@link RoleFinder#performs}: «ردّ» with «بـ» on the act responds by doing it, its subject the act's actor, as
 * «قام بـ» (session 20).
 */
class RespondedActsTest {
  private static boolean performs(String sentence, String verb, String act) {
    List<Token> ts = tokens(sentence);
    return RoleFinder.performs(ts, ts.get(index(ts, verb)).norm(), index(ts, act));
  }

  @Test
  void aResponseByAnActIsItsSupportVerb() {
    assertThat(performs("وردت موسكو بطرد ستين دبلوماسيا أميركيا", "وردت", "بطرد")).isTrue();
    assertThat(performs("ردت القوات الحكومية بقصف مواقع المسلحين", "ردت", "بقصف")).isTrue();
    assertThat(performs("وقامت القوات العراقية بقصف مواقع التنظيم", "وقامت", "بقصف")).isTrue();
  }

  @Test
  void aReplyWithoutBaOnTheActIsNone() {
    assertThat(performs("وردت موسكو على العقوبات بإجراءات مماثلة", "وردت", "العقوبات")).isFalse();
    assertThat(performs("وأعلنت موسكو طرد دبلوماسيين", "وأعلنت", "طرد")).isFalse();
  }
}
