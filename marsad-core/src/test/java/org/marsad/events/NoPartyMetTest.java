package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link NoPartyMet} (session 16). */
class NoPartyMetTest {
  private static boolean after(String sentence, String word, boolean verb) {
    List<Token> ts = tokens(sentence);
    return NoPartyMet.noPartyAt(ts, index(ts, word) + 1, ts.size(), verb);
  }

  @Test
  void placesCrowdsAndFamiliesAreNoSide() {
    assertThat(after("وزار المبعوث مخيمات النازحين قرب المدينة", "المبعوث", true)).isTrue();
    assertThat(after("والتقى الأمين العام الأحد بلاجئين من الأقلية", "العام", true)).isTrue();
    assertThat(after("وعقد الرئيس اجتماعا مع فريقه للأمن القومي", "اجتماعا", false)).isTrue();
    assertThat(after("تستقبل البلاد كل عام ملايين السياح", "البلاد", true)).isTrue();
    assertThat(after("استقبلت الحكومة ما يزيد على ألف مهاجر", "الحكومة", true)).isTrue();
  }

  @Test
  void officialsAndStatesAreMet() {
    assertThat(after("واستقبل الرئيس وزير الخارجية الأردني", "الرئيس", true)).isFalse();
    assertThat(after("وزار الرئيس الفرنسي الجزائر", "الفرنسي", true)).isFalse();
    assertThat(after("قبل قمة 12 يونيو بين الزعيمين", "قمة", false)).isFalse();
  }
}
