package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link HolderGenitives}. */
class HolderGenitivesTest {
  private static final TriggerLexicon.Entry GAPPED = new TriggerLexicon.Entry(
      new String[] {"سيطره", "قوات", "*", "علي"}, "COERCE", "seize", "192", false, List.of("obj"), Set.of("weak"), true,
      false, false);

  private static Part part(List<Token> ts, String first, String last, String country, boolean place,
                           boolean titleOnly) {
    int i = index(ts, first);
    int j = index(ts, last);
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), country, "MIL", null, null, "", place, false, false,
        titleOnly);
  }

  private static Cand read(Part holder, Part place, List<Token> ts) {
    int i = index(ts, "سيطرة");
    Cand c = new Cand(new TriggerLexicon.Match(GAPPED, i, i + 1, 0), 0);
    c.recipient = holder; // the genitive right after the noun was read as its object
    HolderGenitives.read(ts, ts.size(), List.of(holder, place), c);
    return c;
  }

  @Test
  void theForceBetweenTheNounAndItsOnHoldsTheGround() {
    List<Token> ts = tokens("بعد سيطرة قوات الجيش اليمني على مديرية حيس");
    Part holder = part(ts, "قوات", "اليمني", "YEM", false, false);
    Part place = part(ts, "مديرية", "حيس", "YEM", true, false);
    Cand c = read(holder, place, ts);
    assertThat(c.actor).isSameAs(holder);
    assertThat(c.recipient).isSameAs(place);
  }

  @Test
  void aHolderNamedOnlyByTheContextIsNeitherSide() {
    List<Token> ts = tokens("بعد سيطرة القوات الحكومية على معبر نصيب");
    Part holder = part(ts, "القوات", "الحكومية", "RUS", false, true);
    Part place = part(ts, "نصيب", "نصيب", "SYR", true, false);
    Cand c = read(holder, place, ts);
    assertThat(c.actor).isNull();
    assertThat(c.recipient).isSameAs(place);
  }
}
