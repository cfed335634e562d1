package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link TriggerLexicon#feminine}: the feminine past and (session 16) the feminine present. */
class FeminineVerbsTest {
  private static final Set<String> FORMS = Set.of("دعم", "دعمت", "يدعم", "تدعم", "ساند", "يساند", "تساند",
      "تفاوض", "تفاوضت", "يتفاوض", "تتفاوض", "استهدف", "استهدفت");

  @Test
  void theFeminineOfThePastAndThePresent() {
    assertThat(TriggerLexicon.feminine("دعمت", FORMS)).isTrue();
    assertThat(TriggerLexicon.feminine("استهدفت", FORMS)).isTrue();
    assertThat(TriggerLexicon.feminine("تدعم", FORMS)).isTrue();
    assertThat(TriggerLexicon.feminine("تساند", FORMS)).isTrue();
    assertThat(TriggerLexicon.feminine("تتفاوض", FORMS)).isTrue();
  }

  @Test
  void aMasculinePastInTehIsNoFeminine() {
    assertThat(TriggerLexicon.feminine("تفاوض", FORMS)).isFalse();
    assertThat(TriggerLexicon.feminine("يدعم", FORMS)).isFalse();
    assertThat(TriggerLexicon.feminine("دعم", FORMS)).isFalse();
  }
}
