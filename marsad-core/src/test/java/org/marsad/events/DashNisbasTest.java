package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/** The rule of {@link DashNisbas}. */
class DashNisbasTest {
  private static Part nisba(List<Token> ts, String word, String country) {
    int a = index(ts, word);
    Token t = ts.get(a);
    Entity e = new Entity("e" + t.start(), EntityType.MISC, t.text(), t.start(), t.end(), null, country, null, null,
        null, null, "test");
    return new Part(a, a + 1, t.start(), t.end(), country, null, null, e, "", false, true, false, false);
  }

  @Test
  void aDashJoinsTheNisbaOfAnotherState() {
    List<Token> ts = tokens("وتجددت المواجهات الإسرائيلية-الفلسطينية في القدس");
    Part a = nisba(ts, "الإسرائيلية", "ISR");
    Part b = nisba(ts, "الفلسطينية", "PSE");
    assertThat(DashNisbas.dashed(ts, ts.size(), List.of(a, b), a)).isSameAs(b);
  }

  @Test
  void spacedDashesAndQuotesAreCrossed() {
    List<Token> ts = tokens("إن الاتفاق \"الروسي - التركي\" مؤقت");
    Part a = nisba(ts, "الروسي", "RUS");
    Part b = nisba(ts, "التركي", "TUR");
    assertThat(DashNisbas.dashed(ts, ts.size(), List.of(a, b), a)).isSameAs(b);
  }

  @Test
  void noDashOrTheSameStateIsNoCompound() {
    List<Token> ts = tokens("وقصفت الطائرات الروسية المواقع السورية");
    Part a = nisba(ts, "الروسية", "RUS");
    Part b = nisba(ts, "السورية", "SYR");
    assertThat(DashNisbas.dashed(ts, ts.size(), List.of(a, b), a)).isNull();
    List<Token> us = tokens("الحوار السوري-السوري في جنيف");
    Part c = nisba(us, "السوري", "SYR");
    Part d = new Part(c.first() + 2, c.first() + 3, us.get(c.first() + 2).start(), us.get(c.first() + 2).end(),
        "SYR", null, null, c.entity(), "", false, true, false, false);
    assertThat(DashNisbas.dashed(us, us.size(), List.of(c, d), c)).isNull();
  }

  @Test
  void fightingNounsNameTwoSides() {
    assertThat(DashNisbas.MUTUAL).contains("اشتباكات", "مواجهات", "حرب");
    assertThat(DashNisbas.MUTUAL).doesNotContain("ضربات", "غارات", "قصف");
  }
}
