package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link GenitiveNisbas} (session 21). */
class GenitiveNisbasTest {
  private static Part title(List<Token> ts, String first, int words) {
    int i = index(ts, first);
    return new Part(i, i + words, ts.get(i).start(), ts.get(i + words - 1).end(), null, "GOV", null, null, "",
        false, false, false, true);
  }

  private static Part nisba(List<Token> ts, String word, String country) {
    int i = index(ts, word);
    return new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), country, "GOV", null, null, "", false, true, false,
        false);
  }

  @Test
  void theNisbaAtTheEndOfTheTitlesGenitiveChainGivesItsState() {
    List<Token> ts = tokens("أجرى محادثات مع الأمين العام للمجلس الأعلى للأمن القومي الإيراني علي شمخاني");
    Part head = title(ts, "الأمين", 2);
    Part iranian = nisba(ts, "الإيراني", "IRN");
    assertThat(GenitiveNisbas.of(ts, List.of(head, iranian), head)).isEqualTo(iranian);
  }

  @Test
  void aChainThatDoesNotOpenWithLilIsNoGenitiveOfTheTitle() {
    List<Token> ts = tokens("هاجم الجيش المواقع الإيرانية في المنطقة");
    Part army = title(ts, "الجيش", 1);
    Part iranian = nisba(ts, "الإيرانية", "IRN");
    assertThat(GenitiveNisbas.of(ts, List.of(army, iranian), army)).isNull();
  }

  @Test
  void punctuationOrAnIndefiniteWordEndsTheChain() {
    List<Token> comma = tokens("وقال الأمين العام للمجلس ، الإيراني الأصل ، إن");
    Part head = title(comma, "الأمين", 2);
    assertThat(GenitiveNisbas.of(comma, List.of(head, nisba(comma, "الإيراني", "IRN")), head)).isNull();

    List<Token> verb = tokens("وقال المتحدث للصحفيين يرفض الإيراني");
    Part speaker = title(verb, "المتحدث", 1);
    assertThat(GenitiveNisbas.of(verb, List.of(speaker, nisba(verb, "الإيراني", "IRN")), speaker)).isNull();
  }
}
