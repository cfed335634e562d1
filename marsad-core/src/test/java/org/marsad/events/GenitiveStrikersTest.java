package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/** The rule of {@link GenitiveStrikers}. */
class GenitiveStrikersTest {
  private static final TriggerLexicon.Entry MISSILE = new TriggerLexicon.Entry(new String[] {"صواريخ"}, "ASSAULT",
      "missile", "195", false, List.of(), Set.of(), true, true, false);
  private static final TriggerLexicon.Entry SHELLING = new TriggerLexicon.Entry(new String[] {"قصف"}, "ASSAULT",
      "shell", "195", false, List.of(), Set.of(), true, false, false);

  private static Part group(List<Token> ts, String first, String last, String country) {
    int i = index(ts, first);
    int j = index(ts, last);
    Entity e = new Entity("E1", EntityType.ORG, ts.get(i).text(), ts.get(i).start(), ts.get(j).end(), null, country,
        "group:X", null, null, "REB", "kb");
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), country, "REB", null, e, "", false, false, false,
        false);
  }

  private static Part place(List<Token> ts, String first, String last, String country, String prep) {
    int i = index(ts, first);
    int j = index(ts, last);
    return new Part(i, j + 1, ts.get(i).start(), ts.get(j).end(), country, null, null, null, prep, true, false, false,
        false);
  }

  private static Cand read(List<Token> ts, String word, TriggerLexicon.Entry e, List<Part> ps) {
    int i = index(ts, word);
    Cand c = new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
    c.recipient = ps.get(ps.size() - 1);
    GenitiveStrikers.read(ts, 0, ts.size(), ps, c);
    return c;
  }

  @Test
  void theGenitiveOfLaunchingLaunches() {
    List<Token> ts = tokens("وأدانت الكويت إطلاق ميليشيات الحوثي صواريخ على مدينة جازان");
    Part houthis = group(ts, "ميليشيات", "الحوثي", "YEM");
    Part jizan = place(ts, "مدينة", "جازان", "SAU", "علي");
    Cand c = read(ts, "صواريخ", MISSILE, List.of(houthis, jizan));
    assertThat(c.actor).isSameAs(houthis);
    assertThat(c.recipient).isSameAs(jizan);
  }

  @Test
  void theGenitiveOfAnAttackWithItsTargetAfterItAttacks() {
    List<Token> ts = tokens("بسبب قصف الحوثيين على مدينة جازان");
    Part houthis = group(ts, "الحوثيين", "الحوثيين", "YEM");
    Part jizan = place(ts, "مدينة", "جازان", "SAU", "علي");
    Cand c = read(ts, "قصف", SHELLING, List.of(houthis, jizan));
    assertThat(c.actor).isSameAs(houthis);
  }

  @Test
  void aGenitiveWithNoTargetAfterItIsTheTarget() {
    List<Token> ts = tokens("وأدان الوزير قصف الحوثيين أمس");
    Part houthis = group(ts, "الحوثيين", "الحوثيين", "YEM");
    Cand c = read(ts, "قصف", SHELLING, List.of(houthis));
    assertThat(c.actor).isNull();
    assertThat(c.recipient).isSameAs(houthis);
  }
}
