package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.place;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Factuality;
import org.marsad.model.Token;

/** The rule of {@link ResumedAttacks}. */
class ResumedAttacksTest {
  private static final String TEXT = "وبدأت القوات الحكومية هجوما على درعا. وقال المرصد إن الهجوم دفع الآلاف نحو الحدود مع"
      + " الأردن. وقال الوزير إن هجوما آخر وقع في الأردن.";

  private static Cand cand(List<Token> ts, String word, int nth, boolean verb, int sentence) {
    int i = -1;
    for (int k = 0, seen = 0; k < ts.size(); k++) {
      if (ts.get(k).text().equals(word) && seen++ == nth) {
        i = k;
        break;
      }
    }
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {word}, "ASSAULT", "attack", "190", verb,
        List.of(), Set.of(), true, false, false);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), sentence);
    c.fact = Factuality.ASSERTED;
    return c;
  }

  private static Part forces(List<Token> ts) {
    int i = index(ts, "القوات");
    return new Part(i, i + 2, ts.get(i).start(), ts.get(i + 1).end(), "SYR", "MIL", null, null, "", false, false,
        false, false);
  }

  @Test
  void aDefiniteAttackNounResumesTheAttackBefore() {
    List<Token> ts = tokens(TEXT);
    Cand first = cand(ts, "هجوما", 0, false, 0);
    first.actor = forces(ts);
    first.recipient = place(ts, "درعا", "علي", "SYR");
    Cand again = cand(ts, "الهجوم", 0, false, 1);
    again.recipient = place(ts, "الأردن", "مع", "JOR");
    again.recipientFromPlace = true;
    ResumedAttacks.resolve(ts, List.of(first, again));
    assertThat(again.actor).isSameAs(first.actor);
    assertThat(again.recipient).isSameAs(first.recipient);
  }

  @Test
  void anIndefiniteAttackIsAnotherOne() {
    List<Token> ts = tokens(TEXT);
    Cand first = cand(ts, "هجوما", 0, false, 1);
    first.actor = forces(ts);
    Cand other = cand(ts, "هجوما", 1, false, 2);
    ResumedAttacks.resolve(ts, List.of(first, other));
    assertThat(other.actor).isNull();
  }

  @Test
  void noAttackTwoSentencesBackOrOfAnotherFactualityIsResumed() {
    List<Token> ts = tokens(TEXT);
    Cand first = cand(ts, "هجوما", 0, false, 0);
    first.actor = forces(ts);
    Cand again = cand(ts, "الهجوم", 0, false, 2);
    ResumedAttacks.resolve(ts, List.of(first, again));
    assertThat(again.actor).isNull();
    first.fact = Factuality.HYPOTHETICAL;
    Cand near = cand(ts, "الهجوم", 0, false, 1);
    ResumedAttacks.resolve(ts, List.of(first, near));
    assertThat(near.actor).isNull();
  }

  @Test
  void aTargetOrPlaceOfAnotherStateIsAnotherAttack() {
    List<Token> ts = tokens(TEXT);
    Cand first = cand(ts, "هجوما", 0, false, 0);
    first.actor = forces(ts);
    first.recipient = place(ts, "درعا", "علي", "SYR");
    Cand again = cand(ts, "الهجوم", 0, false, 1);
    int k = ts.size() - 2; // the second «الأردن», after «في»
    again.place = new Part(k, k + 1, ts.get(k).start(), ts.get(k).end(), "JOR", null, null, null, "في", true, false,
        false, false);
    ResumedAttacks.resolve(ts, List.of(first, again));
    assertThat(again.actor).isNull();
  }

  @Test
  void aDefenceIsNoAttackToResume() {
    List<Token> ts = tokens(TEXT);
    Cand first = cand(ts, "هجوما", 0, false, 0);
    Cand defence = new Cand(new TriggerLexicon.Match(new TriggerLexicon.Entry(new String[] {"هجوما"}, "ASSAULT",
        "attack", "190", false, List.of(), Set.of("defend"), true, false, false), first.trigger.first(),
        first.trigger.first() + 1, 0), 0);
    defence.fact = Factuality.ASSERTED;
    defence.actor = forces(ts);
    Cand again = cand(ts, "الهجوم", 0, false, 1);
    ResumedAttacks.resolve(ts, List.of(defence, again));
    assertThat(again.actor).isNull();
  }
}
