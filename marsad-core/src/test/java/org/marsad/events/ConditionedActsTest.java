package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link Conditions#conditioned}: acts made a condition (session 17, ev17c). */
class ConditionedActsTest {
  private static TriggerLexicon.Entry noun(String word, String type) {
    return new TriggerLexicon.Entry(new String[] {word}, type, null, null, false, List.of(), Set.of(), true, false,
        false);
  }

  private static boolean conditioned(String sentence, String trigger, String type) {
    List<Token> ts = tokens(sentence);
    return Conditions.conditioned(ts, index(ts, trigger), 0, noun(trigger, type));
  }

  @Test
  void anActHungOnAnotherIsHypothetical() {
    assertThat(conditioned("وترهن دمشق أي مفاوضات حول الجنوب بانسحاب القوات الأمريكية", "بانسحاب", "RETREAT"))
        .isTrue();
    assertThat(conditioned("واشترطت طهران رفع العقوبات قبل العودة إلى الاتفاق", "رفع", "CONCEDE")).isTrue();
    assertThat(conditioned("وربطت موسكو رفع العقوبات بانسحاب القوات", "رفع", "CONCEDE")).isTrue();
  }

  @Test
  void tyingTwoFactsOrADoerIsNoCondition() {
    assertThat(conditioned("وربط الوزير بين القانون واستعادة الجيش السيطرة على الغوطة", "السيطرة", "COERCE"))
        .isFalse();
    assertThat(conditioned("وربطت الشرطة الهجوم بتنظيم داعش", "الهجوم", "ASSAULT")).isFalse();
    assertThat(conditioned("العلاقة التي تربط واشنطن بالرياض والتي تدعوها إلى التذكر", "تدعوها", "REQUEST"))
        .isFalse();
  }

  @Test
  void anActListedAmongConditionsIsHypothetical() {
    assertThat(conditioned("وحددت واشنطن عشرة شروط لأي اتفاق مع طهران، بينها انسحاب القوات الإيرانية", "انسحاب",
        "RETREAT")).isTrue();
    assertThat(conditioned("وشهدت المدينة معارك عنيفة، بينها انسحاب القوات", "انسحاب", "RETREAT")).isFalse();
  }

  @Test
  void onlyByAnActAfterAFutureNegationOrUnless() {
    assertThat(conditioned("إن الحوار لن يبدأ إلا بعد انسحاب القوات التركية", "انسحاب", "RETREAT")).isTrue();
    assertThat(conditioned("ولم يقتل في الهجوم إلا شخص واحد", "الهجوم", "ASSAULT")).isFalse();
    assertThat(conditioned("لا تصدقوا التصريحات ما لم تروا أن واشنطن سحبت قواتها", "سحبت", "RETREAT")).isTrue();
    assertThat(conditioned("ما لم تفرج عن القس الذي تحتجزه", "تحتجزه", "COERCE")).isFalse();
  }
}
