package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link QuotedNames}. */
class QuotedNamesTest {
  static String[] run(String[] sentence, String[] tags) {
    String[] t = tags.clone();
    QuotedNames.retype(List.<String[]>of(sentence), List.<String[]>of(t));
    return t;
  }

  @Test
  void aQuotationAfterAnOrganisationWordIsOneOrganisation() {
    assertThat(run(new String[] {"وكتبت", "صحيفة", "\"", "الشرق", "الأوسط", "\"", "أمس"},
        new String[] {"O", "O", "O", "B-LOC", "I-LOC", "O", "O"}))
        .containsExactly("O", "O", "O", "B-ORG", "I-ORG", "O", "O");
    assertThat(run(new String[] {"أفادت", "وكالة", "«", "يونهاب", "»"}, new String[] {"O", "O", "O", "O", "O"}))
        .containsExactly("O", "O", "O", "B-ORG", "O");
  }

  @Test
  void aQuotationAfterAWorkWordIsOneMiscName() {
    assertThat(run(new String[] {"عرض", "فيلم", "«", "حلم", "»", "وفيلم", "«", "ليل", "طويل", "»"},
        new String[] {"O", "O", "O", "B-PERS", "O", "O", "O", "O", "B-LOC", "O"}))
        .containsExactly("O", "O", "O", "B-MISC", "O", "O", "O", "B-MISC", "I-MISC", "O");
    assertThat(run(new String[] {"رثاها", "بقصيدة", "\"", "بلقيس", "\""}, new String[] {"O", "O", "O", "B-PERS", "O"}))
        .containsExactly("O", "O", "O", "B-MISC", "O");
  }

  @Test
  void otherQuotationsAreLeftAlone() {
    String[] s = {"وقال", "\"", "نحن", "مستعدون", "\"", "لمسلسل", "«", "الليل", "»"};
    String[] t = {"O", "O", "O", "O", "O", "O", "O", "O", "O"};
    assertThat(run(s, t)).containsExactly(t);
  }

  @Test
  void longOrUnclosedQuotationsAreLeftAlone() {
    String[] open = {"صحيفة", "«", "الأيام", "اليوم"};
    assertThat(run(open, new String[] {"O", "O", "B-ORG", "O"})).containsExactly("O", "O", "B-ORG", "O");
    String[] longer = {"شركة", "\"", "أ", "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "\""};
    String[] none = new String[longer.length];
    java.util.Arrays.fill(none, "O");
    assertThat(run(longer, none)).containsExactly(none);
  }

  @Test
  void aNameRunningPastTheClosingMarkRestartsAfterIt() {
    assertThat(run(new String[] {"شركة", "«", "جلف", "»", "فيلم", "دبي"},
        new String[] {"O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"}))
        .containsExactly("O", "O", "B-ORG", "O", "B-ORG", "I-ORG");
  }
}
