package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.cand;
import static org.marsad.events.TestTokens.place;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Factuality;
import org.marsad.model.Token;

/** The rule of {@link HomeArrests}. */
class HomeArrestsTest {
  /** The arrest word {@code trigger} of {@code sentence} in a story from {@code home}, with the sentence's parts. */
  private static boolean candidate(String sentence, String trigger, String home, List<Part> parts) {
    List<Token> ts = tokens(sentence);
    return HomeArrests.candidate(ts, parts, cand(ts, trigger, "COERCE", "arrest"), home);
  }

  @Test
  void anArrestWithNoSideMayBeTheHomeAuthorities() {
    assertThat(candidate("وتم توقيف الكثيرين منهم", "توقيف", "YEM", List.of())).isTrue();
    assertThat(candidate("وتمكنت فيها من اعتقال عدد من المطلوبين", "اعتقال", "JOR", List.of())).isTrue();
    List<Token> ts = tokens("وقال مصدر إنه من مواليد روسيا وتم اعتقال والديه");
    assertThat(HomeArrests.candidate(ts, List.of(place(ts, "روسيا", "", "RUS")),
        cand(ts, "اعتقال", "COERCE", "arrest"), "FRA")).isTrue();
  }

  @Test
  void stoppingPlacesOfDetentionAimsAndOtherStatesAreNot() {
    assertThat(candidate("وقال الأطباء إنهم يوقفون العمل", "يوقفون", "DZA", List.of())).isFalse();
    assertThat(candidate("ونقل المهاجرون إلى مراكز احتجاز أخرى", "احتجاز", "LBY", List.of())).isFalse();
    assertThat(candidate("والبحث جار للقبض عليهم", "للقبض", "LBY", List.of())).isFalse();
    assertThat(candidate("وتم اعتقال خمسة أشخاص", "اعتقال", "PSE", List.of())).isFalse();
    List<Token> ts = tokens("وأوضح الجبير أن اعتقالهن تسبب في الأزمة");
    assertThat(HomeArrests.candidate(ts, List.of(place(ts, "الجبير", "", "SAU")),
        cand(ts, "اعتقالهن", "COERCE", "arrest"), "CAN")).isFalse();
  }

  @Test
  void negatedDemandedListedHostagesAndStopsAreNot() {
    assertThat(candidate("ولم يتم قط اعتقاله منذ ذلك الحين", "اعتقاله", "USA", List.of())).isFalse();
    assertThat(candidate("عمال يطالبون باعتقال مدير الشركة", "باعتقال", "IND", List.of())).isFalse();
    assertThat(candidate("وتصل العقوبة إلى السجن لمن يلقى القبض عليه", "يلقى", "CAN", List.of())).isFalse();
    assertThat(candidate("ويعيش الصحفيون في خوف من الاعتقال", "الاعتقال", "TUR", List.of())).isFalse();
    assertThat(candidate("ويقال إنهم قتلوا أو اعتقلوا", "اعتقلوا", "IRQ", List.of())).isFalse();
    assertThat(candidate("انتهاكات تتراوح بين الاعتقال والضرب", "الاعتقال", "ITA", List.of())).isFalse();
    assertThat(candidate("أنباء عن احتجاز مسلح لرهائن في مصرف", "احتجاز", "FRA", List.of())).isFalse();
    assertThat(candidate("أدى الهجوم إلى توقيف مؤقت لحركة الطيران", "توقيف", "SAU", List.of())).isFalse();
    assertThat(candidate("حكومة لا تضم وزراء معتقلين أو في المنفى", "معتقلين", "ESP", List.of())).isTrue();
    assertThat(candidate("وقال الوزير إنه لم يتأخر، وتم اعتقال المشتبه به", "اعتقال", "EGY", List.of())).isTrue();
  }

  @Test
  void anArticleWhoseArrestsAreAnotherStatesIsNotTheHomeAuthorities() {
    List<Token> ts = tokens("واعتقلت السلطات التركية القس برانسون ولعب الوزيران دورا في اعتقاله");
    Cand turkish = cand(ts, "واعتقلت", "COERCE", "arrest");
    turkish.actor = place(ts, "التركية", "", "TUR");
    turkish.fact = Factuality.ASSERTED;
    Cand bare = cand(ts, "اعتقاله", "COERCE", "arrest");
    bare.homeArrest = true;
    bare.fact = Factuality.ASSERTED;
    assertThat(HomeArrests.arrestedAbroad(List.of(turkish, bare), "USA")).isTrue();
    assertThat(HomeArrests.arrestedAbroad(List.of(bare), "USA")).isFalse();
    Cand american = cand(ts, "واعتقلت", "COERCE", "arrest");
    american.actor = place(ts, "التركية", "", "USA");
    american.fact = Factuality.ASSERTED;
    assertThat(HomeArrests.arrestedAbroad(List.of(turkish, american, bare), "USA")).isFalse();
    turkish.fact = Factuality.NEGATED;
    assertThat(HomeArrests.arrestedAbroad(List.of(turkish, bare), "USA")).isFalse();
  }

  @Test
  void onlyAnAssertedArrestWithNoActorAtHomeTakesTheHomeState() {
    List<Token> ts = tokens("وتم اعتقال خمسة أشخاص في الموصل");
    Part home = place(ts, "الموصل", "في", "IRQ");
    Cand c = cand(ts, "اعتقال", "COERCE", "arrest");
    c.homeArrest = true;
    c.fact = Factuality.ASSERTED;
    assertThat(HomeArrests.home(c, home)).isTrue();
    c.recipient = place(ts, "الموصل", "في", "IRQ");
    assertThat(HomeArrests.home(c, home)).isTrue();
    c.recipient = place(ts, "الموصل", "في", "IRN");
    assertThat(HomeArrests.home(c, home)).isFalse();
    c.recipient = null;
    c.place = place(ts, "الموصل", "في", "SYR");
    assertThat(HomeArrests.home(c, home)).isFalse();
    c.place = place(ts, "الموصل", "في", null);
    assertThat(HomeArrests.home(c, home)).isTrue(); // a place of no state far from the arrest
    c.placeNear = true;
    assertThat(HomeArrests.home(c, home)).isFalse(); // «احتجزوا في الشرق الأوسط»: a region of no state
    c.placeNear = false;
    c.place = null;
    c.fact = Factuality.HYPOTHETICAL;
    assertThat(HomeArrests.home(c, home)).isFalse();
    c.fact = Factuality.ASSERTED;
    c.homeArrest = false;
    assertThat(HomeArrests.home(c, home)).isFalse();
  }
}
