package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link CoalitionSubjects}. */
class CoalitionSubjectsTest {
  private static Part part(List<Token> ts, String word, String country, boolean nisba) {
    int i = index(ts, word);
    return new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), country, "GOV", null, null, "", true, nisba,
        false, false);
  }

  @Test
  void theFirstOfStatesJoinedByWawIsTheSubject() {
    List<Token> ts = tokens("الصين وروسيا وإيران تدين العقوبات");
    Part china = part(ts, "الصين", "CHN", false);
    Part russia = part(ts, "وروسيا", "RUS", false);
    Part iran = part(ts, "وإيران", "IRN", false);
    assertThat(CoalitionSubjects.head(ts, List.of(china, russia, iran), iran)).isEqualTo(china);
  }

  @Test
  void aLoneSubjectOrNisbasStayAsTheyAre() {
    List<Token> ts = tokens("قالت الصين إن روسيا تدين العقوبات");
    Part china = part(ts, "الصين", "CHN", false);
    Part russia = part(ts, "روسيا", "RUS", false);
    assertThat(CoalitionSubjects.head(ts, List.of(china, russia), russia)).isEqualTo(russia);
    List<Token> ns = tokens("غارات سورية وروسية تستهدف إدلب");
    Part syrian = part(ns, "سورية", "SYR", true);
    Part russian = part(ns, "وروسية", "RUS", true);
    assertThat(CoalitionSubjects.head(ns, List.of(syrian, russian), russian)).isEqualTo(russian);
  }
}
