package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.marsad.model.AcledType;

class OntologyTest {
  private final Ontology o = Ontology.standard();

  @Test
  void hasTheSixteenPloverTypesInManualOrder() {
    assertThat(o.types()).containsExactly("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
        "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
  }

  @Test
  void modesComeFromTheManualTables() {
    assertThat(o.modes("ASSAULT")).contains("aerial", "heavy-weapons", "abduct", "unconventional")
        .doesNotContain("execute", "sideAB");
    assertThat(o.modes("CONSULT")).containsExactly("visit", "third-party", "multilateral", "phone");
    assertThat(o.modes("REJECT")).isEqualTo(o.modes("REQUEST"));
    assertThat(o.isValid("ASSAULT", "assassinate")).isFalse();
    assertThat(o.isValid("ASSAULT", null)).isTrue();
  }

  @Test
  void scoresFromTheManualWithTheModeFirst() {
    assertThat(o.score("ASSAULT", "heavy-weapons")).isEqualTo(-9.5);
    assertThat(o.score("ASSAULT", null)).isEqualTo(-9.0);
    assertThat(o.score("CONSULT", "third-party")).isEqualTo(1.0);
    assertThat(o.score("AID", null)).isEqualTo(10.0);
    assertThat(o.score("ACCUSE", null)).as("sign typo in the manual read as -3").isEqualTo(-3.0);
    for (String t : o.types()) {
      assertThat(o.score(t, null)).isBetween(-10.0, 10.0);
    }
    assertThatThrownBy(() -> o.score("FIGHT", null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cameoCodesMapToPlover() {
    assertThat(o.cameo("194").type()).isEqualTo("ASSAULT");
    assertThat(o.cameo("041").mode()).isEqualTo("phone");
    assertThat(o.cameo("173").type()).isEqualTo("COERCE");
    assertThat(o.cameo("111").type()).isEqualTo("ACCUSE");
    assertThat(o.cameo("9999")).isNull();
  }

  @Test
  void acledTypesForViolentProtestAndStrategicEvents() {
    assertThat(o.acled("ASSAULT", "aerial")).isEqualTo(new AcledType("Explosions/Remote violence", "Air/drone strike"));
    assertThat(o.acled("ASSAULT", "heavy-weapons").subtype()).isEqualTo("Shelling/artillery/missile attack");
    assertThat(o.acled("ASSAULT", null)).isEqualTo(new AcledType("Battles", "Armed clash"));
    assertThat(o.acled("PROTEST", "riot").type()).isEqualTo("Riots");
    assertThat(o.acled("COERCE", "arrest").subtype()).isEqualTo("Arrests");
    assertThat(o.acled("CONSULT", "phone")).isNull();
  }
}
