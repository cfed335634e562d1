package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link AccusedDoers}. */
class AccusedDoersTest {
  private static Part part(List<Token> ts, String word, String country) {
    int i = index(ts, word);
    return new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), country, "GOV", null, null, "", true, false,
        false, false);
  }

  private static Cand accusation(List<Token> ts, Part accuser, Part accused) {
    int i = index(ts, "واتهم");
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {"اتهم"}, "ACCUSE", "allege", "112", true,
        List.of("ب"), Set.of(), true, false, false);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
    c.actor = accuser;
    c.recipient = accused;
    return c;
  }

  private static Cand rockets(List<Token> ts, String word) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {"صواريخ"}, "ASSAULT", "heavy-weapons", "195",
        false, List.of("علي"), Set.of(), true, false, false);
    return new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
  }

  @Test
  void theActOverAChargeAndADayBetweenCommasIsTheAccused() {
    List<Token> ts = tokens("واتهم نتنياهو إيران بتجاوز خط أحمر بإطلاقها، ليل الأربعاء، صواريخ على الجولان");
    Part iran = part(ts, "إيران", "IRN");
    Cand acc = accusation(ts, part(ts, "نتنياهو", "ISR"), iran);
    assertThat(AccusedDoers.of(ts, ts.size(), rockets(ts, "صواريخ"), List.of(acc))).isEqualTo(iran);
  }

  @Test
  void anActFurtherDownAChainOfChargesIsNotTheAccused() {
    List<Token> ts = tokens("واتهم الغرب روسيا بالعبث بموقع الهجوم في دوما");
    Part russia = part(ts, "روسيا", "RUS");
    Cand acc = accusation(ts, part(ts, "الغرب", "USA"), russia);
    assertThat(AccusedDoers.of(ts, ts.size(), rockets(ts, "الهجوم"), List.of(acc))).isNull();
  }
}
