package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.text.Tokenizer;

/** One test per rule of {@link CommonWords}, with a small word set of its own. */
class CommonWordsTest {
  private static final Set<String> COMMON = Set.of("أفضل", "يلتقي", "بأن", "مجددا", "البيان", "بين", "يناير", "الثاني",
      "أمام", "مايو", "المعروف", "بيان", "عشر");

  private static String[] apply(String[] tokens, String... tags) {
    String[] t = tags.clone();
    CommonWords.apply(tokens, t, COMMON);
    return t;
  }

  @Test
  void aNameOfOneCommonWordIsNoName() {
    assertThat(apply(new String[] {"جائزة", "أفضل", "لاعب"}, "O", "B-PERS", "O")).containsExactly("O", "O", "O");
    assertThat(apply(new String[] {"أن", "يلتقي", "الوزير"}, "O", "B-PERS", "O")).containsExactly("O", "O", "O");
    assertThat(apply(new String[] {"في", "البيان"}, "O", "B-MISC")).containsExactly("O", "O");
  }

  @Test
  void aQuotedNameOrAnOrganisationStays() {
    assertThat(apply(new String[] {"فيلم", "\"", "أفضل", "\""}, "O", "O", "B-MISC", "O"))
        .containsExactly("O", "O", "B-MISC", "O");
    assertThat(apply(new String[] {"وقال", "البيان"}, "O", "B-ORG")).containsExactly("O", "B-ORG");
  }

  @Test
  void commonWordsAtAPersonsEdgesAreLeftOut() {
    assertThat(apply(new String[] {"وأكد", "بأن", "محمد", "صلاح", "سيلعب"}, "O", "B-PERS", "I-PERS", "I-PERS", "O"))
        .containsExactly("O", "O", "B-PERS", "I-PERS", "O");
    assertThat(apply(new String[] {"وسجل", "رونالدو", "مجددا"}, "O", "B-PERS", "I-PERS"))
        .containsExactly("O", "B-PERS", "O");
    assertThat(apply(new String[] {"بين", "الشريف", "2016"}, "B-PERS", "I-PERS", "O")).containsExactly("O", "B-PERS", "O");
    assertThat(apply(new String[] {"مثل", "أمام", "القاضي"}, "O", "B-PERS", "O")).containsExactly("O", "O", "O");
  }

  @Test
  void ordinalsShortWordsAndOtherTypesStay() {
    assertThat(apply(new String[] {"الملك", "عبدالله", "الثاني"}, "O", "B-PERS", "I-PERS"))
        .containsExactly("O", "B-PERS", "I-PERS");
    assertThat(apply(new String[] {"شركة", "بين", "الشرق"}, "O", "B-LOC", "I-LOC"))
        .containsExactly("O", "B-LOC", "I-LOC");
  }

  @Test
  void monthsAndTheWordAfterAParticleStayAndNoShortRestIsLeft() {
    assertThat(apply(new String[] {"ويرفض", "دي", "مايو"}, "O", "B-PERS", "I-PERS"))
        .containsExactly("O", "B-PERS", "I-PERS");
    assertThat(apply(new String[] {"وقال", "كمال", "عبد", "المعروف"}, "O", "B-PERS", "I-PERS", "I-PERS"))
        .containsExactly("O", "B-PERS", "I-PERS", "I-PERS");
    assertThat(apply(new String[] {"البابا", "بنديكت", "السادس", "عشر"}, "O", "B-PERS", "I-PERS", "I-PERS"))
        .containsExactly("O", "B-PERS", "I-PERS", "I-PERS");
    assertThat(apply(new String[] {"الاتحاد", "في", "بيان"}, "O", "B-PERS", "I-PERS")).containsExactly("O", "O", "O");
  }

  @Test
  void wordsAreComparedWithoutDiacritics() {
    assertThat(CommonWords.key("يُحيي")).isEqualTo("يحيي");
    assertThat(CommonWords.key("بـأن")).isEqualTo("بأن");
    assertThat(apply(new String[] {"أَفضل"}, "B-PERS")).containsExactly("O");
  }

  @Test
  void theCounterKeepsFrequentWordsRarelyInNames() throws Exception {
    CommonWordCounter c = new CommonWordCounter();
    for (int i = 0; i < 10; i++) {
      String text = "قال كريم إن الوضع صعب";
      Document d = Tokenizer.INSTANCE.apply(Document.of("d" + i, text));
      d = d.withEntities(java.util.List.of(new Entity("E1", EntityType.PER, "كريم", 4, 8, null, null, null, null, null,
          null, "ner")));
      c.add(d);
    }
    StringWriter w = new StringWriter();
    c.write(w);
    assertThat(w.toString()).contains("\nقال\t10\t").contains("\nالوضع\t10\t").doesNotContain("كريم");
  }
}
