package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link SpanEdges}. */
class SpanEdgesTest {
  private static String[] trim(String[] tokens, String... tags) {
    String[] t = tags.clone();
    SpanEdges.trim(tokens, t);
    return t;
  }

  @Test
  void trailingPunctuationLeavesTheName() {
    assertThat(trim(new String[] {"قال", "محمد", "سعد", "،", "إن"}, "O", "B-PERS", "I-PERS", "I-PERS", "O"))
        .containsExactly("O", "B-PERS", "I-PERS", "O", "O");
    assertThat(trim(new String[] {"سلفان", "شالوم", "-", "."}, "B-PERS", "I-PERS", "I-PERS", "I-PERS"))
        .containsExactly("B-PERS", "I-PERS", "O", "O");
  }

  @Test
  void leadingPunctuationLeavesTheNameAndTheNextTokenBegins() {
    assertThat(trim(new String[] {"(", "الضفة", "الغربية"}, "B-LOC", "I-LOC", "I-LOC"))
        .containsExactly("O", "B-LOC", "I-LOC");
  }

  @Test
  void punctuationInsideANameStays() {
    assertThat(trim(new String[] {"إس", ".", "تي", "قال"}, "B-ORG", "I-ORG", "I-ORG", "O"))
        .containsExactly("B-ORG", "I-ORG", "I-ORG", "O");
  }

  @Test
  void aNameOfPunctuationOnlyDisappears() {
    assertThat(trim(new String[] {"بغداد", "،", "القاهرة"}, "B-LOC", "B-LOC", "B-LOC"))
        .containsExactly("B-LOC", "O", "B-LOC");
  }

  @Test
  void thePrepositionAlaIsNeverAName() {
    assertThat(trim(new String[] {"ورد", "واليه", "على", "الشام"}, "O", "O", "B-PERS", "B-LOC"))
        .containsExactly("O", "O", "O", "B-LOC");
    assertThat(trim(new String[] {"يخيم", "على", "الحياة"}, "O", "B-PERS", "I-PERS"))
        .containsExactly("O", "O", "B-PERS");
    assertThat(trim(new String[] {"قال", "علي", "حسن"}, "O", "B-PERS", "I-PERS"))
        .containsExactly("O", "B-PERS", "I-PERS");
  }

  @Test
  void digitsAndLettersAreNotPunctuation() {
    assertThat(SpanEdges.punctuation("،")).isTrue();
    assertThat(SpanEdges.punctuation("--")).isTrue();
    assertThat(SpanEdges.punctuation("25")).isFalse();
    assertThat(SpanEdges.punctuation("ب")).isFalse();
  }
}
