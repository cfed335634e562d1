package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link OpeningSubjects}. */
class OpeningSubjectsTest {
  private static Part part(List<Token> ts, String first, int words, String country) {
    int i = index(ts, first);
    return new Part(i, i + words, ts.get(i).start(), ts.get(i + words - 1).end(), country, "GOV", null, null, "",
        false, false, false, false);
  }

  /** An accusation whose one part after the verb was read as the one accused (no actor). */
  private static Cand charge(List<Token> ts, String word, boolean feminine, Part accused) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {Parts.stripConj(ts.get(i).norm())}, "ACCUSE",
        "allege", "112", true, List.of("obj"), java.util.Set.of(), true, false, feminine);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
    c.recipient = accused;
    return c;
  }

  @Test
  void theVerbOpeningTheSentenceLendsItsSubject() {
    List<Token> ts = tokens("ونشرت السفارة الروسية بيانا مطولا، واتهمت السلطات البريطانية بفبركة الأدلة");
    Part embassy = part(ts, "السفارة", 2, "RUS");
    Part british = part(ts, "السلطات", 2, "GBR");
    Cand c = charge(ts, "واتهمت", true, british);
    assertThat(OpeningSubjects.of(ts, 0, ts.size(), List.of(embassy, british), c)).isEqualTo(embassy);
  }

  @Test
  void noSubjectIsLentOverAPrepositionOrAnotherGender() {
    List<Token> prep = tokens("وفي بيان مطول للسفارة الروسية، واتهمت السلطات البريطانية بفبركة الأدلة");
    Part british = part(prep, "السلطات", 2, "GBR");
    Cand c = charge(prep, "واتهمت", true, british);
    assertThat(OpeningSubjects.of(prep, 0, prep.size(), List.of(british), c)).isNull();
    List<Token> gender = tokens("ونشر الوزير الروسي بيانا مطولا، واتهمت السلطات البريطانية بفبركة الأدلة");
    Part minister = part(gender, "الوزير", 2, "RUS");
    Part authorities = part(gender, "السلطات", 2, "GBR");
    Cand d = charge(gender, "واتهمت", true, authorities);
    assertThat(OpeningSubjects.of(gender, 0, gender.size(), List.of(minister, authorities), d)).isNull();
  }

  @Test
  void aCallAfterAReportSharesTheReportersSubject() {
    Cues cues = new Cues();
    List<Token> ts = tokens("وذكرت الشرطة الفرنسية أن الحريق اندلع ليلا وحثت السكان على إخلاء المبنى");
    int[] mk = new int[ts.size()];
    for (int i = 0; i < ts.size(); i++) {
      mk[i] = ts.get(i).kind() == Token.Kind.WORD ? cues.mask(ts.get(i).norm()) : 0;
    }
    Part police = part(ts, "الشرطة", 2, "FRA");
    Part residents = part(ts, "السكان", 1, "FRA");
    int v = index(ts, "وحثت");
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {"حثت"}, "REQUEST", null, "102", true,
        List.of("obj"), java.util.Set.of(), true, false, true);
    Cand c = new Cand(new TriggerLexicon.Match(e, v, v + 1, 0), 0);
    c.actor = residents;
    assertThat(OpeningSubjects.reported(ts, mk, 0, ts.size(), List.of(police, residents), c, new Speakers(cues)))
        .isEqualTo(police);
  }
}
