package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link Coordination}, with the bundled lexicon. */
class CoordinationTest {
  private static String[] split(String[] tokens, String... tags) {
    String[] t = tags.clone();
    Coordination.split(tokens, t, NerResources.features().lexicon());
    return t;
  }

  /** Runs the document-level rule over {@code sentences} (tokens and tags as pairs) and returns the tags. */
  private static List<String[]> splitDocument(String[][]... sentences) {
    List<String[]> tokens = new ArrayList<>();
    List<String[]> tags = new ArrayList<>();
    for (String[][] s : sentences) {
      tokens.add(s[0]);
      tags.add(s[1].clone());
    }
    Coordination.split(tokens, tags, NerResources.features().lexicon());
    return tags;
  }

  private static String[][] sentence(String tokens, String tags) {
    return new String[][] {tokens.split(" "), tags.split(" ")};
  }

  @Test
  void aSurnameBeginningWithWawStaysWhenTheDocumentShowsItAlone() {
    List<String[]> t = splitDocument(
        sentence("قال المنتج هارفي واينستين إنه بريء", "O O B-PERS I-PERS O O"),
        sentence("ونفى واينستين كل التهم", "O B-PERS O O"));
    assertThat(t.get(0)).containsExactly("O", "O", "B-PERS", "I-PERS", "O", "O");
  }

  @Test
  void aSurnameBeginningWithWawJoinsTheNameBeforeIt() {
    List<String[]> t = splitDocument(
        sentence("فازت سيرينا وليامز باللقب", "O B-PERS B-PERS O"),
        sentence("وقالت وليامز إنها سعيدة", "O B-PERS O O"));
    assertThat(t.get(0)).containsExactly("O", "B-PERS", "I-PERS", "O");
  }

  @Test
  void aSecondPersonNamedAloneInTheDocumentIsStillSplit() {
    List<String[]> t = splitDocument(
        sentence("محادثات شافيز ولوكاشنكو ستتناول النفط", "O B-PERS I-PERS O O"),
        sentence("ووصل ولوكاشنكو أمس", "O B-PERS O"),
        sentence("وقال لوكاشنكو إن المحادثات مثمرة", "O B-PERS O O O"));
    assertThat(t.get(0)).containsExactly("O", "B-PERS", "B-PERS", "O", "O");
  }

  @Test
  void aWawWordFollowedByMoreOfItsNameOrAKnownNameIsNotJoined() {
    List<String[]> t = splitDocument(
        sentence("سجل إيتو وديدييه دروغبا هدفين", "O B-PERS B-PERS I-PERS O"),
        sentence("ولعب وديدييه جيدا", "O B-PERS O"),
        sentence("التقى علي ومحمد أمس", "O B-PERS B-PERS O"),
        sentence("وغادر ومحمد مبكرا", "O B-PERS O"));
    assertThat(t.get(0)).containsExactly("O", "B-PERS", "B-PERS", "I-PERS", "O");
    assertThat(t.get(2)).containsExactly("O", "B-PERS", "B-PERS", "O");
  }

  @Test
  void aKnownNameAfterWawStartsANewName() {
    assertThat(split(new String[] {"زار", "سوريا", "وفرنسا", "أمس"}, "O", "B-LOC", "I-LOC", "O"))
        .containsExactly("O", "B-LOC", "B-LOC", "O");
    assertThat(split(new String[] {"التقى", "عمر", "كوناري", "ومحمد", "الخالدي"}, "O", "B-PERS", "I-PERS", "I-PERS",
        "I-PERS")).containsExactly("O", "B-PERS", "I-PERS", "B-PERS", "I-PERS");
  }

  @Test
  void aKindOfOrganisationAfterWawStartsANewOrganisation() {
    assertThat(split(new String[] {"المنظمة", "الدولية", "والاتحاد", "الافريقي"}, "B-ORG", "I-ORG", "I-ORG", "I-ORG"))
        .containsExactly("B-ORG", "I-ORG", "B-ORG", "I-ORG");
  }

  @Test
  void wawAsALetterOfAnUnknownWordStays() {
    assertThat(split(new String[] {"سعد", "بن", "أبي", "وقاص"}, "B-PERS", "I-PERS", "I-PERS", "I-PERS"))
        .containsExactly("B-PERS", "I-PERS", "I-PERS", "I-PERS");
    assertThat(split(new String[] {"المجلس", "الاقتصادي", "والاجتماعي"}, "B-ORG", "I-ORG", "I-ORG"))
        .containsExactly("B-ORG", "I-ORG", "I-ORG");
  }

  @Test
  void theFirstTokenAndShortWordsAreNotSplit() {
    assertThat(split(new String[] {"ومحمد", "علي"}, "B-PERS", "I-PERS")).containsExactly("B-PERS", "I-PERS");
    assertThat(split(new String[] {"محمد", "ولد", "عبد"}, "B-PERS", "I-PERS", "I-PERS"))
        .containsExactly("B-PERS", "I-PERS", "I-PERS");
  }

  @Test
  void insideAPersonAnyWawWordEndsTheName() {
    assertThat(split(new String[] {"محادثات", "شافيز", "ولوكاشنكو", "ستتناول"}, "O", "B-PERS", "I-PERS", "I-PERS"))
        .containsExactly("O", "B-PERS", "B-PERS", "I-PERS");
    assertThat(split(new String[] {"الإمام", "علي", "ورجاله", "أن"}, "O", "B-PERS", "I-PERS", "O"))
        .containsExactly("O", "B-PERS", "B-PERS", "O");
  }

  @Test
  void insideAPersonWawAndADefiniteWordIsNotPartOfAName() {
    assertThat(split(new String[] {"رونالدينيو", "والأرجنتيني", "ميسي", "أضاعا"}, "B-PERS", "I-PERS", "I-PERS", "O"))
        .containsExactly("B-PERS", "O", "B-PERS", "O");
  }

  @Test
  void insideAPersonWawAfterANameParticleStays() {
    assertThat(split(new String[] {"حمد", "بن", "وهيب"}, "B-PERS", "I-PERS", "I-PERS"))
        .containsExactly("B-PERS", "I-PERS", "I-PERS");
  }

  @Test
  void insideOtherNamesUnknownWawWordsStay() {
    assertThat(split(new String[] {"مجلس", "التعاون", "والتنمية"}, "B-ORG", "I-ORG", "I-ORG"))
        .containsExactly("B-ORG", "I-ORG", "I-ORG");
  }
}
