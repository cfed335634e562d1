package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/** The rules of {@link CommaObjects}. */
class CommaObjectsTest {
  private static Part part(List<Token> ts, String first, String last, String country, EntityType type) {
    int i = index(ts, first);
    int j = index(ts, last);
    Entity en = new Entity("E", type, ts.get(i).text(), ts.get(i).start(), ts.get(j).end(), null, country, null, null,
        null, null, "test");
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), country, "GOV", null, en, "",
        type == EntityType.GPE, false, false, false);
  }

  @Test
  void theObjectFollowsTheSubjectsNameAndAnAdverbBetweenCommas() {
    List<Token> ts = tokens("ودعا الرئيس الأمريكي ، دونالد ترامب ، ساخرا ، الزعيم الكوري الشمالي إلى الحوار");
    Part subject = part(ts, "الرئيس", "الأمريكي", "USA", EntityType.PER);
    Part name = part(ts, "دونالد", "ترامب", null, EntityType.PER);
    Part leader = part(ts, "الزعيم", "الشمالي", "PRK", EntityType.PER);
    int from = subject.end();
    assertThat(CommaObjects.objectStart(ts, List.of(subject, name, leader), subject, from, ts.size()))
        .isEqualTo(leader.first());
  }

  @Test
  void aStateRightAfterTheCommaIsTheObjectWhenAChargeOrCommaCloses() {
    List<Token> ts = tokens("واتهمت دمشق ، إسرائيل بتنفيذ الغارة");
    Part subject = part(ts, "دمشق", "دمشق", "SYR", EntityType.GPE);
    Part israel = part(ts, "إسرائيل", "إسرائيل", "ISR", EntityType.GPE);
    assertThat(CommaObjects.objectStart(ts, List.of(subject, israel), subject, subject.end(), ts.size()))
        .isEqualTo(israel.first());
  }

  @Test
  void anAsideNamingAStateIsNoName() {
    List<Token> ts = tokens("وهددت إيران ، الحليف الأبرز لدمشق ، بالرد على الغارات");
    Part subject = part(ts, "إيران", "إيران", "IRN", EntityType.GPE);
    Part ally = part(ts, "لدمشق", "لدمشق", "SYR", EntityType.GPE);
    assertThat(CommaObjects.objectStart(ts, List.of(subject, ally), subject, subject.end(), ts.size()))
        .isEqualTo(subject.end());
  }
}
