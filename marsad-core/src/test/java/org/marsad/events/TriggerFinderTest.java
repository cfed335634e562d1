package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/**
 * One test per token-only rule of {@link TriggerFinder} added in session 11 (the others are read in
 * {@link SentenceGoldenTest}).
 */
class TriggerFinderTest {
  @Test
  void aPresentVerbOfControlWithAnObjectPronounTellsWhoHoldsWhat() {
    assertThat(TriggerFinder.stateOfControl(tokens("تحتلها").get(0))).isTrue();
    assertThat(TriggerFinder.stateOfControl(tokens("يحتله").get(0))).isTrue();
    assertThat(TriggerFinder.stateOfControl(tokens("تحتلهما").get(0))).isTrue();
    assertThat(TriggerFinder.stateOfControl(tokens("وتسيطر").get(0))).isTrue();
    assertThat(TriggerFinder.stateOfControl(tokens("احتلت").get(0))).isFalse();
    assertThat(TriggerFinder.stateOfControl(tokens("احتلها").get(0))).isFalse();
  }

  @Test
  void aGripIsNoArrest() {
    assertThat(TriggerFinder.grip(tokens("قبضتها").get(0))).isTrue();
    assertThat(TriggerFinder.grip(tokens("وقبضته").get(0))).isTrue();
    assertThat(TriggerFinder.grip(tokens("بقبضتهم").get(0))).isTrue();
    assertThat(TriggerFinder.grip(tokens("قبضت").get(0))).isFalse();
    assertThat(TriggerFinder.grip(tokens("وقبضت").get(0))).isFalse();
  }

  @Test
  void anExpulsionOfNoEnvoyNamesNoDiplomat() {
    List<Token> sport = tokens("طردت كرواتيا روسيا من كأس العالم");
    assertThat(NoEventReadings.noEnvoyAfter(sport, 1, sport.size())).isTrue();
    List<Token> envoy = tokens("طرد السفير الكندي من الرياض");
    assertThat(NoEventReadings.noEnvoyAfter(envoy, 1, envoy.size())).isFalse();
  }

  @Test
  void fightersDrivenOutByForcesAreNoExpulsion() {
    List<Token> forces = tokens("بعد طردهم منها من قبل ألوية العمالقة");
    assertThat(NoEventReadings.fightersDrivenOut(forces, 2, forces.size())).isTrue();
    List<Token> army = tokens("إثر طردها من قبل الجيش");
    assertThat(NoEventReadings.fightersDrivenOut(army, 2, army.size())).isTrue();
    List<Token> official = tokens("بعد طردها من قبل رئيس الموظفين");
    assertThat(NoEventReadings.fightersDrivenOut(official, 2, official.size())).isFalse();
    List<Token> envoys = tokens("طرد الدبلوماسيين من قبل الحكومة");
    assertThat(NoEventReadings.fightersDrivenOut(envoys, 1, envoys.size())).isFalse();
  }

  @Test
  void controlHandedOverOrLostIsNoSeizure() {
    List<Token> handover = tokens("مستعد لتسليم السيطرة على الميناء");
    assertThat(TriggerFinder.controlPassed(handover, 2, 0)).isTrue();
    List<Token> lost = tokens("قبل فقدانه السيطرة على المدينة");
    assertThat(TriggerFinder.controlPassed(lost, 2, 0)).isTrue();
    List<Token> taken = tokens("تمكنت القوات من السيطرة على المدينة");
    assertThat(TriggerFinder.controlPassed(taken, 3, 0)).isFalse();
  }

  @Test
  void categoricalIsNoBoycott() {
    List<Token> denial = tokens("ونفى الوزير نفيا قاطعا تلك الأنباء");
    assertThat(NoEventReadings.categorical(denial, 3, 0, denial.size())).isTrue();
    List<Token> manner = tokens("مؤكدا بشكل قاطع رفض العرض");
    assertThat(NoEventReadings.categorical(manner, 2, 0, manner.size())).isTrue();
    List<Token> district = tokens("في قاطع مدينة الصدر");
    assertThat(NoEventReadings.categorical(district, 1, 0, district.size())).isTrue();
    List<Token> boycott = tokens("المعارضة قاطعت الانتخابات");
    assertThat(NoEventReadings.categorical(boycott, 1, 0, boycott.size())).isFalse();
    List<Token> verb = tokens("وقاطع النواب الجلسة");
    assertThat(NoEventReadings.categorical(verb, 0, 0, verb.size())).isFalse();
  }

  @Test
  void aTargetingVerbBeforeAnAimMeansAimsAt() {
    List<Token> aim = tokens("خطة إقليمية تستهدف احتواء الأزمة");
    assertThat(NoEventReadings.aimsAt(aim, 2, 3, aim.size())).isTrue();
    List<Token> step = tokens("في إجراء يستهدف تجفيف موارد الجماعات");
    assertThat(NoEventReadings.aimsAt(step, 2, 3, step.size())).isTrue();
    List<Token> attack = tokens("وتستهدف الطائرات مواقع المعارضة");
    assertThat(NoEventReadings.aimsAt(attack, 0, 1, attack.size())).isFalse();
  }
}
