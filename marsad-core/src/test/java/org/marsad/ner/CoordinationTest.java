package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link Coordination}, with the bundled lexicon. */
class CoordinationTest {
  private static String[] split(String[] tokens, String... tags) {
    String[] t = tags.clone();
    Coordination.split(tokens, t, NerResources.features().lexicon());
    return t;
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
