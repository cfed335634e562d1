package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rules of {@link Participles} (session 18). */
class ParticiplesTest {
  private static TriggerLexicon.Entry entry(String form, String type, String mode) {
    return new TriggerLexicon.Entry(new String[] {form}, type, mode, "111", true, List.of("obj"),
        Set.of("participle"), true, false, false);
  }

  private static TriggerLexicon.Match match(List<Token> ts, String form, String type, String mode) {
    int i = index(ts, form);
    return new TriggerLexicon.Match(entry(ts.get(i).norm(), type, mode), i, i + 1, 0);
  }

  private static Part part(List<Token> ts, String first, int words, String country) {
    int i = index(ts, first);
    return new Part(i, i + words, ts.get(i).start(), ts.get(i + words - 1).end(), country, "GOV", null, null, "",
        false, false, false, true);
  }

  @Test
  void afterACommaOrADefiniteWordItIsAStatement() {
    List<Token> ts = tokens("وقال الوزير في مؤتمر صحفي، منددا بالهجوم");
    TriggerLexicon.Match m = match(ts, "منددا", "ACCUSE", "disapprove");
    assertThat(Participles.adjective(ts, m, m.first(), 0, ts.size())).isFalse();
    List<Token> ts2 = tokens("وسارعت موسكو إلى الرد متهمة لندن بالكذب");
    TriggerLexicon.Match m2 = match(ts2, "متهمة", "ACCUSE", "allege");
    assertThat(Participles.adjective(ts2, m2, m2.first(), 0, ts2.size())).isFalse();
  }

  @Test
  void afterANumberOrAnIndefiniteWordItIsNoStatement() {
    List<Token> ts = tokens("وأحالت النيابة 30 متهما إلى المحكمة");
    TriggerLexicon.Match m = match(ts, "متهما", "ACCUSE", "allege");
    assertThat(Participles.adjective(ts, m, m.first(), 0, ts.size())).isTrue();
    List<Token> ts2 = tokens("وخرجت تظاهرات رافضة للاتفاق");
    TriggerLexicon.Match m2 = match(ts2, "رافضة", "REJECT", null);
    assertThat(Participles.adjective(ts2, m2, m2.first(), 0, ts2.size())).isTrue();
  }

  @Test
  void anAccusedBeforeBiIsNoStatement() {
    List<Token> ts = tokens("وقالت المنظمة إن الحوثيين متهمين بقتل مدنيين");
    TriggerLexicon.Match m = match(ts, "متهمين", "ACCUSE", "allege");
    assertThat(Participles.adjective(ts, m, m.first(), 0, ts.size())).isTrue();
  }

  @Test
  void thePartAfterIsTheObjectAndTheSpeakerTheActor() {
    List<Token> ts = tokens("وقال الرئيس الفلسطيني إن الهجوم جريمة، مطالبا المجتمع الدولي بالتدخل");
    TriggerLexicon.Match m = match(ts, "مطالبا", "REQUEST", null);
    Part president = part(ts, "الرئيس", 2, "PSE");
    Part community = part(ts, "المجتمع", 2, null);
    Cand c = new Cand(m, 0);
    c.actor = community;
    Participles.objectAfter(c);
    assertThat(c.recipient).isEqualTo(community);
    assertThat(c.actor).isNull();
    Participles.actor(c, List.of(), president);
    assertThat(c.actor).isEqualTo(president);
  }

  @Test
  void withNoSpeakerTheVerbBeforeLendsItsActor() {
    List<Token> ts = tokens("استدعت جنوب أفريقيا سفيرها لدى إسرائيل، منددة بالاعتداء");
    Part africa = part(ts, "جنوب", 2, "ZAF");
    int s = index(ts, "استدعت");
    TriggerLexicon.Entry recall = new TriggerLexicon.Entry(new String[] {"استدعت"}, "SANCTION", null, "161", true,
        List.of("obj"), Set.of(), true, false, false);
    Cand before = new Cand(new TriggerLexicon.Match(recall, s, s + 1, 0), 0);
    before.actor = africa;
    Cand c = new Cand(match(ts, "منددة", "ACCUSE", "disapprove"), 0);
    Participles.actor(c, List.of(before), null);
    assertThat(c.actor).isEqualTo(africa);
  }
}
