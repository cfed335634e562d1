package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link ClauseWords}. */
class ClauseWordsTest {
  private static String[] cut(String[] tokens, String... tags) {
    String[] t = tags.clone();
    ClauseWords.cut(tokens, t);
    return t;
  }

  @Test
  void aClauseWordEndsTheName() {
    assertThat(cut(new String[] {"وقالت", "المنظمة", "إن", "القرار"}, "O", "B-ORG", "I-ORG", "I-ORG"))
        .containsExactly("O", "B-ORG", "O", "O");
    assertThat(cut(new String[] {"وذكرت", "الوكالة", "أن"}, "O", "B-ORG", "I-ORG")).containsExactly("O", "B-ORG", "O");
    assertThat(cut(new String[] {"وقال", "هاشم", "التي"}, "O", "B-PERS", "I-PERS")).containsExactly("O", "B-PERS", "O");
    assertThat(cut(new String[] {"مباراة", "كوستا", "ضد", "بيبي"}, "O", "B-PERS", "I-PERS", "I-PERS"))
        .containsExactly("O", "B-PERS", "O", "B-PERS");
  }

  @Test
  void aClauseWordFirstIsLeftOut() {
    assertThat(cut(new String[] {"وأكد", "أن", "ماهر", "سيعود"}, "O", "B-PERS", "I-PERS", "O"))
        .containsExactly("O", "O", "B-PERS", "O");
    assertThat(cut(new String[] {"عن", "كراوتش"}, "B-PERS", "I-PERS")).containsExactly("O", "B-PERS");
  }

  @Test
  void theLetterNOfAbbreviationsStays() {
    assertThat(cut(new String[] {"قناة", "بي", "إن", "سبورت"}, "O", "B-ORG", "I-ORG", "I-ORG"))
        .containsExactly("O", "B-ORG", "I-ORG", "I-ORG");
    assertThat(cut(new String[] {"شبكة", "إن", "بي", "سي"}, "O", "B-ORG", "I-ORG", "I-ORG"))
        .containsExactly("O", "B-ORG", "I-ORG", "I-ORG");
    assertThat(cut(new String[] {"مجلة", "إيكونوميك", "أن", "بوليتيكال"}, "O", "B-ORG", "I-ORG", "I-ORG"))
        .containsExactly("O", "B-ORG", "I-ORG", "I-ORG");
  }

  @Test
  void miscNamesAndAliStay() {
    assertThat(cut(new String[] {"مسيرة", "من", "أجل", "الحرية"}, "B-MISC", "I-MISC", "I-MISC", "I-MISC"))
        .containsExactly("B-MISC", "I-MISC", "I-MISC", "I-MISC");
    assertThat(cut(new String[] {"حزب", "الاتحاد", "من", "أجل", "الجمهورية"}, "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"))
        .containsExactly("O", "B-ORG", "I-ORG", "I-ORG", "I-ORG");
    assertThat(cut(new String[] {"معاذ", "على", "سعد"}, "B-PERS", "I-PERS", "I-PERS"))
        .containsExactly("B-PERS", "I-PERS", "I-PERS");
  }
}
