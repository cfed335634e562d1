package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** Rule 2 of {@link Interceptions}: interceptions announced by a state or force. */
class InterceptionsAnnouncedTest {
  private static Part part(List<Token> ts, String first, String last, String country, boolean nisba, String prep) {
    int i = index(ts, first);
    int j = index(ts, last);
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), country, "GOV", null, null, prep, false, nisba,
        false, false);
  }

  private static Cand missile(List<Token> ts, String noun, Part actor, Part recipient) {
    int i = index(ts, noun);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {"صواريخ"}, "ASSAULT", "heavy-weapons", "194",
        false, List.of("على"), Set.of("weak"), true, false, false);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
    c.actor = actor;
    c.recipient = recipient;
    return c;
  }

  @Test
  void theStateThatInterceptsIsTheOneAttacked() {
    List<Token> ts = tokens("أعلنت السعودية اعتراضها لثلاثة صواريخ قادمة من اليمن");
    Part saudi = part(ts, "السعودية", "السعودية", "SAU", false, "");
    Part yemen = part(ts, "اليمن", "اليمن", "YEM", false, "من");
    Cand c = missile(ts, "صواريخ", saudi, yemen);
    Interceptions.readAnnounced(ts, 0, ts.size(), List.of(saudi, yemen), c);
    assertThat(c.actor).isEqualTo(yemen);
    assertThat(c.recipient).isEqualTo(saudi);
  }

  @Test
  void aNisbaAfterTheMissileNamesTheLauncher() {
    List<Token> ts = tokens("التحالف يعترض صاروخا حوثيا أطلق من صعدة");
    Part coalition = part(ts, "التحالف", "التحالف", "SAU", false, "");
    Part houthi = part(ts, "حوثيا", "حوثيا", "YEM", true, "");
    Cand c = missile(ts, "صاروخا", houthi, null);
    Interceptions.readAnnounced(ts, 0, ts.size(), List.of(coalition, houthi), c);
    assertThat(c.actor).isEqualTo(houthi);
    assertThat(c.recipient).isEqualTo(coalition);
  }

  @Test
  void missilesFiredAreLeftAsRead() {
    List<Token> ts = tokens("وأطلقت الجماعة صواريخ على المدينة");
    Part group = part(ts, "الجماعة", "الجماعة", "YEM", false, "");
    Cand c = missile(ts, "صواريخ", group, null);
    Interceptions.readAnnounced(ts, 0, ts.size(), List.of(group), c);
    assertThat(c.actor).isEqualTo(group);
    assertThat(c.recipient).isNull();
  }
}
