package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link BothKoreas}. */
class BothKoreasTest {
  private static Part part(List<Token> ts, String first, String last, String country) {
    int i = index(ts, first);
    int j = index(ts, last);
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), country, "GOV", null, null, "", false, true, false,
        false);
  }

  private static Cand cand(List<Token> ts, String word, String type) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {ts.get(i).norm()}, type, null, "040", true,
        List.of("obj"), java.util.Set.of(), true, false, false);
    return new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
  }

  @Test
  void theLeadersOfTheTwoKoreasMeetEachOther() {
    List<Token> ts = tokens("التقى زعيما الكوريتين في قمة مفاجئة");
    Cand c = cand(ts, "التقى", "CONSULT");
    c.actor = part(ts, "زعيما", "الكوريتين", "KOR");
    c.recipient = c.actor;
    BothKoreas.read(ts, c);
    assertThat(c.actor.country()).isEqualTo("KOR");
    assertThat(c.recipient.country()).isEqualTo("PRK");
  }

  @Test
  void aThirdStateOrAStatementKeepsItsSides() {
    List<Token> ts = tokens("ورحبت اليابان باتفاق الكوريتين");
    Cand support = cand(ts, "ورحبت", "SUPPORT");
    Part koreas = part(ts, "الكوريتين", "الكوريتين", "KOR");
    support.recipient = koreas;
    BothKoreas.read(ts, support);
    assertThat(support.recipient).isEqualTo(koreas);
    Cand meeting = cand(ts, "باتفاق", "AGREE");
    meeting.actor = part(ts, "اليابان", "اليابان", "JPN");
    meeting.recipient = koreas;
    BothKoreas.read(ts, meeting);
    assertThat(meeting.actor.country()).isEqualTo("JPN");
    assertThat(meeting.recipient).isEqualTo(koreas);
  }
}
