package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/** The rule of {@link FigurativeBlows}. */
class FigurativeBlowsTest {
  private static Part part(List<Token> ts, String first, String last, EntityType type, String prep) {
    int i = index(ts, first);
    int j = index(ts, last);
    Entity e = new Entity("E1", type, ts.get(i).text(), ts.get(i).start(), ts.get(j).end(), null, "USA", null, null,
        null, null, "ner");
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), "USA", null, null, e, prep, false, false, false,
        false);
  }

  private static boolean setback(List<Token> ts, List<Part> ps) {
    return FigurativeBlows.setback(ts, index(ts, "ضربة"), 0, ts.size(), ps);
  }

  @Test
  void aBlowJudgedOrDealtToAPersonIsASetback() {
    List<Token> judged = tokens("وتعتبر هذه الاتهامات ضربة مدوية للمدعي العام");
    assertThat(setback(judged, List.of())).isTrue();
    List<Token> toTrump = tokens("في ضربة كبيرة للرئيس دونالد ترامب");
    assertThat(setback(toTrump, List.of())).isTrue();
    List<Token> received = tokens("تلقى بنيامين نتانياهو ضربة جديدة");
    assertThat(setback(received, List.of(part(received, "بنيامين", "نتانياهو", EntityType.PER, "")))).isTrue();
  }

  @Test
  void aBlowDealtToAForceOrAStateIsAnAttack() {
    List<Token> hamas = tokens("ووجهت إسرائيل ضربة قوية لحركة حماس");
    assertThat(setback(hamas, List.of(part(hamas, "لحركة", "حماس", EntityType.ORG, "ل")))).isFalse();
    List<Token> capital = tokens("تم توجيه ضربة إلى عاصمة دولة");
    assertThat(setback(capital, List.of())).isFalse();
  }
}
