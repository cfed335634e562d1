package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link Alarms}. */
class AlarmsTest {
  private static boolean alarm(String sentence, String noun) {
    List<Token> ts = tokens(sentence);
    return Alarms.alarm(ts, index(ts, noun), 0, ts.size());
  }

  @Test
  void sirensAndFalseAlarmsAreNoThreat() {
    assertThat(alarm("دوت صفارات الإنذار في بلدات الجنوب", "الإنذار")).isTrue();
    assertThat(alarm("وقال إن إنذارا خاطئا أدى إلى إطلاق الصواريخ", "إنذارا")).isTrue();
  }

  @Test
  void anUltimatumStaysAThreat() {
    assertThat(alarm("ووجهت الحكومة إنذارا أخيرا إلى المسلحين", "إنذارا")).isFalse();
  }
}
