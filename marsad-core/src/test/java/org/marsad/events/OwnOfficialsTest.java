package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/** The rule of {@link OwnOfficials} (session 17). */
class OwnOfficialsTest {
  private static final TriggerLexicon.Entry MEET = new TriggerLexicon.Entry(new String[] {"اتصل"}, "CONSULT", null,
      "040", true, List.of("ب"), Set.of(), true, false, false);

  private static Part part(List<Token> ts, String first, int words, String country, String sector, EntityType type,
                           String kb) {
    int i = index(ts, first);
    int j = i + words - 1;
    Entity e = type == null ? null : new Entity("E" + i, type, ts.get(j).text(), ts.get(j).start(), ts.get(j).end(),
        null, country, kb, null, null, sector, "kb");
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), country, sector, null, e, "", false, false, false,
        type == null);
  }

  private static Cand meeting(List<Token> ts, String verb, Part actor, Part recipient) {
    int i = index(ts, verb);
    Cand c = new Cand(new TriggerLexicon.Match(MEET, i, i + 1, 0), 0);
    c.actor = actor;
    c.recipient = recipient;
    return c;
  }

  @Test
  void aLeaderCallingHisOwnMinisterIsNoEvent() {
    List<Token> ts = tokens("اتصل ترامب بوزير الدفاع الأمريكي بعد الهجوم");
    Part trump = part(ts, "ترامب", 1, "USA", "GOV", EntityType.PER, "person:DONALD_TRUMP");
    Part minister = part(ts, "بوزير", 3, "USA", "GOV", EntityType.MISC, "nisba:USA");
    assertThat(OwnOfficials.met(ts, meeting(ts, "اتصل", trump, minister))).isTrue();

    List<Token> back = tokens("عما دار في اجتماع مستشاريه مع الرئيس");
    Part aides = part(back, "مستشاريه", 1, "USA", "GOV", null, null);
    Part president = part(back, "الرئيس", 1, "USA", "GOV", null, null);
    assertThat(OwnOfficials.met(back, meeting(back, "اجتماع", aides, president))).isTrue();
  }

  @Test
  void aNamedSideOrAnotherStateStays() {
    List<Token> ts = tokens("واجتمع الرئيس الأفغاني مع قادة حركة طالبان");
    Part president = part(ts, "الرئيس", 2, "AFG", "GOV", EntityType.MISC, "nisba:AFG");
    Part taliban = part(ts, "قادة", 3, "AFG", "REB", EntityType.ORG, "group:TALIBAN");
    assertThat(OwnOfficials.met(ts, meeting(ts, "واجتمع", president, taliban))).isFalse();

    List<Token> qatar = tokens("التقى تميم بوزير الدفاع جيم ماتيس");
    Part tamim = part(qatar, "تميم", 1, "QAT", "GOV", EntityType.PER, "person:TAMIM");
    Part minister = part(qatar, "بوزير", 2, "USA", "GOV", null, null);
    assertThat(OwnOfficials.met(qatar, meeting(qatar, "التقى", tamim, minister))).isFalse();
  }

  @Test
  void aStatesForcesAreItsOwnButRebelsAreNot() {
    List<Token> ts = tokens("زار الرئيس بشار الأسد عناصر القوات السورية");
    Part assad = part(ts, "الرئيس", 3, "SYR", "GOV", EntityType.PER, "person:BASHAR_AL_ASSAD");
    Part troops = part(ts, "عناصر", 3, "SYR", "REB", EntityType.MISC, "nisba:SYR");
    assertThat(OwnOfficials.met(ts, meeting(ts, "زار", assad, troops))).isTrue();
    List<Token> rebels = tokens("زار الرئيس بشار الأسد عناصر المعارضة السورية");
    Part a2 = part(rebels, "الرئيس", 3, "SYR", "GOV", EntityType.PER, "person:BASHAR_AL_ASSAD");
    Part opposition = part(rebels, "عناصر", 3, "SYR", "REB", EntityType.MISC, "nisba:SYR");
    assertThat(OwnOfficials.met(rebels, meeting(rebels, "زار", a2, opposition))).isFalse();
  }
}
