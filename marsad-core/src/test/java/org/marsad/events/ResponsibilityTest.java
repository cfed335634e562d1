package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rules of {@link Responsibility}. */
class ResponsibilityTest {
  private static Part part(List<Token> ts, String first, String last, String country) {
    int i = index(ts, first);
    int j = index(ts, last);
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), country, "GOV", null, null, "", false, false,
        false, false);
  }

  private static TriggerLexicon.Match attack(List<Token> ts, String word) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {"هجوم"}, "ASSAULT", "attack", "190", false,
        List.of("علي"), Set.of(), false, false, false);
    return new TriggerLexicon.Match(e, i, i + 1, 0);
  }

  @Test
  void thePartNamedResponsibleBeforeAnAttackIsItsActor() {
    List<Token> ts = tokens("وقالت الحكومة إن روسيا هي المسؤولة عن هجوم بغاز أعصاب");
    Part russia = part(ts, "روسيا", "روسيا", "RUS");
    assertThat(Responsibility.of(ts, 0, List.of(russia), attack(ts, "هجوم"))).isEqualTo(russia);
  }

  @Test
  void aClaimOfResponsibilityOverADayBetweenCommasNamesTheActor() {
    List<Token> ts = tokens("أعلن الحرس الثوري الإيراني، الأحد، مسؤوليته، عن الهجوم على مقر الحزب");
    Part guard = part(ts, "الحرس", "الإيراني", "IRN");
    assertThat(Responsibility.of(ts, 0, List.of(guard), attack(ts, "الهجوم"))).isEqualTo(guard);
  }

  @Test
  void aDenialOfResponsibilityNamesNoActor() {
    List<Token> ts = tokens("ونفت إيران مسؤوليتها عن الهجوم على الناقلتين");
    Part iran = part(ts, "إيران", "إيران", "IRN");
    assertThat(Responsibility.of(ts, 0, List.of(iran), attack(ts, "الهجوم"))).isNull();
  }
}
