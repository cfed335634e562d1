package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.model.Document;
import org.marsad.model.Event;

/** Session 12: aircraft before the force that struck, after a relative support verb («شنتها») or an attack verb. */
class RelativeCraftTest {
  private static List<Event> events(String text) {
    return Marsad.standard().extract(Document.of("t", text, LocalDate.of(2018, 5, 1), null, null, null)).events();
  }

  @Test
  void theForceAfterTheAircraftStruck() {
    List<Event> es = events("قتل عشرون مسلحا في غارات شنتها مقاتلات التحالف العربي على مواقعهم في صعدة.");
    assertThat(es).extracting(e -> e.actor() == null ? null : e.actor().country()).containsExactly("SAU");
    List<Event> nisba = events("وأصيب سبعة مسلحين في غارات نفذتها طائرات روسية على مواقعهم في إدلب.");
    assertThat(nisba).extracting(e -> e.actor() == null ? null : e.actor().country()).containsExactly("RUS");
  }

  @Test
  void aircraftRightAfterTheVerbAreItsSubject() {
    List<Event> es = events("قصفت طائرة إسرائيلية سيارة في رفح جنوب القطاع.");
    assertThat(es).extracting(e -> e.actor() == null ? null : e.actor().country()).containsExactly("ISR");
    List<Event> jets = events("استهدفت مقاتلات الجيش الإسرائيلي مستودعا للذخيرة قرب مطار دمشق.");
    assertThat(jets).extracting(e -> e.actor() == null ? null : e.actor().country()).containsExactly("ISR");
  }

  @Test
  void aircraftAfterLamRightAfterTheNounStruck() {
    List<Event> es = events("لقي عشرون مقاتلا حوثيا حتفهم في غارات لطائرات التحالف العربي على جبهة صرواح.");
    assertThat(es).extracting(e -> e.actor() == null ? null : e.actor().country()).containsExactly("SAU");
  }

  @Test
  void aircraftBelongingToAForceAfterTheVerb() {
    List<Event> es = events("وقصفت زوارق تابعة للتحالف العربي تجمعات للمتمردين قرب ميناء المخا.");
    assertThat(es).extracting(e -> e.actor() == null ? null : e.actor().country()).containsExactly("SAU");
  }
}
