package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.model.Document;
import org.marsad.model.Event;

/** Session 12: «الذي أفرجت عنه إيران»: the noun before «الذي» is the object, the one named after «عنه» the subject. */
class ResumedObjectTest {
  private static List<String> keys(String text) {
    return Marsad.standard().extract(Document.of("t", text, LocalDate.of(2018, 10, 13), null, null, null)).events()
        .stream().map(ResumedObjectTest::key).toList();
  }

  private static String key(Event e) {
    return e.type() + " " + (e.actor() == null ? null : e.actor().country()) + ">"
        + (e.recipient() == null ? null : e.recipient().country());
  }

  @Test
  void theOneNamedAfterTheResumedPronounActs() {
    assertThat(keys("وصل الطالب الفرنسي الذي أفرجت عنه إيران إلى باريس مساء الجمعة."))
        .containsExactly("RETREAT IRN>FRA");
    assertThat(keys("وعاد الصيادون المصريون الذين أفرجت عنهم ليبيا إلى بلادهم.")).containsExactly("RETREAT LBY>EGY");
  }
}
