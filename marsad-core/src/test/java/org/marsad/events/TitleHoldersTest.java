package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/** The rule of {@link TitleHolders} (session 17). */
class TitleHoldersTest {
  private static Part title(List<Token> ts, String first, int words) {
    int i = index(ts, first);
    return new Part(i, i + words, ts.get(i).start(), ts.get(i + words - 1).end(), null, "GOV", null, null, "",
        false, false, false, true);
  }

  private static Part named(List<Token> ts, String first, int words, EntityType type, String country, String sector) {
    int i = index(ts, first);
    int j = i + words - 1;
    Entity e = new Entity("E" + i, type, ts.get(i).text(), ts.get(i).start(), ts.get(j).end(), null, country, null,
        null, null, sector, "kb");
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), country, sector, null, e, "", false, false, false,
        false);
  }

  @Test
  void theNameAfterABareTitleHoldsIt() {
    List<Token> ts = tokens("والتقى أمير قطر بوزير الدفاع جيم ماتيس في واشنطن");
    Part minister = title(ts, "بوزير", 2);
    Part mattis = named(ts, "ماتيس", 1, EntityType.PER, "USA", "GOV");
    assertThat(TitleHolders.holder(ts, List.of(minister, mattis), minister)).isEqualTo(mattis);

    List<Token> comma = tokens("والتقى الرئيس المصري بوزير الخارجية ، مايك بومبيو ، في القاهرة");
    Part m2 = title(comma, "بوزير", 2);
    Part pompeo = named(comma, "مايك", 2, EntityType.PER, "USA", "GOV");
    assertThat(TitleHolders.holder(comma, List.of(m2, pompeo), m2)).isEqualTo(pompeo);
  }

  @Test
  void anOrganisationInTheGenitiveIsPassedOver() {
    List<Token> ts = tokens("اجتمع الوزير برئيس مفوضية الاتحاد الإفريقي موسى فكي");
    Part head = title(ts, "برئيس", 1);
    Part union = named(ts, "الاتحاد", 2, EntityType.ORG, null, "IGO");
    Part faki = named(ts, "موسى", 2, EntityType.PER, null, "IGO");
    assertThat(TitleHolders.holder(ts, List.of(head, union, faki), head)).isEqualTo(faki);
  }

  @Test
  void aDayOrAnotherSideEndsTheTitle() {
    List<Token> ts = tokens("واستقبل الملك ، الثلاثاء ، ماكرون في عمان");
    Part king = title(ts, "الملك", 1);
    Part macron = named(ts, "ماكرون", 1, EntityType.PER, "FRA", "GOV");
    assertThat(TitleHolders.holder(ts, List.of(king, macron), king)).isNull();

    List<Token> state = tokens("وقال الوزير إن نتنياهو رفض الطلب");
    Part minister = title(state, "الوزير", 1);
    Part bibi = named(state, "نتنياهو", 1, EntityType.PER, "ISR", "GOV");
    assertThat(TitleHolders.holder(state, List.of(minister, bibi), minister)).isNull();
  }
}
