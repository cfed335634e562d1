package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link Parts#prepositionBefore} over aircraft and guns (session 12, ev12a). */
class PartsCraftTest {
  @Test
  void aircraftStandBetweenAnAgentPrepositionAndTheForce() {
    List<Token> t = tokens("لقصف جوي من قبل مقاتلات روسية");
    assertThat(Parts.prepositionBefore(t, 5, 0)).isEqualTo("قبل");
    List<Token> hands = tokens("قتلوا على يد طائرات التحالف");
    assertThat(Parts.prepositionBefore(hands, 4, 0)).isEqualTo("يد");
  }
}
