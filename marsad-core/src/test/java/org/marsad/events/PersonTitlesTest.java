package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/**
 * The «same person», «same organisation» and backer rules of {@link TitleCountries}: a bare title of a private person
 * or of an international organisation named before; a backer's nisba is no state of a later bare title.
 */
class PersonTitlesTest {
  private static final TitleCountries TITLES = new TitleCountries(KnowledgeBase.standard());

  private static Part person(List<Token> ts, String title, String lastName, String country) {
    int i = index(ts, title);
    int j = index(ts, lastName) + 1;
    Entity e = new Entity("E" + i, EntityType.PER, "", ts.get(i + 1).start(), ts.get(j - 1).end(), null, country,
        null, null, null, null, "kb");
    return new Part(i, j, ts.get(i).start(), ts.get(j - 1).end(), country, null, null, e, "", false, false, false,
        false);
  }

  private static Part bare(List<Token> ts, String title, int nth) {
    int i = -1;
    for (int k = 0, seen = 0; k < ts.size(); k++) {
      if (ts.get(k).text().equals(title) && seen++ == nth) {
        i = k;
      }
    }
    return new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), null, null, null, null, "", false, false, false,
        true);
  }

  @Test
  void aBarePriestIsThePriestNamedBefore() {
    List<Token> ts = tokens("دافع القس أندرو برونسون عن نفسه ثم احتجزت السلطات التركية القس");
    List<Part> out = TITLES.resolve(ts, List.of(person(ts, "القس", "برونسون", "USA"), bare(ts, "القس", 1)), "TUR",
        "TUR", new HashMap<>());
    assertThat(out.get(1).country()).isEqualTo("USA");
  }

  @Test
  void anOfficeIsNotRememberedAsAPerson() {
    List<Token> ts = tokens("التقى الرئيس دونالد ترامب نظيره");
    Map<String, String> named = new HashMap<>();
    TITLES.resolve(ts, List.of(person(ts, "الرئيس", "ترامب", "USA")), "TUR", "TUR", named);
    assertThat(named).doesNotContainKey("الرئيس");
  }

  @Test
  void aBareCourtAfterTheInternationalCourtIsOfNoState() {
    List<Token> ts = tokens("محكمة العدل الدولية تنظر الشكوى وطالبت قطر المحكمة");
    int i = index(ts, "محكمة");
    Entity e = new Entity("E0", EntityType.ORG, "", ts.get(i).start(), ts.get(i + 2).end(), null, null, null, null,
        null, "IGO", "kb");
    Part court = new Part(i, i + 3, ts.get(i).start(), ts.get(i + 2).end(), null, "IGO", null, e, "", false, false,
        false, false);
    int q = index(ts, "قطر");
    Entity qe = new Entity("E1", EntityType.GPE, "قطر", ts.get(q).start(), ts.get(q).end(), null, "QAT", "iso3:QAT",
        25.0, 51.0, null, "kb");
    Part qatar = new Part(q, q + 1, ts.get(q).start(), ts.get(q).end(), "QAT", null, null, qe, "", true, false, false,
        false);
    List<Part> out = TITLES.resolve(ts, List.of(court, qatar, bare(ts, "المحكمة", 0)), "QAT", "QAT",
        new HashMap<>());
    assertThat(out.get(2).country()).isNull();
    assertThat(out.get(2).igo()).isTrue();
  }

  @Test
  void aBackersNisbaIsNotTheStateOfALaterBareForce() {
    List<Token> ts = tokens("تتقدم قوات النظام بدعم روسي وتمكنت القوات من السيطرة");
    int f = index(ts, "قوات");
    Part regime = new Part(f, f + 2, ts.get(f).start(), ts.get(f + 1).end(), "SYR", "GOV", null, null, "", false,
        false, false, true);
    int r = index(ts, "روسي");
    Entity re = new Entity("E1", EntityType.MISC, "روسي", ts.get(r).start(), ts.get(r).end(), null, "RUS", "nisba:RUS",
        null, null, null, "kb");
    Part russian = new Part(r, r + 1, ts.get(r).start(), ts.get(r).end(), "RUS", null, null, re, "", false, true,
        false, false);
    List<Part> out = TITLES.resolve(ts, List.of(regime, russian, bare(ts, "القوات", 0)), "SYR", "SYR",
        new HashMap<>());
    assertThat(out.get(2).country()).isEqualTo("SYR");
  }
}
