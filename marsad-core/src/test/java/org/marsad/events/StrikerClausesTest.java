package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link StrikerClauses}. */
class StrikerClausesTest {
  private static final Cues CUES = new Cues();

  private static Part part(List<Token> ts, String word, String country, boolean titleOnly) {
    int i = index(ts, word);
    return new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), country, titleOnly ? "CVL" : null, null, null, "",
        false, !titleOnly, false, titleOnly);
  }

  private static Cand verb(List<Token> ts, String word, Part actor, Part recipient) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {word}, "ASSAULT", null, "190", true, List.of(),
        Set.of(), false, false, false);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
    c.actor = actor;
    c.recipient = recipient;
    return c;
  }

  @Test
  void theForceAfterTheSupportVerbOfTheAttackStruck() {
    List<Token> ts = tokens("وقتل ستة مدنيين بغارات جوية شنها الطيران الروسي على ريف درعا");
    Part russian = part(ts, "الروسي", "RUS", false);
    Part civilians = part(ts, "مدنيين", "RUS", true);
    Cand c = verb(ts, "وقتل", null, civilians);
    StrikerClauses.read(ts, ts.size(), List.of(civilians, russian), CUES, c);
    assertThat(c.actor).isEqualTo(russian);
    assertThat(c.recipient).isNull(); // the bare victims had taken the striker's state
  }

  @Test
  void aRelativeClauseOverAircraftNamesTheStrikerToo() {
    List<Token> ts = tokens("قتل ستة مدنيين في الغارات التي شنتها طائرات روسية على البلدة");
    Part russian = part(ts, "روسية", "RUS", false);
    Cand c = verb(ts, "قتل", null, null);
    StrikerClauses.read(ts, ts.size(), List.of(russian), CUES, c);
    assertThat(c.actor).isEqualTo(russian);
  }

  @Test
  void anActorNamedElsewhereIsKeptAndAVerbThatSupportsNothingNamesNoOne() {
    List<Token> ts = tokens("قتلت القوات السورية ستة مسلحين في غارات شنتها طائرات روسية");
    Part syrian = part(ts, "السورية", "SYR", false);
    Part russian = part(ts, "روسية", "RUS", false);
    Cand c = verb(ts, "قتلت", syrian, null);
    StrikerClauses.read(ts, ts.size(), List.of(syrian, russian), CUES, c);
    assertThat(c.actor).isEqualTo(syrian);
    List<Token> seen = tokens("قتل ستة مدنيين في غارات شاهدها صحفيون روس");
    Part rus = part(seen, "روس", "RUS", false);
    Cand d = verb(seen, "قتل", null, null);
    StrikerClauses.read(seen, seen.size(), List.of(rus), CUES, d);
    assertThat(d.actor).isNull();
  }

  private static Part state(List<Token> ts, String word, String country) {
    int i = index(ts, word);
    int j = i + (ts.get(i + 1).norm().equals("المتحده") ? 2 : 1);
    org.marsad.model.Entity en = new org.marsad.model.Entity("E" + i, org.marsad.model.EntityType.GPE,
        ts.get(i).text(), ts.get(i).start(), ts.get(j - 1).end(), null, country, "iso3:" + country, 1.0, 1.0, null,
        "kb");
    return new Part(i, j, ts.get(i).start(), ts.get(j - 1).end(), country, null, null, en, "", true, false, false,
        false);
  }

  @Test
  void aStateNamedRightAfterTheSupportVerbStruckAndTheOneCoordinatedWithItIsNoTarget() {
    List<Token> ts = tokens("بعد ضربات صاروخية شنتها الولايات المتحدة وبريطانيا ضد مواقع سورية");
    Part usa = state(ts, "الولايات", "USA");
    Part gbr = state(ts, "وبريطانيا", "GBR");
    Cand c = verb(ts, "ضربات", null, gbr);
    StrikerClauses.read(ts, ts.size(), List.of(usa, gbr), CUES, c);
    assertThat(c.actor).isEqualTo(usa);
    assertThat(c.recipient).isNull(); // Britain struck with the United States
    List<Token> each = tokens("في الضربات التي وجهتها كل من أمريكا وبريطانيا ضد أهداف في سوريا");
    Part america = state(each, "أمريكا", "USA");
    Cand d = verb(each, "الضربات", null, null);
    StrikerClauses.read(each, each.size(), List.of(america), CUES, d);
    assertThat(d.actor).isEqualTo(america); // «كل من» lists the strikers
  }
}
