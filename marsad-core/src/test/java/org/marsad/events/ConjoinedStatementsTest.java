package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link FactualityRule#conjoinedStatement}: a «و»-verb of speech after a rejection is the speaker's act (session 18). */
class ConjoinedStatementsTest {
  private static TriggerLexicon.Match match(String form, String type, boolean verb, int clitics) {
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {form}, type, null, "138", verb, List.of("obj"),
        Set.of(), true, false, false);
    return new TriggerLexicon.Match(e, 5, 6, clitics);
  }

  @Test
  void aThreatVerbWithWawIsTheSpeakersOwnAct() {
    assertThat(FactualityRule.conjoinedStatement(match("توعدت", "THREATEN", true, Clitics.CONJ))).isTrue();
  }

  @Test
  void nounsBareVerbsAndMaterialActsStayGoverned() {
    assertThat(FactualityRule.conjoinedStatement(match("توعدت", "THREATEN", true, 0))).isFalse();
    assertThat(FactualityRule.conjoinedStatement(match("تهديد", "THREATEN", false, Clitics.CONJ))).isFalse();
    assertThat(FactualityRule.conjoinedStatement(match("قتلت", "ASSAULT", true, Clitics.CONJ))).isFalse();
  }
}
