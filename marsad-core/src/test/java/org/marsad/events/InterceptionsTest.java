package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link Interceptions}. */
class InterceptionsTest {
  private static Part part(List<Token> ts, String first, String last, String country, boolean nisba,
                           boolean titleOnly) {
    int i = index(ts, first);
    int j = index(ts, last);
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), country, "MIL", null, null, "", false, nisba, false,
        titleOnly);
  }

  private static Cand destroyed(List<Token> ts, String verb, Set<String> flags, Part actor) {
    int i = index(ts, verb);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {"دمر"}, "ASSAULT", "destroy", "1712", true,
        List.of("obj"), flags, true, false, false);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
    c.actor = actor;
    return c;
  }

  @Test
  void theLauncherAfterAFormOfLaunchAttacksTheDefendersState() {
    List<Token> ts = tokens("ودمرت الدفاعات الجوية السعودية صاروخا أطلقه الحوثيون نحو جازان");
    Part defence = part(ts, "الدفاعات", "السعودية", "SAU", false, false);
    Part houthis = part(ts, "الحوثيون", "الحوثيون", "YEM", false, false);
    Cand c = destroyed(ts, "ودمرت", Set.of("weak"), defence);
    Interceptions.read(ts, ts.size(), List.of(defence, houthis), c);
    assertThat(c.actor).isEqualTo(houthis);
    assertThat(c.recipient).isEqualTo(defence);
  }

  @Test
  void aNisbaAfterTheMissileNamesTheLauncher() {
    List<Token> ts = tokens("الدفاع الجوي السعودي يدمر صواريخ حوثية فوق نجران");
    Part defence = part(ts, "الدفاع", "السعودي", "SAU", false, false);
    Part houthi = part(ts, "حوثية", "حوثية", "YEM", true, false);
    Cand c = destroyed(ts, "يدمر", Set.of("weak"), defence);
    Interceptions.read(ts, ts.size(), List.of(defence, houthi), c);
    assertThat(c.actor).isEqualTo(houthi);
    assertThat(c.recipient).isEqualTo(defence);
  }

  @Test
  void withNoLauncherADestructionIsAnAttackOnTheDefenderByNoOneNamed() {
    List<Token> ts = tokens("الدفاع الجوي السعودي يدمر صاروخا فوق جازان");
    Part defence = part(ts, "الدفاع", "السعودي", "SAU", false, false);
    Cand c = destroyed(ts, "يدمر", Set.of("weak"), defence);
    Interceptions.read(ts, ts.size(), List.of(defence), c);
    assertThat(c.actor).isNull();
    assertThat(c.recipient).isEqualTo(defence);
  }

  @Test
  void aDefenceVerbOrABareTitleWithNoLauncherStaysAsRead() {
    List<Token> ts = tokens("وإن الدفاعات الجوية السورية تتصدى لها");
    Part defence = part(ts, "الدفاعات", "السورية", "SYR", false, false);
    Cand c = destroyed(ts, "تتصدى", Set.of("defend"), defence);
    Interceptions.read(ts, ts.size(), List.of(defence), c);
    assertThat(c.actor).isEqualTo(defence);
    List<Token> bare = tokens("وقال إن الدفاعات الجوية دمرت طائرة");
    Part title = part(bare, "الدفاعات", "الجوية", "ISR", false, true);
    Cand d = destroyed(bare, "دمرت", Set.of("weak"), title);
    Interceptions.read(bare, bare.size(), List.of(title), d);
    assertThat(d.actor).isEqualTo(title);
  }

  @Test
  void notAnAttackerThatIsNoAirDefence() {
    List<Token> ts = tokens("ودمرت القوات السعودية مخزنا أطلقه الحوثيون");
    Part forces = part(ts, "القوات", "السعودية", "SAU", false, false);
    Cand c = destroyed(ts, "ودمرت", Set.of("weak"), forces);
    Interceptions.read(ts, ts.size(), List.of(forces), c);
    assertThat(c.actor).isEqualTo(forces);
  }
}
