package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link PlaceWords}, with the bundled lexicon. */
class PlaceWordsTest {
  private static String[] retype(String[] tokens, String... tags) {
    String[] t = tags.clone();
    PlaceWords.retype(tokens, t, NerResources.features().lexicon());
    return t;
  }

  @Test
  void aNameAfterAnIndefinitePlaceOrDirectionWordIsAPlace() {
    assertThat(retype(new String[] {"في", "منطقة", "تشن", "داي"}, "O", "O", "B-PERS", "I-PERS"))
        .containsExactly("O", "O", "B-LOC", "I-LOC");
    assertThat(retype(new String[] {"خضع", "شمال", "أفريقيا", "للفندال"}, "O", "O", "B-ORG", "O"))
        .containsExactly("O", "O", "B-LOC", "O");
    assertThat(retype(new String[] {"مصدر", "بشرطة", "بمحافظة", "بابل"}, "O", "O", "O", "B-ORG"))
        .containsExactly("O", "O", "O", "B-LOC");
  }

  @Test
  void aDefiniteWordBeforeTheNameChangesNothing() {
    assertThat(retype(new String[] {"الكوري", "الجنوبي", "هييونغ", "لي"}, "O", "O", "B-PERS", "I-PERS"))
        .containsExactly("O", "O", "B-PERS", "I-PERS");
    assertThat(retype(new String[] {"وزراء", "الإقليم", "نتشيرفان"}, "O", "O", "B-PERS"))
        .containsExactly("O", "O", "B-PERS");
  }

  @Test
  void excludedWordsChangeNothing() {
    assertThat(retype(new String[] {"من", "دولة", "نبيه", "بري"}, "O", "O", "B-PERS", "I-PERS"))
        .containsExactly("O", "O", "B-PERS", "I-PERS");
    assertThat(retype(new String[] {"سجن", "بيل", "مارش"}, "O", "B-ORG", "I-ORG"))
        .containsExactly("O", "B-ORG", "I-ORG");
  }

  @Test
  void placesAndMiscStay() {
    assertThat(retype(new String[] {"جبل", "فيكتوريا"}, "O", "B-MISC")).containsExactly("O", "B-MISC");
  }

  @Test
  void aPlaceAfterShibhTakesItIn() {
    assertThat(retype(new String[] {"سكان", "شبه", "الجزيرة", "العربية"}, "O", "O", "B-LOC", "I-LOC"))
        .containsExactly("O", "B-LOC", "I-LOC", "I-LOC");
    assertThat(retype(new String[] {"الساحل", "الشرقي", "لشبه", "الجزيرة"}, "O", "O", "O", "B-LOC"))
        .containsExactly("O", "O", "B-LOC", "I-LOC");
    assertThat(retype(new String[] {"شبه", "رسمية"}, "O", "O")).containsExactly("O", "O");
  }
}
