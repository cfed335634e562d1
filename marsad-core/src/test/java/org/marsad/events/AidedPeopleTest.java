package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link AidedPeople} (session 20). */
class AidedPeopleTest {
  private static Part part(List<Token> ts, String first, int words, String country, boolean nisba) {
    int i = index(ts, first);
    return new Part(i, i + words, ts.get(i).start(), ts.get(i + words - 1).end(), country, null, null, null, "",
        false, nisba, false, false);
  }

  @Test
  void thePeopleInTheGenitiveAreAidedAndTheNisbaBeforeGives() {
    List<Token> ts = tokens("في إطار الجهود الإماراتية لإغاثة كل اليمنيين");
    Part emirati = part(ts, "الإماراتية", 1, "ARE", true);
    Part yemenis = part(ts, "اليمنيين", 1, "YEM", true);
    Cand c = TestTokens.cand(ts, "لإغاثة", "AID", null);
    c.actor = yemenis;
    AidedPeople.read(ts, 0, List.of(emirati, yemenis), c);
    assertThat(c.actor).isEqualTo(emirati);
    assertThat(c.recipient).isEqualTo(yemenis);
  }

  @Test
  void withNoDonorBeforeThereIsNoActor() {
    List<Token> ts = tokens("وتواصل المنظمات جهودها لإغاثة السوريين");
    Part syrians = part(ts, "السوريين", 1, "SYR", true);
    Cand c = TestTokens.cand(ts, "لإغاثة", "AID", null);
    c.actor = syrians;
    AidedPeople.read(ts, 0, List.of(syrians), c);
    assertThat(c.actor).isNull();
    assertThat(c.recipient).isEqualTo(syrians);
  }
}
