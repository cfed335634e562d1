package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.model.Document;
import org.marsad.model.Event;

/** Session 12: a force after «لـ» right after what it holds («مواقع لحركة حماس») is no attacker. */
class HeldTargetsTest {
  private static List<String> sides(String text) {
    return Marsad.standard().extract(Document.of("t", text, LocalDate.of(2018, 3, 15), null, null, null)).events()
        .stream().map(e -> (e.actor() == null ? null : e.actor().country()) + ">"
            + (e.recipient() == null ? null : e.recipient().country())).toList();
  }

  @Test
  void theOwnerOfWhatWasHitIsTheTarget() {
    assertThat(sides("وأشار البيان إلى أن المدفعية ردت بقصف مواقع لحركة الجهاد الإسلامي في بيت حانون.")).containsExactly("null>PSE");
  }

  @Test
  void aForceRightAfterTheAttackNounStillStrikes() {
    assertThat(sides("قتل خمسة مدنيين في غارات للتحالف على صعدة.")).containsExactly("SAU>YEM");
  }
}
