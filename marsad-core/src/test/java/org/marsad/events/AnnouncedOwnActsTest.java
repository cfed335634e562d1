package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link AnnouncedOwnActs}. */
class AnnouncedOwnActsTest {
  /** A part of words {@code first}..{@code last} (inclusive), of a state and sector, with preposition {@code prep}. */
  private static Part part(List<Token> ts, String first, String last, String country, String sector, String prep) {
    int i = index(ts, first);
    int j = index(ts, last);
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), country, sector, null, null, prep, false, false,
        false, false);
  }

  /** The announcer of the act at {@code trigger} (read with a pronoun suffix when {@code suffix}). */
  private static Part announcer(String sentence, String trigger, boolean suffix, String type, List<String[]> parts) {
    List<Token> ts = tokens(sentence);
    int i = index(ts, trigger);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {trigger}, type, null, "190", false,
        List.of(), Set.of(), true, false, false);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, suffix ? Clitics.SUFFIX : 0), 0);
    List<Part> ps = new ArrayList<>();
    for (String[] p : parts) {
      ps.add(part(ts, p[0], p[1], p[2], p[3], p[4]));
    }
    return AnnouncedOwnActs.announcer(ts, 0, ps, c);
  }

  @Test
  void theForceThatAnnouncesItsOwnActIsItsActor() {
    Part p = announcer("أعلنت قوات الجيش اليمني، بإسناد من التحالف، الخميس، سيطرتها على قرية", "سيطرتها", true,
        "COERCE", List.of(new String[] {"قوات", "اليمني", "YEM", "MIL", ""},
            new String[] {"التحالف", "التحالف", "SAU", "MIL", "من"}));
    assertThat(p).isNotNull();
    assertThat(p.country()).isEqualTo("YEM");
    assertThat(announcer("أعلن الجيش الليبي بدء هجوم على المسلحين", "هجوم", false, "ASSAULT",
        List.<String[]>of(new String[] {"الجيش", "الليبي", "LBY", "MIL", ""}))).isNotNull();
  }

  @Test
  void noPronounAnotherSubjectOrAClauseBetweenIsNone() {
    assertThat(announcer("أعلن الجيش الليبي هجوم المسلحين على المدينة", "هجوم", false, "ASSAULT",
        List.<String[]>of(new String[] {"الجيش", "الليبي", "LBY", "MIL", ""}))).isNull();
    assertThat(announcer("أعلن الجيش أن المسلحين أكدوا سيطرتهم على قرية", "سيطرتهم", true, "COERCE",
        List.<String[]>of(new String[] {"الجيش", "الجيش", "EGY", "MIL", ""}))).isNull();
    assertThat(announcer("أعلنت الحكومة، الخميس، الجماعة سيطرتها على قرية", "سيطرتها", true, "COERCE",
        List.of(new String[] {"الحكومة", "الحكومة", "YEM", "GOV", ""},
            new String[] {"الجماعة", "الجماعة", "YEM", "REB", ""}))).isNull();
    assertThat(announcer("أعلنت المنظمة سيطرتها على قرية", "سيطرتها", true, "COERCE",
        List.<String[]>of(new String[] {"المنظمة", "المنظمة", null, "NGO", ""}))).isNull();
  }
}
