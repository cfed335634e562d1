package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/** A bare title «في التحالف» is of the state that leads the coalition ({@link TitleCountries}, session 21). */
class CoalitionOfficialsTest {
  private static final TitleCountries TITLES = new TitleCountries(KnowledgeBase.standard());

  private static Part bare(List<Token> ts, String word, String prep) {
    int i = index(ts, word);
    return new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), null, null, null, null, prep, false, false, false,
        true);
  }

  @Test
  void anOfficialOfTheCoalitionInYemenIsSaudi() {
    List<Token> ts = tokens("قاتل الحوثيون في اليمن ونفى مسؤولون في التحالف الأنباء");
    int y = index(ts, "اليمن");
    Entity ye = new Entity("E0", EntityType.GPE, "اليمن", ts.get(y).start(), ts.get(y).end(), null, "YEM",
        "iso3:YEM", 15.0, 48.0, null, "kb");
    Part yemen = new Part(y, y + 1, ts.get(y).start(), ts.get(y).end(), "YEM", null, null, ye, "", false, false,
        false, false);
    List<Part> ps = List.of(yemen, bare(ts, "مسؤولون", ""), bare(ts, "التحالف", "في"));
    List<Part> out = TITLES.resolve(ts, ps, "YEM", "YEM", new HashMap<>());
    assertThat(out.get(1).country()).isEqualTo("SAU");
  }
}
