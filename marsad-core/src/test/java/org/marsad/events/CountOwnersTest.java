package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Count;
import org.marsad.model.Span;
import org.marsad.model.Token;

/** The rules of {@link CountOwners}. */
class CountOwnersTest {
  private static final String SENTENCE = "وقتل ثلاثة فلسطينيين في غارة إسرائيلية، في حين أصيب خمسة إسرائيليين بصواريخ";

  private static Part victims(List<Token> ts, String word, String country) {
    int i = index(ts, word);
    return new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), country, null, null, null, "", false, false, false,
        false);
  }

  private static Cand attack(List<Token> ts, String word, Part recipient) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {"قتل"}, "ASSAULT", "kill", "1823", true,
        List.of("obj"), Set.of("kill"), true, false, false);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
    c.mentions.add(new Span(ts.get(i).start(), ts.get(i).end()));
    c.recipient = recipient;
    return c;
  }

  private static Map<String, Count> counts() {
    Map<String, Count> m = new LinkedHashMap<>();
    m.put("killed", new Count(3, "exact", null));
    m.put("injured", new Count(5, "exact", null));
    return m;
  }

  private static CasualtyCounter.Read read(List<Token> ts) {
    return new CasualtyCounter.Read(counts(), Map.of("killed", index(ts, "وقتل"), "injured", index(ts, "أصيب")));
  }

  @Test
  void eachAttackKeepsOnlyTheCountsOfItsOwnCasualtyWordsWhenTheVictimsDiffer() {
    List<Token> ts = tokens(SENTENCE);
    Cand killed = attack(ts, "وقتل", victims(ts, "فلسطينيين", "PSE"));
    Cand wounded = attack(ts, "أصيب", victims(ts, "إسرائيليين", "ISR"));
    List<Cand> both = List.of(killed, wounded);
    assertThat(CountOwners.of(killed, both, counts(), read(ts), ts)).containsOnlyKeys("killed");
    assertThat(CountOwners.of(wounded, both, counts(), read(ts), ts)).containsOnlyKeys("injured");
  }

  @Test
  void attacksOnTheSameVictimsShareTheSentencesCounts() {
    List<Token> ts = tokens(SENTENCE);
    Cand killed = attack(ts, "وقتل", victims(ts, "فلسطينيين", "PSE"));
    Cand wounded = attack(ts, "أصيب", victims(ts, "فلسطينيين", "PSE"));
    assertThat(CountOwners.of(killed, List.of(killed, wounded), counts(), read(ts), ts))
        .containsOnlyKeys("killed", "injured");
  }

  @Test
  void aLoneAttackTakesEveryCount() {
    List<Token> ts = tokens(SENTENCE);
    Cand raid = attack(ts, "غارة", victims(ts, "فلسطينيين", "PSE"));
    assertThat(CountOwners.of(raid, List.of(raid), counts(), read(ts), ts)).containsOnlyKeys("killed", "injured");
  }

  @Test
  void aCountOfNoAttacksWordGoesToEveryAttack() {
    List<Token> ts = tokens(SENTENCE);
    Cand raid = attack(ts, "غارة", victims(ts, "فلسطينيين", "PSE"));
    Cand rockets = attack(ts, "بصواريخ", victims(ts, "إسرائيليين", "ISR"));
    assertThat(CountOwners.of(raid, List.of(raid, rockets), counts(), read(ts), ts))
        .containsOnlyKeys("killed", "injured");
  }
}
