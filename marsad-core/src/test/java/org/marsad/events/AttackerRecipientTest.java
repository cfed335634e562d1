package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.marsad.Marsad;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.junit.jupiter.api.Test;

/**
 * The article's main attacker as the recipient of a statement whose act names no actor
 * ({@link StatementObjects#objectRecipient}, session 16): a call for a boycott is not aimed at the attacker.
 */
class AttackerRecipientTest {
  private static final String STORY = "قصف الجيش السوري مدينة إدلب أمس.\n"
      + "ودعت أحزاب المعارضة إلى مقاطعة الانتخابات.\n"
      + "ودعت فرنسا إلى وقف القصف.";

  @Test
  void aCallForABoycottIsNotAimedAtTheAttackerButACallToStopTheShellingIs() {
    Document d = Marsad.standard().extract(Document.of("t", STORY, LocalDate.of(2024, 3, 10), null, null, null));
    Event boycott = find(d, "أحزاب المعارضة");
    assertThat(boycott.type()).isEqualTo("REQUEST");
    assertThat(boycott.recipient()).isNull();
    Event stop = find(d, "فرنسا");
    assertThat(stop.type()).isEqualTo("REQUEST");
    assertThat(stop.recipient()).isNotNull();
    assertThat(stop.recipient().country()).isEqualTo("SYR");
  }

  private static Event find(Document d, String actorText) {
    return d.events().stream().filter(e -> e.actor() != null && e.actor().text().equals(actorText))
        .findFirst().orElseThrow(() -> new AssertionError("no event by " + actorText + " in " + d.events()));
  }
}
