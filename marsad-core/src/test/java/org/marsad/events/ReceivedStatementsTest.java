package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link ReceivedStatements} (session 17). */
class ReceivedStatementsTest {
  private static final TriggerLexicon.Entry SUPPORT = new TriggerLexicon.Entry(new String[] {"دعما"}, "SUPPORT", null,
      "051", false, List.of(), Set.of(), true, false, false);

  private static Part part(List<Token> ts, String first, int words, String country, boolean nisba) {
    int i = index(ts, first);
    return new Part(i, i + words, ts.get(i).start(), ts.get(i + words - 1).end(), country, nisba ? null : "GOV", null,
        null, "", false, nisba, false, !nisba);
  }

  @Test
  void theGiverBacksTheReceiver() {
    List<Token> ts = tokens("وطالما انتقدت سوريا تلقي تلك القوات دعماً أميركياً");
    Part syria = part(ts, "سوريا", 1, "SYR", false);
    Part forces = part(ts, "القوات", 1, "SYR", false);
    Part american = part(ts, "أميركياً", 1, "USA", true);
    int i = index(ts, "دعماً");
    Cand c = new Cand(new TriggerLexicon.Match(SUPPORT, i, i + 1, 0), 0);
    c.actor = forces;
    c.recipient = american;
    ReceivedStatements.read(ts, 0, ts.size(), List.of(syria, forces, american), c);
    assertThat(c.actor).isEqualTo(american);
    assertThat(c.recipient).isEqualTo(forces);
  }

  @Test
  void noGiverNamedLeavesNoActor() {
    List<Token> ts = tokens("وقالت الحكومة المالطية إنها تلقت طلبا بعقد اجتماع");
    Part government = part(ts, "الحكومة", 2, "MLT", false);
    int i = index(ts, "طلبا");
    TriggerLexicon.Entry request = new TriggerLexicon.Entry(new String[] {"طلبا"}, "REQUEST", null, "020", false,
        List.of(), Set.of(), true, false, false);
    Cand c = new Cand(new TriggerLexicon.Match(request, i, i + 1, 0), 0);
    c.actor = government;
    ReceivedStatements.read(ts, index(ts, "إنها") + 1, ts.size(), List.of(government), c);
    assertThat(c.actor).isNull();
  }

  @Test
  void aCapitalAfterMinIsTheGiver() {
    List<Token> ts = tokens("وأعلنت سوريا أن البعثة تلقت دعماً رسمياً من دمشق");
    int d = index(ts, "دمشق");
    Part damascus = new Part(d, d + 1, ts.get(d).start(), ts.get(d).end(), "SYR", null, "Damascus", null, "من", true,
        false, false, false);
    int i = index(ts, "دعماً");
    Cand c = new Cand(new TriggerLexicon.Match(SUPPORT, i, i + 1, 0), 0);
    ReceivedStatements.read(ts, index(ts, "أن") + 1, ts.size(), List.of(damascus), c);
    assertThat(c.actor).isNull(); // no receiver named: the reading before stands
    Part mission = part(ts, "البعثة", 1, null, false);
    Part syria = new Part(mission.first(), mission.end(), mission.start(), mission.stop(), "SYR", "GOV", null, null, "",
        false, false, false, true);
    ReceivedStatements.read(ts, index(ts, "أن") + 1, ts.size(), List.of(syria, damascus), c);
    assertThat(c.actor).isEqualTo(damascus);
    assertThat(c.recipient).isEqualTo(syria);
  }
}
