package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rules of {@link GivenSupport} (session 20). */
class GivenSupportTest {
  private static Part part(List<Token> ts, String first, int words, String country, String prep) {
    int i = index(ts, first);
    return new Part(i, i + words, ts.get(i).start(), ts.get(i + words - 1).end(), country, "GOV", null, null, prep,
        false, false, false, false);
  }

  @Test
  void theSubjectOfTheRelativeVerbOfGivingIsTheGiver() {
    List<Token> ts = tokens("قطعت الحكومة المغربية العلاقات بسبب الدعم العسكري الذي يقدمه حزب الله لجبهة البوليساريو");
    Part morocco = part(ts, "الحكومة", 2, "MAR", "");
    Part military = part(ts, "العسكري", 1, "IRN", "");
    Part hezbollah = part(ts, "حزب", 2, "LBN", "");
    Part polisario = part(ts, "البوليساريو", 1, "ESH", "");
    Cand c = TestTokens.cand(ts, "الدعم", "SUPPORT", null);
    c.actor = morocco;
    c.recipient = military;
    GivenSupport.read(ts, 0, ts.size(), List.of(morocco, military, hezbollah, polisario), c);
    assertThat(c.actor).isEqualTo(hezbollah);
    assertThat(c.recipient).isEqualTo(polisario);
  }

  @Test
  void theGenitiveOfOfferingIsTheGiver() {
    List<Token> ts = tokens("وأكدت الرباط أن لديها أدلة على تقديم حزب الله دعما عسكريا لجماعة البوليساريو");
    Part rabat = part(ts, "الرباط", 1, "MAR", "");
    Part hezbollah = part(ts, "حزب", 2, "LBN", "");
    Part polisario = part(ts, "لجماعة", 2, "ESH", "ل");
    Cand c = TestTokens.cand(ts, "دعما", "SUPPORT", null);
    c.actor = rabat;
    c.recipient = polisario;
    GivenSupport.read(ts, 0, ts.size(), List.of(rabat, hezbollah, polisario), c);
    assertThat(c.actor).isEqualTo(hezbollah);
    assertThat(c.recipient).isEqualTo(polisario);
  }

  @Test
  void noVerbOfGivingLeavesTheSides() {
    List<Token> ts = tokens("وأعلنت الحكومة المغربية الدعم الذي تحتاجه البلاد");
    Part morocco = part(ts, "الحكومة", 2, "MAR", "");
    Part country = part(ts, "البلاد", 1, "MAR", "");
    Cand c = TestTokens.cand(ts, "الدعم", "SUPPORT", null);
    c.actor = morocco;
    GivenSupport.read(ts, 0, ts.size(), List.of(morocco, country), c);
    assertThat(c.actor).isEqualTo(morocco);
    assertThat(c.recipient).isNull();
  }
}
