package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link KnownNames}. */
class KnownNamesTest {
  private static String[] tag(String[] tokens, String... tags) {
    String[] t = tags.clone();
    KnownNames.tag(tokens, t);
    return t;
  }

  @Test
  void untaggedListedNamesGetTheirType() {
    assertThat(tag(new String[] {"قال", "متحدث", "باسم", "الكرملين", "إن"}, "O", "O", "O", "O", "O"))
        .containsExactly("O", "O", "O", "B-ORG", "O");
    assertThat(tag(new String[] {"بعد", "الحرب", "العالمية", "الثانية", "."}, "O", "O", "O", "O", "O"))
        .containsExactly("O", "B-MISC", "I-MISC", "I-MISC", "O");
    assertThat(tag(new String[] {"مليون", "دولار", "أمريكي"}, "O", "O", "O")).containsExactly("O", "B-MISC", "O");
  }

  @Test
  void theFirstWordMayCarryProcliticsAndTheArticleCounts() {
    assertThat(tag(new String[] {"وبالدولار", "اليوم"}, "O", "O")).containsExactly("B-MISC", "O");
    assertThat(tag(new String[] {"مستشار", "للكرملين"}, "O", "O")).containsExactly("O", "B-ORG");
    assertThat(tag(new String[] {"الحرب", "العالمية"}, "O", "O")).containsExactly("O", "O");
  }

  @Test
  void taggedNamesAreLeftAlone() {
    assertThat(tag(new String[] {"الحرب", "العالمية", "الثانية"}, "B-MISC", "I-MISC", "O"))
        .containsExactly("B-MISC", "I-MISC", "O");
    assertThat(tag(new String[] {"الكرملين", "الجديد"}, "O", "I-LOC")).containsExactly("O", "I-LOC");
  }
}
