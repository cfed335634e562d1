package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Factuality;

/** Session 12: an explicit earlier date further after a material act dates it; a superlative «منذ» does not. */
class MaterialDateReachTest {
  private static List<Factuality> facts(String text, LocalDate published) {
    return Marsad.standard().extract(Document.of("t", text, published, null, null, null)).events().stream()
        .map(Event::factuality).toList();
  }

  @Test
  void anEarlierDateAfterTheObjectAndPlaceDatesTheAct() {
    assertThat(facts("واختطف مسلحون حوثيون المعلم من منزله في مدينة إب في مارس من العام 2016.",
        LocalDate.of(2018, 4, 3))).containsExactly(Factuality.HISTORICAL);
  }

  @Test
  void aDateAfterASuperlativeSinceIsNoDateOfTheAct() {
    assertThat(facts("وشنت الطائرات الإسرائيلية غارات على مواقع في خان يونس ردا على أعنف رشقة صاروخية منذ حرب عام 2014.",
        LocalDate.of(2018, 5, 29))).containsExactly(Factuality.ASSERTED);
  }
}
