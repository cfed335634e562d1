package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link ReportedSubjects}, and the masculine heads of {@link Morphology} it uses (session 19). */
class ReportedSubjectsTest {
  /** A part of words {@code first}..{@code last} (inclusive), of a state, a bare title when {@code title}. */
  private static Part part(List<Token> ts, String first, String last, String country, boolean title) {
    int i = index(ts, first);
    int j = index(ts, last);
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), country, "GOV", null, null, "", false, false,
        false, title);
  }

  /** The reported subject of the statement at {@code trigger}, with the parts {first, last, country}. */
  private static Part subject(String sentence, String trigger, boolean verb, boolean feminine, int flags, String type,
                              List<String[]> parts) {
    List<Token> ts = tokens(sentence);
    int i = index(ts, trigger);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {ts.get(i).norm()}, type, null, "010", verb,
        List.of(), Set.of(), true, false, feminine);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, flags), 0);
    List<Part> ps = new ArrayList<>();
    for (String[] p : parts) {
      ps.add(part(ts, p[0], p[1], p[2], p.length > 3));
    }
    Part speaker = ps.get(0);
    return ReportedSubjects.of(ts, 0, ps, c, speaker);
  }

  @Test
  void theSubjectAfterTheComplementiserMakesItsOwnStatement() {
    Part p = subject("وقالت الحكومة البحرينية إن قطر نفذت إجراءات ضد مواطنيها ، كما طلبت من رعاياها المغادرة",
        "طلبت", true, true, 0, "REQUEST", List.of(new String[] {"الحكومة", "البحرينية", "BHR"},
            new String[] {"قطر", "قطر", "QAT"}));
    assertThat(p).isNotNull();
    assertThat(p.country()).isEqualTo("QAT");
    p = subject("وقال المتحدث السعودي إن القيادي الحوثي ، صالح الصماد ، توعد بإطلاق الصواريخ", "توعد", true, false,
        0, "THREATEN", List.of(new String[] {"المتحدث", "السعودي", "SAU"},
            new String[] {"القيادي", "الحوثي", "YEM"}));
    assertThat(p).isNotNull();
    assertThat(p.country()).isEqualTo("YEM");
    p = subject("وأضاف المسؤول الأمريكي أن إيران تزعزع أمن المنطقة من خلال دعم الحوثيين", "دعم", false, false, 0,
        "SUPPORT", List.of(new String[] {"المسؤول", "الأمريكي", "USA"}, new String[] {"إيران", "إيران", "IRN"}));
    assertThat(p).isNotNull();
    assertThat(p.country()).isEqualTo("IRN");
  }

  @Test
  void aCoordinatedVerbABareTitleOrAnotherGenderIsNone() {
    assertThat(subject("وقال الرئيس الفرنسي إن ألمانيا بحاجة إلى تغيير سياستها وطالبها بتوضيح موقفها", "وطالبها",
        true, false, Clitics.CONJ | Clitics.SUFFIX, "REQUEST", List.of(new String[] {"الرئيس", "الفرنسي", "FRA"},
            new String[] {"ألمانيا", "ألمانيا", "DEU"}))).isNull();
    assertThat(subject("ولفت الرئيس التركي إلى أن إدارة ، دونالد ترامب ، هددت بفرض عقوبات", "هددت", true, true, 0,
        "THREATEN", List.of(new String[] {"الرئيس", "التركي", "TUR"},
            new String[] {"إدارة", "إدارة", "TUR", "title"}))).isNull();
    assertThat(subject("وقال الوزير المصري إن الرئيس السوداني ، عمر البشير ، طالبت بالحوار", "طالبت", true, true, 0,
        "REQUEST", List.of(new String[] {"الوزير", "المصري", "EGY"},
            new String[] {"الرئيس", "السوداني", "SDN"}))).isNull();
  }

  @Test
  void anAccusationACallOrANounAfterAPrepositionKeepsTheSpeaker() {
    assertThat(subject("وأكد المستشار الأمريكي أن روسيا تتحمل المسؤولية عن العنف", "المسؤولية", false, false, 0,
        "ACCUSE", List.of(new String[] {"المستشار", "الأمريكي", "USA"},
            new String[] {"روسيا", "روسيا", "RUS"}))).isNull();
    assertThat(subject("وأكد الناطق اليمني أن قوات الجيش اليمني تتقدم بدعم من التحالف", "بدعم", false, false,
        Clitics.PREPOSITION, "SUPPORT", List.of(new String[] {"الناطق", "اليمني", "YEM"},
            new String[] {"قوات", "اليمني", "YEM"}))).isNull();
  }

  @Test
  void masculineHeadsWithAPossessiveButNoFeminineHeads() {
    List<Token> ts = tokens("واستدعت سفيرها لدى كندا ورحبت الملكة بالقرار وطالبت المجتمع الدولي");
    assertThat(Morphology.masculineHead(ts, part(ts, "سفيرها", "سفيرها", null, true))).isTrue();
    assertThat(Morphology.masculineHead(ts, part(ts, "الملكة", "الملكة", null, true))).isFalse();
    assertThat(Morphology.masculineBody(ts, part(ts, "المجتمع", "الدولي", null, true))).isTrue();
  }
}
