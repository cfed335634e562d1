package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Parts#inSet}: a word set matches a word with or without its conjunction, and words that begin with «و/ف». */
class PartsInSetTest {
  private static final Set<String> WORDS = Set.of("وزير", "قال", "فيضانات");

  @Test
  void aConjunctionIsStripped() {
    assertThat(Parts.inSet(WORDS, "وقال")).isTrue();
    assertThat(Parts.inSet(WORDS, "فقال")).isTrue();
  }

  @Test
  void aWordThatBeginsWithTheLetterMatchesWhole() {
    assertThat(Parts.inSet(WORDS, "وزير")).isTrue();
    assertThat(Parts.inSet(WORDS, "فيضانات")).isTrue();
    assertThat(Parts.stripConj("وزير")).isEqualTo("زير");
  }

  @Test
  void otherWordsDoNotMatch() {
    assertThat(Parts.inSet(WORDS, "زير")).isFalse();
    assertThat(Parts.inSet(WORDS, "وزارة")).isFalse();
  }
}
