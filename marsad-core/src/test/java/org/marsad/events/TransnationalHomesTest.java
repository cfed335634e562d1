package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.cand;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.place;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/** The rule of {@link TransnationalHomes}. */
class TransnationalHomesTest {
  private static Part group(List<Token> ts, String word, String kb, String country) {
    int i = index(ts, word);
    Token t = ts.get(i);
    Entity e = new Entity("E" + i, EntityType.ORG, t.text(), t.start(), t.end(), null, country, kb, null, null,
        "REB", "kb");
    return new Part(i, i + 1, t.start(), t.end(), country, "REB", null, e, "", false, false, false, false);
  }

  @Test
  void theIslamicStateWithNoPlaceIsOfTheStorysState() {
    List<Token> ts = tokens("وهدد داعش بمهاجمة مراكز الاقتراع");
    Cand c = cand(ts, "وهدد", "THREATEN", null);
    Part is = group(ts, "داعش", "group:ISIS", "SYR");
    assertThat(TransnationalHomes.side(is, c, "IRQ").country()).isEqualTo("IRQ");
  }

  @Test
  void aPlaceNamedForTheEventDecidesInstead() {
    List<Token> ts = tokens("وهدد داعش بمهاجمة مراكز الاقتراع في الموصل");
    Cand c = cand(ts, "وهدد", "THREATEN", null);
    c.place = place(ts, "الموصل", "في", "IRQ");
    Part is = group(ts, "داعش", "group:ISIS", "SYR");
    assertThat(TransnationalHomes.side(is, c, "LBY").country()).isEqualTo("SYR");
  }

  @Test
  void aStoryFromAStateWhereTheGroupHoldsNoGroundKeepsTheCore() {
    List<Token> ts = tokens("وهدد داعش بمهاجمة الدول الغربية");
    Cand c = cand(ts, "وهدد", "THREATEN", null);
    Part is = group(ts, "داعش", "group:ISIS", "SYR");
    assertThat(TransnationalHomes.side(is, c, "GBR").country()).isEqualTo("SYR");
  }

  @Test
  void otherGroupsAreLeft() {
    List<Token> ts = tokens("وهدد حزب الله بالرد");
    Cand c = cand(ts, "وهدد", "THREATEN", null);
    Part hezbollah = group(ts, "حزب", "group:HEZBOLLAH", "LBN");
    assertThat(TransnationalHomes.side(hezbollah, c, "SYR").country()).isEqualTo("LBN");
  }
}
