package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link ProtestPlaces}. */
class ProtestPlacesTest {
  private static Cand read(String sentence, String trigger, String entryWord, String place, String country) {
    List<Token> ts = tokens(sentence);
    int i = index(ts, trigger);
    int p = index(ts, place);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {entryWord}, "PROTEST", "demo", "141", false,
        List.of("ضد", "علي"), Set.of(), true, false, false);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
    c.place = new Part(p, p + 1, ts.get(p).start(), ts.get(p).end(), country, null, null, null, "في", true, false,
        false, false);
    return c;
  }

  @Test
  void aProtestInAPlaceIsItsPeoples() {
    Cand c = read("وتواصلت الاحتجاجات في عمان", "الاحتجاجات", "احتجاجات", "عمان", "JOR");
    assertThat(ProtestPlaces.people(tokens("وتواصلت الاحتجاجات في عمان"), c)).isSameAs(c.place);
  }

  @Test
  void protestersAsAnObjectAreNot() {
    String s = "واعتقلت الشرطة عشرات المتظاهرين في إسطنبول";
    Cand c = read(s, "المتظاهرين", "المتظاهرين", "إسطنبول", "TUR");
    assertThat(ProtestPlaces.people(tokens(s), c)).isNull();
  }

  @Test
  void aProtestGovernedByAPrepositionIsNot() {
    String s = "وانتقدت المنظمة قمع الشرطة لمظاهرات سلمية في طهران";
    Cand c = read(s, "لمظاهرات", "مظاهرات", "طهران", "IRN");
    assertThat(ProtestPlaces.people(tokens(s), c)).isNull();
  }

  @Test
  void aPlaceBeforeTheProtestIsNot() {
    String s = "وفي عمان تواصلت الاحتجاجات";
    Cand c = read(s, "الاحتجاجات", "احتجاجات", "عمان", "JOR");
    assertThat(ProtestPlaces.people(tokens(s), c)).isNull();
  }
}
