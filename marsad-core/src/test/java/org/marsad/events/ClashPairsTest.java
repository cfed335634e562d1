package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rules of {@link ClashPairs}. */
class ClashPairsTest {
  private static final TriggerLexicon.Entry CLASH = new TriggerLexicon.Entry(new String[] {"اشتباكات"}, "ASSAULT",
      "fight", "190", false, List.of(), Set.of(), true, true, true);
  private static final TriggerLexicon.Entry KILL = new TriggerLexicon.Entry(new String[] {"قتل"}, "ASSAULT",
      "kill", "190", true, List.of("obj"), Set.of("kill"), true, false, false);

  private static Part part(List<Token> ts, String first, String last, String country, String sector, String prep,
                           boolean place, boolean nisba) {
    int i = index(ts, first);
    int j = index(ts, last);
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), country, sector, null, null, prep, place, nisba,
        false, false);
  }

  private static Cand clash(List<Token> ts, String word, List<Part> ps) {
    int i = index(ts, word);
    Cand c = new Cand(new TriggerLexicon.Match(CLASH, i, i + 1, 0), 0);
    ClashPairs.read(ts, ts.size(), ps, c);
    return c;
  }

  @Test
  void aGroupOfNoStateFightsWhereTheClashIs() {
    List<Token> ts = tokens("وتدور اشتباكات عنيفة بين مسلحي التنظيم وقوات النظام السوري في ريف حمص");
    Part regime = part(ts, "وقوات", "السوري", "SYR", "MIL", "", false, false);
    Part place = part(ts, "ريف", "حمص", "SYR", "", "في", true, false);
    Cand c = clash(ts, "اشتباكات", List.of(regime, place));
    assertThat(c.actor.country()).isEqualTo("SYR");
    assertThat(c.recipient).isSameAs(regime);
  }

  @Test
  void withNoPlaceAStatesOwnArmyGivesItsStateToTheGroupItFights() {
    List<Token> ts = tokens("وتواصلت اشتباكات بين الجيش الأفغاني ومسلحين محليين");
    Part army = part(ts, "الجيش", "الأفغاني", "AFG", "MIL", "بين", false, false);
    Cand c = clash(ts, "اشتباكات", List.of(army));
    assertThat(c.actor).isSameAs(army);
    assertThat(c.recipient.country()).isEqualTo("AFG");
  }

  @Test
  void protestersAndAForceReadAsOneTitleAreTwoSides() {
    List<Token> ts = tokens("واندلعت اشتباكات بين المحتجين وقوات الأمن في مدينة الأهواز");
    int i = index(ts, "المحتجين");
    int j = index(ts, "الأمن");
    Part joined = new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), "IRN", "CVL", null, null, "بين", false, false,
        false, true);
    Part place = part(ts, "مدينة", "الأهواز", "IRN", "", "في", true, false);
    Cand c = clash(ts, "اشتباكات", List.of(joined, place));
    assertThat(c.actor.country()).isEqualTo("IRN");
    assertThat(c.recipient.country()).isEqualTo("IRN");
    assertThat(c.actor.start()).isNotEqualTo(c.recipient.start());
  }

  @Test
  void twoPlacesAreTheGroundBetweenThemNotSides() {
    List<Token> ts = tokens("وشهدت المنطقة اشتباكات بين مديرية التحيتا ومدينة زبيد");
    Part a = part(ts, "مديرية", "التحيتا", "YEM", "", "بين", true, false);
    Part b = part(ts, "ومدينة", "زبيد", "YEM", "", "", true, false);
    Cand c = clash(ts, "اشتباكات", List.of(a, b));
    assertThat(c.actor).isNull();
    assertThat(c.recipient).isNull();
  }

  @Test
  void aPrepositionBeforeBetweenTakesThePairAway() {
    List<Token> ts = tokens("اشتباكات على الحدود بين غزة وإسرائيل");
    Cand c = clash(ts, "اشتباكات", List.of());
    assertThat(c.actor).isNull();
  }

  @Test
  void thoseKilledInAClashAreKilledByTheOtherSide() {
    List<Token> ts = tokens("قتل سبعة فلسطينيين خلال اشتباكات بين متظاهرين فلسطينيين وقوات الجيش الإسرائيلي");
    Part victims = part(ts, "فلسطينيين", "فلسطينيين", "PSE", null, "", false, true);
    int p = index(ts, "متظاهرين");
    Part protesters = new Part(p, p + 2, ts.get(p).start(), ts.get(p + 1).end(), "PSE", "CVL", null, null, "بين",
        false, false, false, false);
    Part army = part(ts, "وقوات", "الإسرائيلي", "ISR", "MIL", "", false, false);
    int k = index(ts, "قتل");
    Cand c = new Cand(new TriggerLexicon.Match(KILL, k, k + 1, 0), 0);
    c.actor = protesters;
    c.recipient = victims;
    ClashPairs.killer(ts, ts.size(), List.of(victims, protesters, army), c);
    assertThat(c.actor).isSameAs(army);
    assertThat(c.recipient).isSameAs(victims);
  }
}
