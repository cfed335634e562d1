package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.cand;
import static org.marsad.events.TestTokens.place;
import static org.marsad.events.TestTokens.tokens;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link HomeProtests}. */
class HomeProtestsTest {
  /** The protest word {@code trigger} of {@code sentence}, with an attack or arrest word {@code act} or null. */
  private static boolean unplaced(String sentence, String trigger, String mode, String act) {
    List<Token> ts = tokens(sentence);
    Cand c = cand(ts, trigger, "PROTEST", mode);
    List<Cand> sentenceCands = new ArrayList<>();
    if (act != null) {
      sentenceCands.add(cand(ts, act, "COERCE", "arrest"));
    }
    sentenceCands.add(c);
    return HomeProtests.unplaced(ts, ts.size(), c, sentenceCands);
  }

  @Test
  void aProtestWithNoSideIsTheHomePeoples() {
    assertThat(unplaced("وتشهد مدينة الموصل احتجاجات شعبية منذ أسبوعين", "احتجاجات", "demo", null)).isTrue();
    assertThat(unplaced("واستقال الوزير عقب احتجاجات واسعة", "احتجاجات", "demo", null)).isTrue();
    assertThat(unplaced("وعم الإضراب الشامل مدن الضفة", "الإضراب", "strike", null)).isTrue();
    assertThat(unplaced("وخرج الآلاف في مسيرة العودة الكبرى", "مسيرة", "demo", null)).isTrue();
  }

  @Test
  void protestersAsAnObjectAMarchOfNoProtestOrAPretenceAreNone() {
    assertThat(unplaced("واعتقلت الشرطة عشرات المتظاهرين", "المتظاهرين", "demo", "واعتقلت")).isFalse();
    assertThat(unplaced("وقمعت الشرطة مظاهرات سلمية", "مظاهرات", "demo", "وقمعت")).isFalse();
    assertThat(unplaced("وقال إنه فخور بمسيرة حياته وفق تقرير المسيرة", "المسيرة", "demo", null)).isFalse();
    assertThat(unplaced("وشاركوا في المسيرة العسكرية", "المسيرة", "demo", null)).isFalse();
    assertThat(unplaced("وقال الممثل إنه تظاهر بأنه السيناتور", "تظاهر", "demo", null)).isFalse();
    assertThat(unplaced("وبدأ إضراب عن الطعام في السجن", "إضراب", "hunger", null)).isFalse();
  }

  @Test
  void aPlaceOfAnotherStateOrANamedSideKeepsTheHomePeopleOut() {
    List<Token> ts = tokens("وخرجت مظاهرات في لندن");
    Part home = place(ts, "لندن", "في", "GBR");
    Cand c = cand(ts, "مظاهرات", "PROTEST", "demo");
    c.homeProtest = true;
    assertThat(HomeProtests.home(c, home)).isTrue();
    c.place = place(ts, "لندن", "في", "GBR");
    assertThat(HomeProtests.home(c, home)).isTrue();
    c.place = place(ts, "لندن", "في", "FRA");
    assertThat(HomeProtests.home(c, home)).isFalse();
    c.place = null;
    c.recipient = place(ts, "لندن", "في", "IRN");
    assertThat(HomeProtests.home(c, home)).isFalse();
    c.recipient = null;
    assertThat(HomeProtests.home(c, null)).isFalse();
  }
}
