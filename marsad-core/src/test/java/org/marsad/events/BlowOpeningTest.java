package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link RoleFinder#blowOpening}: «ضربة» opening its clause names the one hit after «لـ». */
class BlowOpeningTest {
  private final TriggerLexicon lex = new TriggerLexicon();

  private boolean opening(String text, String noun) {
    List<Token> t = tokens(text);
    int a = index(t, noun);
    TriggerLexicon.Match m = lex.match(t, a, t.size());
    return RoleFinder.blowOpening(t, m.first(), 0, m.entry());
  }

  @Test
  void aBlowOpeningItsClauseIsOne() {
    assertThat(opening("ضربة جديدة للحوثيين.. فرار مجندين", "ضربة")).isTrue();
    assertThat(opening("تراجع في مأرب.. ضربة موجعة لتنظيم داعش", "ضربة")).isTrue();
  }

  @Test
  void aBlowAfterOtherWordsOfItsClauseIsNone() {
    assertThat(opening("ووجه الجيش ضربة قوية لتنظيم داعش", "ضربة")).isFalse();
    assertThat(opening("قتلوا في ضربة موجعة لمسلحي الحوثي", "ضربة")).isFalse();
    assertThat(opening("ضرب الجيش مواقع المسلحين", "ضرب")).isFalse();
  }
}
