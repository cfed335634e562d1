package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link Clitics} (inputs are normalised forms). */
class CliticsTest {
  @Test
  void conjunctionComesOff() {
    assertThat(Clitics.forms("واسامه")).containsExactly("واسامه", "اسامه");
  }

  @Test
  void prepositionComesOffAfterConjunction() {
    assertThat(Clitics.stem("وبغداد")).isEqualTo("غداد");
    assertThat(Clitics.forms("وبغداد")).containsExactly("وبغداد", "بغداد", "غداد");
  }

  @Test
  void lamLamBecomesTheRemainder() {
    assertThat(Clitics.stem("للامم")).isEqualTo("امم");
  }

  @Test
  void articleComesOff() {
    assertThat(Clitics.withoutArticle("العراق")).isEqualTo("عراق");
    assertThat(Clitics.stem("والعراق")).isEqualTo("عراق");
    assertThat(Clitics.prefix("والعراق", "عراق")).isEqualTo("وال");
  }

  @Test
  void shortWordsKeepTheirLetters() {
    assertThat(Clitics.withoutArticle("الي")).isEqualTo("الي");
    assertThat(Clitics.forms("بين")).containsExactly("بين");
  }
}
