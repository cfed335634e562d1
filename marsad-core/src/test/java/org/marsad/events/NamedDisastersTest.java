package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** Session 19: a non-conflict word right after a settlement or a missile is its name, not a disaster. */
class NamedDisastersTest {
  private final Cues cues = new Cues();
  private final TriggerFinder finder = new TriggerFinder(cues, new TriggerLexicon());

  private boolean nonConflict(String text) {
    List<Token> t = tokens(text);
    int[] mk = new int[t.size()];
    for (int i = 0; i < mk.length; i++) {
      mk[i] = t.get(i).kind() == Token.Kind.WORD ? cues.mask(t.get(i).norm()) : 0;
    }
    return finder.nonConflict(t, mk, 0, t.size());
  }

  @Test
  void aSettlementOrMissileNamedAfterAVolcanoIsNoDisaster() {
    assertThat(nonConflict("وقع الهجوم صباح اليوم بمستوطنة بركان في الضفة")).isFalse();
    assertThat(nonConflict("وأطلق الحوثيون صاروخ \"بركان 2\" على جازان")).isFalse();
  }

  @Test
  void aVolcanoIsStillADisaster() {
    assertThat(nonConflict("ثار بركان كيلاويا في هاواي")).isTrue();
    assertThat(nonConflict("وقتل عشرة أشخاص في ثوران البركان")).isTrue();
  }
}
