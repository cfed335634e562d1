package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link EvidenceSubjects} (session 16). */
class EvidenceSubjectsTest {
  private static final TriggerLexicon.Entry SUPPORT = new TriggerLexicon.Entry(new String[] {"تدعم"}, "SUPPORT", null,
      "051", true, List.of(), Set.of(), true, false, true);

  private static boolean evidence(String sentence, String verb) {
    List<Token> ts = tokens(sentence);
    return EvidenceSubjects.evidenceSubject(ts, SUPPORT, index(ts, verb), 0);
  }

  @Test
  void evidenceIsNoSpeaker() {
    assertThat(evidence("لم يقدم أدلة تدعم ذلك", "تدعم")).isTrue();
    assertThat(evidence("ليست لدينا معلومات تدعم الفرضية", "تدعم")).isTrue();
    assertThat(evidence("يملك \" وثائق تدعم روايته", "تدعم")).isTrue();
  }

  @Test
  void aStateSupportStays() {
    assertThat(evidence("وقالت إن فرنسا تدعم الحكومة", "تدعم")).isFalse();
  }
}
