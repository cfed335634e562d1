package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link ClubNames}. */
class ClubNamesTest {
  static List<String[]> run(String[][] sentences, String[][] tags) {
    List<String[]> t = new ArrayList<>();
    for (String[] x : tags) {
      t.add(x.clone());
    }
    ClubNames.retype(List.of(sentences), t, NerResources.features().lexicon());
    return t;
  }

  @Test
  void aPlaceFollowedByAMasculineNisbaIsAClub() {
    List<String[]> t = run(new String[][] {{"فاز", "ليون", "الفرنسي", "على", "ضيفه"}},
        new String[][] {{"O", "B-LOC", "O", "O", "O"}});
    assertThat(t.get(0)).containsExactly("O", "B-ORG", "O", "O", "O");
  }

  @Test
  void aPlaceFollowedByAFeminineNisbaStaysAPlace() {
    List<String[]> t = run(new String[][] {{"وصل", "إلى", "ليون", "الفرنسية", "أمس"}},
        new String[][] {{"O", "O", "B-LOC", "O", "O"}});
    assertThat(t.get(0)).containsExactly("O", "O", "B-LOC", "O", "O");
  }

  @Test
  void aPlaceAfterTeamOrClubIsAClub() {
    List<String[]> t = run(new String[][] {{"فاز", "فريق", "الوكرة", "أمس"}, {"لاعب", "النادي", "الأهلي"}},
        new String[][] {{"O", "O", "B-LOC", "O"}, {"O", "O", "B-LOC"}});
    assertThat(t.get(0)).containsExactly("O", "O", "B-ORG", "O");
    assertThat(t.get(1)).containsExactly("O", "O", "B-ORG");
  }

  @Test
  void otherMentionsOfAClubInTheDocumentFollow() {
    List<String[]> t = run(new String[][] {{"هزم", "هامبورغ", "الالماني", "ضيفه"}, {"وكان", "وهامبورغ", "قد", "خسر"},
        {"وفي", "باريس", "أمطار"}},
        new String[][] {{"O", "B-LOC", "O", "O"}, {"O", "B-LOC", "O", "O"}, {"O", "B-LOC", "O"}});
    assertThat(t.get(1)).containsExactly("O", "B-ORG", "O", "O");
    assertThat(t.get(2)).containsExactly("O", "B-LOC", "O");
  }

  @Test
  void otherTypesAreNotRetyped() {
    List<String[]> t = run(new String[][] {{"قال", "فريق", "محمد", "الفرنسي"}},
        new String[][] {{"O", "O", "B-PERS", "O"}});
    assertThat(t.get(0)).containsExactly("O", "O", "B-PERS", "O");
  }
}
