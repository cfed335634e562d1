package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/** The «title in an organisation» rule of {@link TitleCountries}: a bare title of the UN or the EU is no state's. */
class IgoTitlesTest {
  private static final TitleCountries TITLES = new TitleCountries(KnowledgeBase.standard());

  private static Part bare(List<Token> ts, String title) {
    int i = index(ts, title);
    return new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), null, null, null, null, "", false, false, false,
        true);
  }

  private static Part igo(List<Token> ts, String first, int length, String prep) {
    int i = index(ts, first);
    Entity e = new Entity("E" + i, EntityType.ORG, "", ts.get(i).start(), ts.get(i + length - 1).end(), "UN", null,
        "igo:UN", null, null, "IGO", "kb");
    return new Part(i, i + length, ts.get(i).start(), ts.get(i + length - 1).end(), null, "IGO", "UN", e, prep, false,
        false, false, false);
  }

  private static Part state(List<Token> ts, String word, String country) {
    int i = index(ts, word);
    Entity e = new Entity("E" + i, EntityType.GPE, word, ts.get(i).start(), ts.get(i).end(), null, country,
        "iso3:" + country, 1.0, 1.0, null, "kb");
    return new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), country, null, null, e, "", true, false, false,
        false);
  }

  @Test
  void anOfficialAtTheUnIsNoStates() {
    List<Token> ts = tokens("تدهور الوضع في غزة وحذر مسؤول كبير بالأمم المتحدة مجلس الأمن");
    List<Part> ps = List.of(state(ts, "غزة", "PSE"), bare(ts, "مسؤول"), igo(ts, "بالأمم", 2, "ب"));
    List<Part> out = TITLES.resolve(ts, ps, "PSE", "PSE", new HashMap<>());
    assertThat(out.get(1).country()).isNull();
    assertThat(out.get(1).igo()).isTrue();
  }

  @Test
  void aPortfolioMayStandBeforeTheOrganisation() {
    List<Token> ts = tokens("وصلت إلى تركيا وحثت مسؤولة السياسة الخارجية في الأمم المتحدة الدول");
    List<Part> ps = List.of(state(ts, "تركيا", "TUR"), bare(ts, "مسؤولة"), igo(ts, "الأمم", 2, "في"));
    assertThat(TITLES.resolve(ts, ps, "TUR", "TUR", new HashMap<>()).get(1).igo()).isTrue();
  }

  @Test
  void aTitleBeforeAStateKeepsTheNearestState() {
    List<Token> ts = tokens("زار تركيا وقال المسؤول إن الأمم المتحدة");
    List<Part> ps = List.of(state(ts, "تركيا", "TUR"), bare(ts, "المسؤول"), igo(ts, "الأمم", 2, ""));
    assertThat(TITLES.resolve(ts, ps, "TUR", "TUR", new HashMap<>()).get(1).country()).isEqualTo("TUR");
  }
}
