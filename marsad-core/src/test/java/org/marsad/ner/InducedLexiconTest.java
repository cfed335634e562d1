package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The induced lexicon: one test per bucket rule, the counting builder, and the features it gives. */
class InducedLexiconTest {
  @Test
  void aLabelOfNinetyPercentOrMoreIsTheHighBucket() {
    assertThat(InducedLexicon.buckets(10, new String[] {"B-PERS:9"})).containsExactly("B-PERS/9", "N/9");
  }

  @Test
  void aLabelOfHalfOrMoreIsTheMiddleBucket() {
    assertThat(InducedLexicon.buckets(10, new String[] {"B-LOC:6"})).containsExactly("B-LOC/5", "N/5");
  }

  @Test
  void aLabelOfFifteenPercentOrMoreIsTheLowBucketAndTheNameShareAddsUp() {
    assertThat(InducedLexicon.buckets(20, new String[] {"B-ORG:3", "I-ORG:8"}))
        .containsExactly("B-ORG/1", "I-ORG/1", "N/5");
  }

  @Test
  void rareLabelsGiveNothingButTheirShareOfNames() {
    assertThat(InducedLexicon.buckets(10, new String[] {"B-LOC:1", "B-ORG:1"})).containsExactly("N/1");
  }

  @Test
  void aWordMostlyOutsideNamesIsO() {
    assertThat(InducedLexicon.buckets(100, new String[] {"B-LOC:2"})).containsExactly("O");
    assertThat(InducedLexicon.buckets(3, new String[0])).containsExactly("O");
  }

  @Test
  void wordsAndStemsAreSeparateRowsAndUnknownEntriesGiveNothing() {
    InducedLexicon lx = InducedLexicon.parse(List.of("# comment", "w\tدمشق\t4\tB-LOC:4", "s\tدمشق\t5\tB-LOC:4",
        "w\tقال\t7\t"));
    List<String> f = new ArrayList<>();
    lx.addWordFeatures(f, "d=", "دمشق");
    lx.addStemFeatures(f, "ds=", "دمشق");
    lx.addWordFeatures(f, "d+1=", "قال");
    lx.addWordFeatures(f, "d=", "الموصل");
    lx.addStemFeatures(f, "ds=", "قال");
    assertThat(f).containsExactly("d=B-LOC/9", "d=N/9", "ds=B-LOC/5", "ds=N/5", "d+1=O");
    assertThat(lx.words()).isEqualTo(2);
    assertThat(lx.stems()).isEqualTo(1);
  }

  @Test
  void aLineWithoutCountIsRefused() {
    assertThatThrownBy(() -> InducedLexicon.parse(List.of("w\tدمشق"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBuilderCountsNormalisedWordsAndStemsAndDropsRareOnesAndPunctuation() throws Exception {
    InducedLexiconBuilder b = new InducedLexiconBuilder(null, 2);
    for (int k = 0; k < 2; k++) {
      b.add(new String[] {"زار", "الرئيس", "دمشق", "."}, new String[] {"O", "O", "B-LOC", "O"});
    }
    b.add(new String[] {"ودمشق", "مدينة"}, new String[] {"B-LOC", "O"});
    StringWriter out = new StringWriter();
    int n = b.write(out, "test table");
    List<String> lines = Arrays.asList(out.toString().split("\n"));
    assertThat(lines.get(0)).isEqualTo("# test table");
    assertThat(lines).contains("w\tدمشق\t2\tB-LOC:2", "w\tالرييس\t2\t", "s\tدمشق\t3\tB-LOC:3", "s\tرييس\t2\t")
        .noneMatch(l -> l.contains("ودمشق") || l.contains("مدينه") || l.contains("\t.\t"));
    assertThat(n).isEqualTo(lines.size() - 1);
    assertThat(b.tokens()).isEqualTo(8);
  }

  @Test
  void featuresOfTheWordItsStemAndItsNeighbours() {
    InducedLexicon lx = InducedLexicon.parse(List.of("w\tدمشق\t4\tB-LOC:4", "s\tدمشق\t4\tB-LOC:4",
        "w\tزار\t9\t"));
    ArabicNerFeatures f = new ArabicNerFeatures(Lexicon.builder().build(), null, null, lx);
    String[][] x = f.extract(new String[] {"زار", "ودمشق"});
    // «ودمشق» as a whole word is not in the table: no d= for it and no d+1= for «زار»; its stem is
    assertThat(x[0]).contains("d=O").noneMatch(s -> s.startsWith("d+1=") || s.startsWith("ds="));
    assertThat(x[1]).contains("ds=B-LOC/9", "ds=N/9", "d-1=O").noneMatch(s -> s.startsWith("d="));
    String[][] y = f.extract(new String[] {"زار", "دمشق"});
    assertThat(y[0]).contains("d=O", "d+1=B-LOC/9", "d+1=N/9");
    assertThat(y[1]).contains("d=B-LOC/9", "d=N/9", "ds=B-LOC/9", "d-1=O");
  }
}
