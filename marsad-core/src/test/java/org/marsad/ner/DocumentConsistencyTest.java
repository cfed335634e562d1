package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link DocumentConsistency}. */
class DocumentConsistencyTest {
  static List<String[]> run(String[][] sentences, String[][] tags) {
    List<String[]> s = List.of(sentences);
    List<String[]> t = new ArrayList<>();
    for (String[] x : tags) {
      t.add(x.clone());
    }
    DocumentConsistency.propagate(s, t);
    return t;
  }

  @Test
  void aNameTaggedOnceIsTaggedEverywhere() {
    List<String[]> t = run(new String[][] {{"قال", "سمير", "الخالدي"}, {"وأضاف", "الخالدي", "أن", "سمير", "الخالدي", "وصل"}},
        new String[][] {{"O", "B-PERS", "I-PERS"}, {"O", "B-PERS", "O", "O", "O", "O"}});
    assertThat(t.get(1)).containsExactly("O", "B-PERS", "O", "B-PERS", "I-PERS", "O");
  }

  @Test
  void aConjunctionOrPrepositionOnTheFirstWordIsAllowed() {
    List<String[]> t = run(new String[][] {{"فاز", "بركات"}, {"وهنأ", "وبركات"}},
        new String[][] {{"O", "B-PERS"}, {"O", "O"}});
    assertThat(t.get(1)).containsExactly("O", "B-PERS");
  }

  @Test
  void shortNamesDoNotSpread() {
    List<String[]> t = run(new String[][] {{"زار", "قم"}, {"قم", "بعمل"}}, new String[][] {{"O", "B-LOC"}, {"O", "O"}});
    assertThat(t.get(1)).containsExactly("O", "O");
  }

  @Test
  void taggedTokensAreNotChanged() {
    List<String[]> t = run(new String[][] {{"نادي", "الزمالك"}, {"الزمالك", "فاز"}},
        new String[][] {{"O", "B-ORG"}, {"B-LOC", "O"}});
    assertThat(t.get(1)).containsExactly("B-LOC", "O");
  }

  @Test
  void conflictingTypesAreLeftAlone() {
    List<String[]> t = run(new String[][] {{"نادي", "الزمالك"}, {"حي", "الزمالك"}, {"في", "الزمالك"}},
        new String[][] {{"O", "B-ORG"}, {"O", "B-LOC"}, {"O", "O"}});
    assertThat(t.get(2)).containsExactly("O", "O");
  }

  @Test
  void aTypeSeenTwiceAsOftenAsAnyOtherWins() {
    List<String[]> t = run(new String[][] {{"زار", "هونج", "كونج"}, {"في", "هونج", "كونج"}, {"مطاعم", "هونج", "كونج"},
        {"الى", "هونج", "كونج"}},
        new String[][] {{"O", "B-LOC", "I-LOC"}, {"O", "B-LOC", "I-LOC"}, {"O", "B-ORG", "I-ORG"}, {"O", "O", "O"}});
    assertThat(t.get(0)).containsExactly("O", "B-LOC", "I-LOC");
    assertThat(t.get(2)).containsExactly("O", "B-LOC", "I-LOC");
    assertThat(t.get(3)).containsExactly("O", "B-LOC", "I-LOC");
  }

  @Test
  void aTypeSeenLessThanTwiceAsOftenDoesNotWin() {
    List<String[]> t = run(new String[][] {{"نادي", "الزمالك"}, {"حي", "الزمالك"}, {"فريق", "الزمالك"}, {"حي", "الزمالك"},
        {"في", "الزمالك"}, {"نادي", "الزمالك"}},
        new String[][] {{"O", "B-ORG"}, {"O", "B-LOC"}, {"O", "B-ORG"}, {"O", "B-LOC"}, {"O", "O"}, {"O", "B-ORG"}});
    assertThat(t.get(1)).containsExactly("O", "B-LOC");
    assertThat(t.get(4)).containsExactly("O", "O");
  }

  @Test
  void theSurnameOfAPersonTaggedInFullIsAPersonAlone() {
    List<String[]> t = run(new String[][] {{"قال", "سمير", "الخالدي"}, {"وأكد", "الخالدي", "أن"}},
        new String[][] {{"O", "B-PERS", "I-PERS"}, {"O", "O", "O"}});
    assertThat(t.get(1)).containsExactly("O", "B-PERS", "O");
  }

  @Test
  void shortSurnamesAndLastWordsOfOtherTypesDoNotSpread() {
    List<String[]> t = run(new String[][] {{"قال", "علي", "حسن"}, {"زار", "بنك", "الدوحة"}, {"حسن", "الدوحة", "مدينة"}},
        new String[][] {{"O", "B-PERS", "I-PERS"}, {"O", "B-ORG", "I-ORG"}, {"O", "O", "O"}});
    assertThat(t.get(2)).containsExactly("O", "O", "O");
  }
}
