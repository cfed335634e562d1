package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link RoleFinder#subordinated}: a verb right after «بعدما/عندما» opens its own clause (session 20). */
class SubordinatedVerbsTest {
  @Test
  void aVerbAfterAConjunctionOfTimeOpensItsClause() {
    List<Token> ts = tokens("منيت الولايات المتحدة بنكسة بعدما رفضت الجمعية العامة نصا اقترحته");
    assertThat(RoleFinder.subordinated(ts, index(ts, "رفضت"), 0)).isTrue();
    List<Token> when = tokens("وغضبت الحكومة عندما انتقد السفير سياستها");
    assertThat(RoleFinder.subordinated(when, index(when, "انتقد"), 0)).isTrue();
  }

  @Test
  void aVerbAfterItsSubjectDoesNot() {
    List<Token> ts = tokens("الولايات المتحدة رفضت النص بعدما قدمته");
    assertThat(RoleFinder.subordinated(ts, index(ts, "رفضت"), 0)).isFalse();
  }
}
