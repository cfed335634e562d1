package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link RoleFinder#actingBody}: a force or authority as the genitive agent of a verbal noun with an object. */
class ActingBodyTest {
  private static Part part(List<Token> ts, String first, String last, String sector) {
    int i = index(ts, first);
    int j = index(ts, last);
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), "ISR", sector, null, null, "", false, false, false,
        false);
  }

  @Test
  void aForceHeadedByABodyNounActs() {
    List<Token> ts = tokens("خلال قمع القوات الإسرائيلية مسيرة سلمية");
    assertThat(RoleFinder.actingBody(ts, part(ts, "القوات", "الإسرائيلية", "MIL"))).isTrue();
  }

  @Test
  void aPersonNamedByATitleIsNoActingBody() {
    List<Token> ts = tokens("اعتقال ضابط مخابرات إسرائيلي سابق");
    assertThat(RoleFinder.actingBody(ts, part(ts, "ضابط", "إسرائيلي", "MIL"))).isFalse();
  }
}
