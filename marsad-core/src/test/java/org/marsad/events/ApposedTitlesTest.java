package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.cand;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/** The rule of {@link ApposedTitles}. */
class ApposedTitlesTest {
  private static Entity person(List<Token> ts, String first, String last) {
    Token a = ts.get(index(ts, first));
    Token b = ts.get(index(ts, last));
    return new Entity("P" + a.start(), EntityType.PER, first + " " + last, a.start(), b.end(), null, null, null, null,
        null, null, "ner");
  }

  private static Part part(List<Token> ts, String first, String last, String country, Entity e) {
    int i = index(ts, first);
    int j = index(ts, last);
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), country, null, null, e, "", false, false, false,
        e == null || country == null);
  }

  @Test
  void theTitleRightAfterANameIsThePersonsOffice() {
    List<Token> ts = tokens("وطالب جون سميث وزير الدولة البريطاني لشؤون الشرق الأوسط بضبط النفس");
    Entity smith = person(ts, "جون", "سميث");
    Cand c = cand(ts, "وطالب", "REQUEST", null);
    c.actor = part(ts, "جون", "سميث", null, smith);
    c.recipient = part(ts, "وزير", "البريطاني", "GBR", null);
    ApposedTitles.read(ts, List.of(smith), c);
    assertThat(c.recipient).isNull();
    assertThat(c.actor.country()).isEqualTo("GBR");
  }

  @Test
  void aTitleWithItsOwnNameIsTheOneMet() {
    List<Token> ts = tokens("والتقى جون سميث رئيس الحكومة الفلسطينية محمد علي في رام الله");
    Entity smith = person(ts, "جون", "سميث");
    Entity ali = person(ts, "محمد", "علي");
    Cand c = cand(ts, "والتقى", "CONSULT", null);
    c.actor = part(ts, "جون", "سميث", null, smith);
    c.recipient = part(ts, "رئيس", "الفلسطينية", "PSE", null);
    ApposedTitles.read(ts, List.of(smith, ali), c);
    assertThat(c.recipient.country()).isEqualTo("PSE");
  }

  @Test
  void aDefiniteTitleOrAnotherStatesTitleStays() {
    List<Token> ts = tokens("ودعا كيم الرئيس الكوري الجنوبي إلى عبور الخط");
    Entity kim = person(ts, "كيم", "كيم");
    Cand c = cand(ts, "ودعا", "REQUEST", null);
    c.actor = part(ts, "كيم", "كيم", "PRK", kim);
    c.recipient = part(ts, "الرئيس", "الجنوبي", "KOR", null);
    ApposedTitles.read(ts, List.of(kim), c);
    assertThat(c.recipient.country()).isEqualTo("KOR");
  }

  @Test
  void theOneKilledKeepsHisStateUnknown() {
    List<Token> ts = tokens("قتل أحمد سالم رئيس المجلس في غارة جوية");
    Entity salem = person(ts, "أحمد", "سالم");
    Cand c = cand(ts, "قتل", "ASSAULT", "attack");
    c.actor = part(ts, "أحمد", "سالم", null, salem);
    c.recipient = part(ts, "رئيس", "المجلس", "SAU", null);
    ApposedTitles.read(ts, List.of(salem), c);
    assertThat(c.recipient).isNull();
    assertThat(c.actor.country()).isNull();
  }
  @Test
  void aTitledPersonMeetsTheTitleAfterHisName() {
    List<Token> ts = tokens("والتقى المبعوث الأممي جون سميث زعيم الحوثيين في صنعاء");
    Entity smith = person(ts, "جون", "سميث");
    Cand c = cand(ts, "والتقى", "CONSULT", null);
    c.actor = part(ts, "المبعوث", "سميث", null, smith);
    c.recipient = part(ts, "زعيم", "الحوثيين", "YEM", null);
    ApposedTitles.read(ts, List.of(smith), c);
    assertThat(c.recipient.country()).isEqualTo("YEM");
  }
}
