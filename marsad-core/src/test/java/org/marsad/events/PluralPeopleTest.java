package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/** {@link Parts#pluralPeopleAfterOne} (session 14, ev14a). */
class PluralPeopleTest {
  private static Object[] item(List<Token> ts, String word, EntityType type, String country) {
    int i = index(ts, word);
    Entity e = new Entity("E", type, word, ts.get(i).start(), ts.get(i).end(), null, country, null, null, null, null,
        "test");
    return new Object[] {i, i + 1, e, null};
  }

  @Test
  void aPluralNisbaAfterAPersonOrASingularNisbaIsTheNextConstituent() {
    List<Token> ts = tokens("ودعا الرئيس السوري الأمريكيين إلى المغادرة");
    assertThat(Parts.pluralPeopleAfterOne(ts, item(ts, "السوري", EntityType.MISC, "SYR"),
        item(ts, "الأمريكيين", EntityType.MISC, "USA"))).isTrue();
    List<Token> named = tokens("ودعا الأسد الأمريكيين إلى المغادرة");
    assertThat(Parts.pluralPeopleAfterOne(named, item(named, "الأسد", EntityType.PER, "SYR"),
        item(named, "الأمريكيين", EntityType.MISC, "USA"))).isTrue();
  }

  @Test
  void pluralsAgreeWithPlurals() {
    List<Token> ts = tokens("المقاتلين الأكراد السوريين");
    assertThat(Parts.pluralPeopleAfterOne(ts, item(ts, "الأكراد", EntityType.MISC, "IRQ"),
        item(ts, "السوريين", EntityType.MISC, "SYR"))).isFalse();
  }
}
