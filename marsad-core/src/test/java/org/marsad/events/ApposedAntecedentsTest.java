package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link Relatives#apposedAntecedent} (session 19). */
class ApposedAntecedentsTest {
  /** A part of words {@code first}..{@code last} (inclusive) with preposition {@code prep}, a place when {@code place}. */
  private static Part part(List<Token> ts, String first, String last, String country, String prep, boolean place) {
    int i = index(ts, first);
    int j = index(ts, last);
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), country, null, null, null, prep, place, false,
        false, false);
  }

  @Test
  void thePersonBeforeAnAppositionIsTheAntecedent() {
    List<Token> ts = tokens("إن فتح الله غولن ، المقيم في الولايات المتحدة ، والذي تتهمه تركيا");
    Part gulen = part(ts, "فتح", "غولن", "TUR", "", false);
    List<Part> ps = List.of(gulen, part(ts, "الولايات", "المتحدة", "USA", "في", true),
        part(ts, "تركيا", "تركيا", "TUR", "", true));
    assertThat(Relatives.apposedAntecedent(ts, ps, index(ts, "تتهمه"), 0)).isSameAs(gulen);
    ts = tokens("أن فتح الله غولن ، الداعية الذي تتهمه تركيا");
    gulen = part(ts, "فتح", "غولن", "TUR", "", false);
    ps = List.of(gulen, part(ts, "تركيا", "تركيا", "TUR", "", true));
    assertThat(Relatives.apposedAntecedent(ts, ps, index(ts, "تتهمه"), 0)).isSameAs(gulen);
  }

  @Test
  void aClauseOrAnotherWordBetweenIsNoApposition() {
    List<Token> ts = tokens("أن طائرات روسية تشارك في القصف ، الأمر الذي تنفيه موسكو");
    List<Part> ps = List.of(part(ts, "طائرات", "روسية", "RUS", "", false),
        part(ts, "موسكو", "موسكو", "RUS", "", true));
    assertThat(Relatives.apposedAntecedent(ts, ps, index(ts, "تنفيه"), 0)).isNull();
    ts = tokens("بين مقتل إيلا وحكم المحكمة على باريس ، وهي الفترة التي وصفتها");
    ps = List.of(part(ts, "باريس", "باريس", "FRA", "علي", true));
    assertThat(Relatives.apposedAntecedent(ts, ps, index(ts, "وصفتها"), 0)).isNull();
  }
}
