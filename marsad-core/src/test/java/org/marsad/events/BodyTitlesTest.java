package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link BodyTitles}. */
class BodyTitlesTest {
  private static Part part(List<Token> ts, String first, String last, String country, boolean titleOnly) {
    int i = index(ts, first);
    int j = index(ts, last);
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), country, "GOV", null, null, "", false, false, false,
        titleOnly);
  }

  private static Cand reject(List<Token> ts) {
    int i = index(ts, "رفض");
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {"رفض"}, "REJECT", null, "120", true,
        List.of("obj"), java.util.Set.of(), true, false, false);
    return new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
  }

  @Test
  void theDeputyOfTheRussianEnvoySpeaksForRussia() {
    List<Token> ts = tokens("رفض النائب الأول لمندوب روسيا الاتهامات");
    Cand c = reject(ts);
    c.actor = part(ts, "النائب", "النائب", "GBR", true);
    Part envoy = part(ts, "لمندوب", "روسيا", "RUS", false);
    c.recipient = envoy;
    BodyTitles.read(ts, c);
    assertThat(c.actor).isEqualTo(envoy);
    assertThat(c.recipient).isNull();
  }

  @Test
  void aCountryBackedWithLamIsNoBody() {
    List<Token> ts = tokens("رفض بلاده للمملكة");
    Cand c = reject(ts);
    Part own = part(ts, "بلاده", "بلاده", "BHR", true);
    Part kingdom = part(ts, "للمملكة", "للمملكة", "SAU", false);
    c.actor = own;
    c.recipient = kingdom;
    BodyTitles.read(ts, c);
    assertThat(c.actor).isEqualTo(own);
    assertThat(c.recipient).isEqualTo(kingdom);
  }
}
