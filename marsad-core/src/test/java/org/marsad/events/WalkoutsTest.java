package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link Walkouts}. */
class WalkoutsTest {
  private static boolean walkout(String sentence, String trigger) {
    List<Token> ts = tokens(sentence);
    int i = index(ts, trigger);
    return Walkouts.leavingVerb(ts.get(i)) && Walkouts.walkout(ts, i + 1, ts.size());
  }

  @Test
  void deputiesLeavingASittingWalkOut() {
    assertThat(walkout("وانسحب نواب المعارضة من الجلسة احتجاجا على التصويت", "وانسحب")).isTrue();
    assertThat(walkout("انسحب أعضاء من حزب العمال من جلسة المجلس", "انسحب")).isTrue();
    assertThat(walkout("أعلن المفاوضون انسحابهم من وفد المعارضة إلى المحادثات", "انسحابهم")).isTrue();
    assertThat(walkout("وقرر الحزب الانسحاب من الحكومة الائتلافية", "الانسحاب")).isTrue();
  }

  @Test
  void forcesLeavingGroundStay() {
    assertThat(walkout("وانسحبت القوات الحكومية من المدينة بعد معارك", "وانسحبت")).isFalse();
    assertThat(walkout("أعلنت واشنطن انسحاب قواتها من سوريا", "انسحاب")).isFalse();
    assertThat(walkout("المسلحون ينسحبون من البلدة الحدودية", "ينسحبون")).isFalse();
  }

  @Test
  void takingBackIsNoLeaving() {
    assertThat(Walkouts.leavingVerb(tokens("سحب").get(0))).isFalse();
  }
}
