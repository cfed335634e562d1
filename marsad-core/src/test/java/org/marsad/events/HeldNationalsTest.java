package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/** The rule of {@link HeldNationals}. */
class HeldNationalsTest {
  private static Part nisba(List<Token> ts, String word, String country) {
    int a = index(ts, word);
    Token t = ts.get(a);
    Entity e = new Entity("e" + t.start(), EntityType.MISC, t.text(), t.start(), t.end(), null, country, null, null,
        null, null, "test");
    return new Part(a, a + 1, t.start(), t.end(), country, null, null, e, "", false, true, false, false);
  }

  @Test
  void aBareNisbaNounNamesNationals() {
    List<Token> ts = tokens("اعتقل على إثرها سوري وعراقي");
    assertThat(HeldNationals.bareNationals(ts, nisba(ts, "سوري", "SYR"))).isTrue();
    List<Token> us = tokens("بإطلاق سراح ثلاثة أمريكيين يحتجزهم");
    assertThat(HeldNationals.bareNationals(us, nisba(us, "أمريكيين", "USA"))).isTrue();
  }

  @Test
  void aDefiniteNisbaIsNoBareNational() {
    List<Token> ts = tokens("اعتقلت السلطات السورية ناشطين");
    assertThat(HeldNationals.bareNationals(ts, nisba(ts, "السورية", "SYR"))).isFalse();
  }
}
