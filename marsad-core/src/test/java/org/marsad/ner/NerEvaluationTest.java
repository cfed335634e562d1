package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerEvaluationTest {
  @Test
  void countsExactSpansPerType() {
    NerEvaluation ev = new NerEvaluation();
    // gold: PERS [1,3), LOC [4,5); predicted: PERS [1,2) (wrong end), LOC [4,5) (right), ORG [0,1) (spurious)
    ev.add(List.of("O", "B-PERS", "I-PERS", "O", "B-LOC"), List.of("B-ORG", "B-PERS", "O", "O", "B-LOC"));
    assertThat(ev.byType().get("LOC")).isEqualTo(new NerEvaluation.Counts(1, 0, 0));
    assertThat(ev.byType().get("PERS")).isEqualTo(new NerEvaluation.Counts(0, 1, 1));
    assertThat(ev.byType().get("ORG")).isEqualTo(new NerEvaluation.Counts(0, 1, 0));
    assertThat(ev.overall()).isEqualTo(new NerEvaluation.Counts(1, 2, 1));
    assertThat(ev.report()).contains("ner_f1: 0.400 precision: 0.333 recall: 0.500");
  }

  @Test
  void insideAfterOutsideStartsAnEntityLikeScorePy() {
    NerEvaluation ev = new NerEvaluation();
    ev.add(List.of("I-LOC", "I-LOC", "O"), List.of("B-LOC", "I-LOC", "O"));
    assertThat(ev.overall()).isEqualTo(new NerEvaluation.Counts(1, 0, 0));
  }

  @Test
  void typeChangeInsideStartsANewEntity() {
    assertThat(NerEvaluation.entitySpans(List.of("B-ORG", "I-LOC", "I-LOC")))
        .extracting(s -> String.join(",", s)).containsExactly("0,1,ORG", "1,3,LOC");
  }

  @Test
  void conllReadsOptionalTagsAndSentenceBreaks() throws Exception {
    List<TaggedSentence> s = Conll.read(new BufferedReader(new StringReader("قال\nعباس B-PERS\n\n\nفي O\nغزة B-LOC\n")));
    assertThat(s).hasSize(2);
    assertThat(s.get(0).tags()).containsExactly("O", "B-PERS");
    assertThat(s.get(1).tokens()).containsExactly("في", "غزة");
    StringWriter w = new StringWriter();
    Conll.write(w, s.get(1).tokens(), s.get(1).tags());
    assertThat(w.toString()).isEqualTo("في O\nغزة B-LOC\n\n");
  }

  @Test
  void conllRejectsABadTagWithItsLine() {
    assertThatThrownBy(() -> Conll.read(new BufferedReader(new StringReader("قال O\nعباس PERSON\n"))))
        .isInstanceOf(Conll.FormatException.class).hasMessage("line 2: 'PERSON' is not a BIO tag (O, B-TYPE or I-TYPE)");
  }
}
