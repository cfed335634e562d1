package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.model.Document;
import org.marsad.model.Event;

/** Session 21: the killed counted after «راح ضحيته» and «أودى بحياة» ({@code CasualtyCounter.tookLives}). */
class TookLivesTest {
  /** The numbers (kind → value) of the text's first ASSAULT. */
  private static Map<String, Long> numbers(String text) {
    Event e = Marsad.standard().extract(Document.of("t", text, LocalDate.of(2024, 3, 10), null, null, null))
        .events().stream().filter(x -> x.type().equals("ASSAULT")).findFirst().orElseThrow();
    Map<String, Long> out = new TreeMap<>();
    e.numbers().forEach((k, v) -> out.put(k, v.value()));
    return out;
  }

  @Test
  void theCountAfterThePhraseIsTheKilled() {
    assertThat(numbers("وأعلنت الشرطة أن هجوما انتحاريا على سوق في المدينة أودى بحياة 12 شخصا الجمعة."))
        .containsEntry("killed", 12L);
    assertThat(numbers("وتبنى التنظيم الهجوم على مبنى حكومي في المدينة وراح ضحيته 9 أشخاص."))
        .containsEntry("killed", 9L);
  }

  @Test
  void aDualRightAfterItAndNotTheInjuredAfterAnotherCasualtyWord() {
    assertThat(numbers("أعلن التنظيم مسؤوليته عن هجوم الطعن في المدينة والذي راح ضحيته شخصين وإصابة خمسة أشخاص."))
        .containsEntry("killed", 2L).containsEntry("injured", 5L);
  }
}
