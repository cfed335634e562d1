package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link CoRecipients} and «كلا من» before a verb's objects (session 21). */
class CoRecipientsTest {
  private static Part part(List<Token> ts, String first, int words, String country) {
    int i = index(ts, first);
    return new Part(i, i + words, ts.get(i).start(), ts.get(i + words - 1).end(), country, "GOV", null, null, "",
        false, false, false, false);
  }

  private static Cand verb(List<Token> ts, String word, String type) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {word}, type, null, "112", true,
        List.of("obj"), Set.of(), true, false, false);
    return new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
  }

  @Test
  void eachObjectJoinedByWawIsAccused() {
    List<Token> ts = tokens("اتهمت لندن كلا من روسيا وسوريا بعرقلة وصول البعثة");
    Part london = part(ts, "لندن", 1, "GBR");
    Part russia = part(ts, "روسيا", 1, "RUS");
    Part syria = part(ts, "وسوريا", 1, "SYR");
    Cand c = verb(ts, "اتهمت", "ACCUSE");
    c.actor = london;
    c.recipient = russia;
    c.coRecipients = CoRecipients.of(ts, List.of(london, russia, syria), c);
    assertThat(c.coRecipients).containsExactly(syria);
    assertThat(c.twins()).extracting(t -> t.actor.country() + ">" + t.recipient.country()).containsExactly("GBR>SYR");
  }

  @Test
  void furtherSpeakersAccuseEachObject() {
    List<Token> ts = tokens("وتتهم الولايات المتحدة وبريطانيا روسيا وسوريا بإخفاء الحقائق");
    Part usa = part(ts, "الولايات", 2, "USA");
    Part uk = part(ts, "وبريطانيا", 1, "GBR");
    Part russia = part(ts, "روسيا", 1, "RUS");
    Part syria = part(ts, "وسوريا", 1, "SYR");
    Cand c = verb(ts, "وتتهم", "ACCUSE");
    c.actor = usa;
    c.coActors = List.of(uk);
    c.recipient = russia;
    c.coRecipients = CoRecipients.of(ts, List.of(usa, uk, russia, syria), c);
    assertThat(c.twins()).extracting(t -> t.actor.country() + ">" + t.recipient.country())
        .containsExactly("GBR>RUS", "USA>SYR", "GBR>SYR");
  }

  @Test
  void eachGuestJoinedByWawIsMet() {
    List<Token> ts = tokens("وكان كيم قد التقى كلا من الرئيس الصيني ورئيس كوريا الجنوبية");
    Part kim = part(ts, "كيم", 1, "PRK");
    Part xi = part(ts, "الرئيس", 2, "CHN");
    Part moon = part(ts, "ورئيس", 3, "KOR");
    Cand meeting = verb(ts, "التقى", "CONSULT");
    meeting.actor = kim;
    meeting.recipient = xi;
    assertThat(CoRecipients.of(ts, List.of(kim, xi, moon), meeting)).containsExactly(moon);
  }

  @Test
  void nounsAndJoinedRecipientsKeepOneRecipient() {
    List<Token> ts = tokens("اتهامات الرئيس الأمريكي روسيا وسوريا");
    Part usa = part(ts, "الرئيس", 2, "USA");
    Part russia = part(ts, "روسيا", 1, "RUS");
    Part syria = part(ts, "وسوريا", 1, "SYR");
    Cand noun = TestTokens.cand(ts, "اتهامات", "ACCUSE", null);
    noun.actor = usa;
    noun.recipient = russia;
    assertThat(CoRecipients.of(ts, List.of(usa, russia, syria), noun)).isEmpty();

    List<Token> ts2 = tokens("تطالب الصين والفيليبين وبروناي وماليزيا وفييتنام بحق السيادة");
    Part china = part(ts2, "الصين", 1, "CHN");
    Part brunei = part(ts2, "وبروناي", 1, "BRN");
    Part malaysia = part(ts2, "وماليزيا", 1, "MYS");
    Cand claim = verb(ts2, "تطالب", "REQUEST");
    claim.actor = china;
    claim.recipient = brunei; // a list of speakers broken off: no objects
    assertThat(CoRecipients.of(ts2, List.of(china, brunei, malaysia), claim)).isEmpty();
  }

  @Test
  void kullanMinListsTheObjectsOfAVerb() {
    List<Token> ts = tokens("كما طالبت المنظمة كلا من بريطانيا وفرنسا بتعليق مبيعات الأسلحة");
    assertThat(Parts.prepositionBefore(ts, index(ts, "بريطانيا"), 0)).isEmpty();
    List<Token> ts2 = tokens("وتقدم قوات النظام بمساندة كل من روسيا وإيران");
    assertThat(Parts.prepositionBefore(ts2, index(ts2, "روسيا"), 0)).isEqualTo("من");
  }
}
