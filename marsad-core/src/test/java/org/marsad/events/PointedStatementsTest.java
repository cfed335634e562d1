package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link PointedStatements} (session 20). */
class PointedStatementsTest {
  private static Part part(List<Token> ts, String first, int words, String country) {
    int i = index(ts, first);
    return new Part(i, i + words, ts.get(i).start(), ts.get(i + words - 1).end(), country, "GOV", null, null, "",
        false, false, false, false);
  }

  @Test
  void aDefiniteNounAfterADemonstrativeIsAnActToldBefore() {
    List<Token> ts = tokens("واعتبرت بيونغ يانغ أن تلك المطالب تعكس عقلية العصابات");
    Part pyongyang = part(ts, "بيونغ", 2, "PRK");
    Cand c = TestTokens.cand(ts, "المطالب", "REQUEST", null);
    c.actor = pyongyang;
    PointedStatements.read(ts, List.of(pyongyang), 0, c);
    assertThat(c.actor).isNull();
  }

  @Test
  void anIndefinitePredicateOrANamedActorStays() {
    List<Token> ts = tokens("وقال العامري إن هذه دعوة للجميع");
    Part amiri = part(ts, "العامري", 1, "IRQ");
    Cand c = TestTokens.cand(ts, "دعوة", "REQUEST", null);
    c.actor = amiri;
    PointedStatements.read(ts, List.of(amiri), 0, c);
    assertThat(c.actor).isEqualTo(amiri);
    List<Token> us = tokens("وقالت طهران إن تلك العقوبات الأميركية لن تؤثر");
    Part tehran = part(us, "طهران", 1, "IRN");
    Part american = part(us, "الأميركية", 1, "USA");
    Cand s = TestTokens.cand(us, "العقوبات", "SANCTION", null);
    s.actor = tehran;
    PointedStatements.read(us, List.of(tehran, american), 0, s);
    assertThat(s.actor).isEqualTo(tehran);
  }
}
