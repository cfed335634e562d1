package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/** The rule of {@link BackedRebels}. */
class BackedRebelsTest {
  private static Part part(List<Token> ts, String first, String last, String country, boolean titleOnly) {
    int i = index(ts, first);
    int j = index(ts, last) + 1;
    Entity e = titleOnly ? null : new Entity("E" + i, EntityType.GPE, ts.get(i).text(), ts.get(i).start(),
        ts.get(j - 1).end(), null, country, null, 31.0, 34.0, null, "kb");
    return new Part(i, j, ts.get(i).start(), ts.get(j - 1).end(), country, null, null, e, "", !titleOnly, false,
        false, titleOnly);
  }

  private static String recipient(String sentence, String rebelsFirst, String rebelsLast, String where,
                                  String whereCountry) {
    List<Token> ts = tokens(sentence);
    int t = index(ts, "تدعم");
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {"تدعم"}, "SUPPORT", null, "051", true,
        List.of("obj"), Set.of(), false, false, false);
    Cand c = new Cand(new TriggerLexicon.Match(e, t, t + 1, 0), 0);
    c.actor = part(ts, "تركيا", "تركيا", "TUR", false);
    c.recipient = part(ts, rebelsFirst, rebelsLast, "TUR", true);
    c.place = part(ts, where, where, whereCountry, false);
    c.placeNear = true;
    return BackedRebels.recipient(ts, c).country();
  }

  @Test
  void rebelsBackedAbroadAreOfThePlace() {
    assertThat(recipient("وتخشى تركيا التي تدعم قوات المتمردين في إدلب", "قوات", "المتمردين", "إدلب", "SYR"))
        .isEqualTo("SYR");
  }

  @Test
  void theOppositionAtHomeOrAnotherTitleStays() {
    assertThat(recipient("وتخشى تركيا التي تدعم قوات المتمردين في أنقرة", "قوات", "المتمردين", "أنقرة", "TUR"))
        .isEqualTo("TUR");
    assertThat(recipient("وتخشى تركيا التي تدعم قوات الجيش في إدلب", "قوات", "الجيش", "إدلب", "SYR"))
        .isEqualTo("TUR");
  }
}
