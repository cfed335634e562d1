package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/** The rule of {@link ReciprocalNisbas}. */
class ReciprocalNisbasTest {
  private static Entity entity(List<Token> ts, String word, EntityType type, String country) {
    Token t = ts.get(index(ts, word));
    return new Entity("e" + t.start(), type, t.text(), t.start(), t.end(), null, country, null, null, null, null,
        "test");
  }

  private static Part part(List<Token> ts, String from, String to, String country) {
    int a = index(ts, from);
    int b = index(ts, to) + 1;
    return new Part(a, b, ts.get(a).start(), ts.get(b - 1).end(), country, null, null, null, "", false, true, false,
        false);
  }

  @Test
  void theSecondNisbaOfAnotherStateIsTheOtherSide() {
    List<Token> ts = tokens("وأشاد الوزير بالتعاون المصري الأردني في مجال الطاقة");
    List<Entity> es = List.of(entity(ts, "المصري", EntityType.MISC, "EGY"),
        entity(ts, "الأردني", EntityType.MISC, "JOR"));
    Part second = ReciprocalNisbas.secondNisba(ts, es, part(ts, "المصري", "الأردني", "EGY"));
    assertThat(second).isNotNull();
    assertThat(second.country()).isEqualTo("JOR");
    assertThat(second.first()).isEqualTo(index(ts, "الأردني"));
  }

  @Test
  void aPersonOfTwoNationalitiesIsNoPair() {
    List<Token> ts = tokens("وأفرجت السلطات عن الصحفي التركي الألماني يوجيل");
    List<Entity> es = List.of(entity(ts, "التركي", EntityType.MISC, "TUR"),
        entity(ts, "الألماني", EntityType.MISC, "DEU"), entity(ts, "يوجيل", EntityType.PER, "DEU"));
    assertThat(ReciprocalNisbas.secondNisba(ts, es, part(ts, "التركي", "يوجيل", "TUR"))).isNull();
  }
}
