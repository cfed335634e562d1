package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.place;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link ArrestPlaces}. */
class ArrestPlacesTest {
  private static Cand arrest(List<Token> ts, String word, String mode) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {"اعتقال"}, "COERCE", mode, "173", false,
        List.of("obj"), Set.of(), true, false, false);
    return new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
  }

  private static Part holder(String sentence, String trigger, String where, String country, String mode) {
    List<Token> ts = tokens(sentence);
    Cand c = arrest(ts, trigger, mode);
    c.place = place(ts, where, "في", country);
    return ArrestPlaces.holder(ts, c);
  }

  @Test
  void theStateOfThePlaceAfterTheArrestArrests() {
    assertThat(holder("اعتقال معارض بارز في السودان", "اعتقال", "السودان", "SDN", "arrest")).isNotNull();
    assertThat(holder("وتم توقيف شابين في فرنسا السبت", "توقيف", "فرنسا", "FRA", "arrest")).isNotNull();
  }

  @Test
  void aPlaceBeforeTheArrestOrInPalestineOrAnotherModeIsNone() {
    assertThat(holder("كان يعمل في بلجيكا عندما تم اعتقاله", "اعتقاله", "بلجيكا", "BEL", "arrest")).isNull();
    assertThat(holder("اعتقال خمسة شبان في فلسطين", "اعتقال", "فلسطين", "PSE", "arrest")).isNull();
    assertThat(holder("الاستيلاء على مواقع في سوريا", "الاستيلاء", "سوريا", "SYR", "seize")).isNull();
  }
}
