package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link DualSubjects#genitiveDual} (session 13, ev13b). */
class DualSubjectsTest {
  @Test
  void aGenitiveDualRightAfterTheNounIsTheTwoSides() {
    List<Token> ts = tokens("انتهت الأزمة بتوقيع البلدين اتفاقية");
    int noun = index(ts, "بتوقيع");
    assertThat(DualSubjects.genitiveDual(ts, noun + 1, ts.size())).isEqualTo(index(ts, "البلدين"));
  }

  @Test
  void betweenOrANisbaAfterTheDualIsNoReading() {
    List<Token> between = tokens("المحادثات بين البلدين");
    assertThat(DualSubjects.genitiveDual(between, index(between, "بين"), between.size())).isEqualTo(-1);
    List<Token> named = tokens("تعاون الجانبين الروسي والتركي");
    assertThat(DualSubjects.genitiveDual(named, index(named, "الجانبين"), named.size())).isEqualTo(-1);
  }
}
