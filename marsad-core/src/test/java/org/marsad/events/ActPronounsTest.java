package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link ActPronouns}. */
class ActPronounsTest {
  private static final TriggerLexicon.Entry CONTROL = new TriggerLexicon.Entry(new String[] {"سيطره"}, "COERCE",
      "seize", "192", false, List.of(), Set.of(), true, false, true);
  private static final TriggerLexicon.Entry KILLING = new TriggerLexicon.Entry(new String[] {"مقتل"}, "ASSAULT",
      "kill", "190", false, List.of(), Set.of("kill"), true, false, false);

  private static Part part(List<Token> ts, String first, String last, String country, String sector, String prep,
                           boolean nisba) {
    int i = index(ts, first);
    int j = index(ts, last);
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), country, sector, null, null, prep, false, nisba,
        false, false);
  }

  private static Cand read(List<Token> ts, String word, TriggerLexicon.Entry e, List<Part> ps) {
    int i = index(ts, word);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, Clitics.SUFFIX), 0);
    ActPronouns.read(ts, 0, ps, c);
    return c;
  }

  @Test
  void thePronounOfControlIsTheForceNamedBefore() {
    List<Token> ts = tokens("قوات النظام وصلت إلى أطراف البلدة، وتواصل سيطرتها على الطريق");
    Part regime = part(ts, "قوات", "النظام", "SYR", "MIL", "", false);
    Cand c = read(ts, "سيطرتها", CONTROL, List.of(regime));
    assertThat(c.actor).isSameAs(regime);
  }

  @Test
  void theBackerIsPassedOver() {
    List<Token> ts = tokens("أن قوات الجيش اليمني، بإسناد التحالف العربي، فرضت سيطرتها على المطار");
    Part army = part(ts, "قوات", "اليمني", "YEM", "MIL", "", false);
    Part coalition = part(ts, "التحالف", "العربي", "SAU", "MIL", "", false);
    Cand c = read(ts, "سيطرتها", CONTROL, List.of(army, coalition));
    assertThat(c.actor).isSameAs(army);
  }

  @Test
  void aFeminineNounIsNotMeantByAMasculinePronoun() {
    List<Token> ts = tokens("وقال الجيش إن القوات التركية عززت سيطرته على البلدة");
    Part army = part(ts, "الجيش", "الجيش", "SYR", "MIL", "", false);
    Part turkish = part(ts, "القوات", "التركية", "TUR", "MIL", "", false);
    Cand c = read(ts, "سيطرته", CONTROL, List.of(army, turkish));
    assertThat(c.actor).isSameAs(army);
  }

  @Test
  void theOneKilledIsNoActor() {
    List<Token> ts = tokens("وقال الجيش الإسرائيلي إن مقتله جاء في غارة");
    Part army = part(ts, "الجيش", "الإسرائيلي", "ISR", "MIL", "", false);
    Cand c = read(ts, "مقتله", KILLING, List.of(army));
    assertThat(c.actor).isNull();
  }
}
