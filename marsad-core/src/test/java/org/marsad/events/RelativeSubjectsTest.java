package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link RelativeSubjects} (session 17). */
class RelativeSubjectsTest {
  private static TriggerLexicon.Entry verb(String form, boolean feminine) {
    return new TriggerLexicon.Entry(new String[] {form}, "ACCUSE", "allege", "112", true, List.of("obj"), Set.of(),
        true, false, feminine);
  }

  private static Part part(List<Token> ts, String first, int words, String country) {
    int i = index(ts, first);
    return new Part(i, i + words, ts.get(i).start(), ts.get(i + words - 1).end(), country, "GOV", null, null, "",
        false, false, false, country == null);
  }

  @Test
  void aVerbThatDoesNotAgreeWithThePronounHasItsOwnSubject() {
    List<Token> ts = tokens("العميل السابق الذي تتهم لندن موسكو بتسميمه");
    assertThat(RelativeSubjects.otherSubject(ts, "الذي", verb("تتهم", false), part(ts, "لندن", 1, "GBR"))).isTrue();
    List<Token> two = tokens("الكفيل الكويتي التي طالب الجانب الفلبيني بحمايته");
    assertThat(RelativeSubjects.otherSubject(two, "التي", verb("طالب", false), part(two, "الجانب", 2, "PHL")))
        .isTrue();
  }

  @Test
  void anAgreeingVerbOrTheAntecedentsOwnNounIsLeftAlone() {
    List<Token> ts = tokens("الحكومة البريطانية التي تتهم روسيا بالهجوم");
    assertThat(RelativeSubjects.otherSubject(ts, "التي", verb("تتهم", false), part(ts, "روسيا", 1, "RUS"))).isFalse();
    List<Token> own = tokens("بوتين الذي تدعم بلاده دمشق");
    assertThat(RelativeSubjects.otherSubject(own, "الذي", verb("تدعم", false), part(own, "بلاده", 1, null))).isFalse();
  }

  @Test
  void rightsGroupsSpeakForNoState() {
    List<Token> ts = tokens("المصور الذي تطالب منظمات حقوقية دولية بإطلاق سراحه");
    Part groups = part(ts, "منظمات", 2, "EGY");
    Part speaker = RelativeSubjects.speaker(ts, groups, ts.size());
    assertThat(speaker.country()).isNull();
    assertThat(speaker.sector()).isEqualTo("NGO");
  }
}
