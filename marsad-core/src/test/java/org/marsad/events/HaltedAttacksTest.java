package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link HaltedAttacks}. */
class HaltedAttacksTest {
  private static boolean halted(String sentence, String noun) {
    List<Token> ts = tokens(sentence);
    return HaltedAttacks.halted(ts, index(ts, noun), 0);
  }

  @Test
  void fightingToBeStoppedOrEndedIsNoAttack() {
    assertThat(halted("واتفق الطرفان على وقف القتال في الخرطوم", "القتال")).isTrue();
    assertThat(halted("ويسعى الرئيس إلى إنهاء الحرب في أوكرانيا", "الحرب")).isTrue();
    assertThat(halted("وطالبت الدول بوقف فوري للقتال في المدينة", "للقتال")).isTrue();
    assertThat(halted("وتوقف القصف على رفح صباح الأحد", "القصف")).isTrue();
  }

  @Test
  void fightingToldAsHappeningStaysAnAttack() {
    assertThat(halted("واستمر القتال في المدينة رغم الدعوات", "القتال")).isFalse();
    assertThat(halted("وشن الجيش هجوما على مواقع المسلحين", "هجوما")).isFalse();
    assertThat(halted("وقتل خمسة أشخاص في القصف على المدينة", "القصف")).isFalse();
  }
}
