package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Factuality;
import org.marsad.model.Token;

/** The rules of {@link Retaliations}. */
class RetaliationsTest {
  private static Part state(List<Token> ts, String word, String country) {
    int i = index(ts, word);
    return new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), country, "GOV", null, null, "", true, false, false,
        false);
  }

  private static Cand cand(List<Token> ts, String word, String type, Part actor, Part recipient) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {word}, type, null, "138", true, List.of("obj"),
        java.util.Set.of(), true, false, false);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
    c.actor = actor;
    c.recipient = recipient;
    c.fact = Factuality.ASSERTED;
    return c;
  }

  @Test
  void aResponseToSanctionsIsAimedAtTheStateThatImposedThem() {
    List<Token> ts = tokens("فرضت واشنطن عقوبات على أنقرة وتعهدت تركيا بالرد على العقوبات");
    Cand sanction = cand(ts, "فرضت", "SANCTION", state(ts, "واشنطن", "USA"), state(ts, "أنقرة", "TUR"));
    Cand vow = cand(ts, "وتعهدت", "THREATEN", state(ts, "تركيا", "TUR"), null);
    Retaliations.resolve(ts, List.of(sanction, vow));
    assertThat(vow.recipient.country()).isEqualTo("USA");
  }

  @Test
  void aBareVowAnswersTheLastActAgainstTheThreatenersState() {
    List<Token> ts = tokens("اعتقلت إسرائيل سائحا أردنيا في قضية أغضبت عمان التي تعهدت بالرد");
    Cand arrest = cand(ts, "اعتقلت", "COERCE", state(ts, "إسرائيل", "ISR"), state(ts, "أردنيا", "JOR"));
    Cand vow = cand(ts, "تعهدت", "THREATEN", state(ts, "عمان", "JOR"), null);
    Retaliations.resolve(ts, List.of(arrest, vow));
    assertThat(vow.recipient.country()).isEqualTo("ISR");
  }

  @Test
  void aThreatWithNoWordOfResponseIsLeftAlone() {
    List<Token> ts = tokens("اعتقلت إسرائيل سائحا أردنيا وهددت عمان بطرد السفير");
    Cand arrest = cand(ts, "اعتقلت", "COERCE", state(ts, "إسرائيل", "ISR"), state(ts, "أردنيا", "JOR"));
    Cand threat = cand(ts, "وهددت", "THREATEN", state(ts, "عمان", "JOR"), null);
    Retaliations.resolve(ts, List.of(arrest, threat));
    assertThat(threat.recipient).isNull();
  }
}
