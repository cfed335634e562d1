package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link Parts#counterpart} (session 14, ev14a). */
class CounterpartsTest {
  @Test
  void counterpartsWithTheirPronounAndClitics() {
    List<Token> ts = tokens("نظيره وبنظيرتها نظرائهم لنظيره نظير");
    assertThat(Parts.counterpart(ts.get(0))).isTrue();
    assertThat(Parts.counterpart(ts.get(1))).isTrue();
    assertThat(Parts.counterpart(ts.get(2))).isTrue();
    assertThat(Parts.counterpart(ts.get(3))).isTrue();
    assertThat(Parts.counterpart(ts.get(4))).isFalse();
  }
}
