package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link NameParticles}. */
class NameParticlesTest {
  @Test
  void theLastSyllableOfAKoreanNameIsNoComplementiser() {
    List<Token> ts = NameParticles.read(tokens("استقبل الرئيس مون جيه-إن ضيفه"));
    assertThat(ts.stream().filter(t -> t.text().equals("إن")).findFirst().orElseThrow().norm())
        .isEqualTo(NameParticles.NAME_SYLLABLE);
    List<Token> spaced = NameParticles.read(tokens("التقى الرئيس مون جاي إن ضيفه"));
    assertThat(spaced.stream().filter(t -> t.text().equals("إن")).findFirst().orElseThrow().norm())
        .isEqualTo(NameParticles.NAME_SYLLABLE);
    List<Token> other = NameParticles.read(tokens("وقال الوزير إن الاجتماع كان مثمرا"));
    assertThat(other.stream().filter(t -> t.text().equals("إن")).findFirst().orElseThrow().norm()).isEqualTo("ان");
  }
}
