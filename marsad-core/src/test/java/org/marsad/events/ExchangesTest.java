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

/** The rule of {@link Exchanges}. */
class ExchangesTest {
  private static Entity nisba(List<Token> ts, String word, String country) {
    Token t = ts.get(index(ts, word));
    return new Entity("E" + t.start(), EntityType.MISC, t.text(), t.start(), t.end(), null, country, "nisba:" + country,
        null, null, null, "kb");
  }

  private static Cand read(String sentence, String trigger, String first, String second) {
    List<Token> ts = tokens(sentence);
    int i = index(ts, trigger);
    int j = index(ts, second);
    Entity a = nisba(ts, first, "ISR");
    Entity b = nisba(ts, second, "IRN");
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {trigger}, "ASSAULT", "heavy-weapons", "195",
        false, List.of("علي"), Set.of(), true, false, false);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
    c.actor = new Part(i + 1, j + 1, a.start(), b.end(), "ISR", null, null, a, "", false, true, false, false);
    Exchanges.read(ts, List.of(a, b), c);
    return c;
  }

  @Test
  void anExchangeNamedByTwoNisbasIsMirrored() {
    Cand c = read("تبادل القصف الإسرائيلي الإيراني في الجولان", "القصف", "الإسرائيلي", "الإيراني");
    assertThat(c.mirrored).isTrue();
    assertThat(c.actor.country()).isEqualTo("ISR");
    assertThat(c.recipient.country()).isEqualTo("IRN");
    assertThat(c.twins()).hasSize(1);
    assertThat(c.twins().get(0).actor.country()).isEqualTo("IRN");
    assertThat(c.twins().get(0).recipient.country()).isEqualTo("ISR");
  }

  @Test
  void aStrikeWithNoExchangeIsNot() {
    Cand c = read("وأسفر القصف الإسرائيلي الإيراني عن قتلى", "القصف", "الإسرائيلي", "الإيراني");
    assertThat(c.mirrored).isFalse();
    assertThat(c.recipient).isNull();
  }
}
