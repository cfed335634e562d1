package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.cand;
import static org.marsad.events.TestTokens.place;
import static org.marsad.events.TestTokens.tokens;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link ProtestPlaces}. */
class ProtestPlacesTest {
  /** The protesters' place of the protest word {@code trigger}, with an attack or arrest word {@code act} or null. */
  private static Part protesters(String sentence, String trigger, String mode, String where, String country,
                                 String act) {
    List<Token> ts = tokens(sentence);
    Cand c = cand(ts, trigger, "PROTEST", mode);
    c.place = place(ts, where, "في", country);
    List<Cand> sentenceCands = new ArrayList<>();
    if (act != null) {
      sentenceCands.add(cand(ts, act, "COERCE", "arrest"));
    }
    sentenceCands.add(c);
    return ProtestPlaces.protesters(ts, ts.size(), c, sentenceCands);
  }

  @Test
  void theStateOfThePlaceAfterTheProtestProtests() {
    assertThat(protesters("وتواصلت الاحتجاجات في العاصمة عمان", "الاحتجاجات", "demo", "عمان", "JOR", null))
        .isNotNull();
    assertThat(protesters("وتجمع المحتجون أمام المبنى في طهران", "المحتجون", "demo", "طهران", "IRN", null))
        .isNotNull();
  }

  @Test
  void protestersAsAnObjectAParadeOrAnotherModeAreNone() {
    assertThat(protesters("واعتقلت الشرطة عشرات المتظاهرين في مدريد", "المتظاهرين", "demo", "مدريد", "ESP",
        "واعتقلت")).isNull();
    assertThat(protesters("وقمعت الشرطة مظاهرات سلمية في طهران", "مظاهرات", "demo", "طهران", "IRN", "وقمعت"))
        .isNull();
    assertThat(protesters("وشاركوا في المسيرة العسكرية في القاهرة", "المسيرة", "demo", "القاهرة", "EGY", null))
        .isNull();
    assertThat(protesters("وبدأ إضراب عن الطعام في سجن بالقاهرة", "إضراب", "hunger", "بالقاهرة", "EGY", null))
        .isNull();
  }
}
