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

/** The «title in a place» rule of {@link TitleCountries} over a quoted body: «الوزير السابق في "داعش"». */
class QuotedBodiesTest {
  private static final TitleCountries TITLES = new TitleCountries(KnowledgeBase.standard());

  @Test
  void aTitleInAQuotedGroupIsTheGroups() {
    List<Token> ts = tokens("احتجزته السلطات التركية ويدعي الوزير السابق في \" داعش \" إنه غادر");
    int n = index(ts, "التركية");
    Entity ne = new Entity("E0", EntityType.MISC, "التركية", ts.get(n).start(), ts.get(n).end(), null, "TUR",
        "nisba:TUR", null, null, null, "kb");
    Part turkish = new Part(n, n + 1, ts.get(n).start(), ts.get(n).end(), "TUR", null, null, ne, "", false, true,
        false, false);
    int t = index(ts, "الوزير");
    Part title = new Part(t, t + 1, ts.get(t).start(), ts.get(t).end(), null, "GOV", null, null, "", false, false,
        false, true);
    int g = index(ts, "داعش");
    Entity ge = new Entity("E1", EntityType.ORG, "داعش", ts.get(g).start(), ts.get(g).end(), null, "SYR",
        "group:ISIS", null, null, "REB", "kb");
    Part group = new Part(g, g + 1, ts.get(g).start(), ts.get(g).end(), "SYR", "REB", null, ge, "", false, false,
        false, false);
    List<Part> out = TITLES.resolve(ts, List.of(turkish, title, group), "TUR", "TUR", new HashMap<>());
    assertThat(out.get(1).country()).isEqualTo("SYR");
  }
}
