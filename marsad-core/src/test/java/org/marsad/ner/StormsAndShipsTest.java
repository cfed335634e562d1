package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link StormsAndShips}, with the bundled lexicon. */
class StormsAndShipsTest {
  private static String[] retype(String[] tokens, String... tags) {
    List<String[]> t = new ArrayList<>();
    t.add(tags.clone());
    StormsAndShips.retype(List.<String[]>of(tokens), t, NerResources.features().lexicon());
    return t.get(0);
  }

  @Test
  void aNameAfterAStormOrShipWordIsMisc() {
    assertThat(retype(new String[] {"ضرب", "الإعصار", "مايكل", "الساحل"}, "O", "O", "B-PERS", "O"))
        .containsExactly("O", "O", "B-MISC", "O");
    assertThat(retype(new String[] {"العاصفة", "المدارية", "\"", "كريس", "\"", "تتحول"}, "O", "O", "O", "B-PERS", "O", "O"))
        .containsExactly("O", "O", "O", "B-MISC", "O", "O");
    assertThat(retype(new String[] {"وصلت", "السفينة", "«", "نجمة", "البحر", "»"}, "O", "O", "O", "B-ORG", "I-ORG", "O"))
        .containsExactly("O", "O", "O", "B-MISC", "I-MISC", "O");
    assertThat(retype(new String[] {"حاملة", "الطائرات", "جورج", "واشنطن"}, "O", "O", "B-PERS", "I-PERS"))
        .containsExactly("O", "O", "B-MISC", "I-MISC");
  }

  @Test
  void anOrganisationsShipAndACaptainStay() {
    assertThat(retype(new String[] {"سفينة", "منظمة", "أطباء", "البحر"}, "O", "B-ORG", "I-ORG", "I-ORG"))
        .containsExactly("O", "B-ORG", "I-ORG", "I-ORG");
    assertThat(retype(new String[] {"وقال", "قبطان", "السفينة", "جون", "سميث"}, "O", "O", "O", "B-PERS", "I-PERS"))
        .containsExactly("O", "O", "O", "B-PERS", "I-PERS");
    assertThat(retype(new String[] {"قال", "الرئيس", "مايكل", "سميث"}, "O", "O", "B-PERS", "I-PERS"))
        .containsExactly("O", "O", "B-PERS", "I-PERS");
  }

  @Test
  void otherMentionsInTheDocumentFollow() {
    List<String[]> sentences = List.of(new String[] {"وقال", "مايكل", "إن"}, new String[] {"اقترب", "الإعصار", "مايكل"},
        new String[] {"وسيضرب", "ومايكل", "الساحل"});
    List<String[]> tags = new ArrayList<>(List.of(new String[] {"O", "B-PERS", "O"}, new String[] {"O", "O", "B-PERS"},
        new String[] {"O", "B-PERS", "O"}));
    StormsAndShips.retype(sentences, tags, NerResources.features().lexicon());
    assertThat(tags.get(0)).containsExactly("O", "B-MISC", "O");
    assertThat(tags.get(1)).containsExactly("O", "O", "B-MISC");
    assertThat(tags.get(2)).containsExactly("O", "B-MISC", "O");
  }
}
