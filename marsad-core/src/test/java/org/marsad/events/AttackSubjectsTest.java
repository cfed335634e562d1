package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link AttackSubjects}. */
class AttackSubjectsTest {
  @Test
  void anAttackVerbRightAfterAnAttackNounHasItAsSubject() {
    List<Token> blast = tokens("حول انفجار استهدف رئيس الوزراء");
    assertThat(AttackSubjects.nounBefore(blast, List.of(), index(blast, "استهدف"), 0)).isTrue();
    List<Token> adjectives = tokens("بهجوم انتحاري استهدف الشرطة");
    assertThat(AttackSubjects.nounBefore(adjectives, List.of(), index(adjectives, "استهدف"), 0)).isTrue();
    List<Token> named = tokens("وقصفت الطائرات استهدفت المدينة");
    assertThat(AttackSubjects.nounBefore(named, List.of(), index(named, "استهدفت"), 0)).isFalse();
    List<Token> over = tokens("انفجار في المدينة استهدف الشرطة");
    assertThat(AttackSubjects.nounBefore(over, List.of(), index(over, "استهدف"), 0)).isFalse();
  }
}
