package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link NegationReach}: negated rejections and verbs joined under one negation (session 14, ev14b). */
class NegationReachTest {
  @Test
  void aNegatedRejectionIsNone() {
    List<Token> ts = tokens("وقال إن الحوثيين لا يرفضون المفاوضات");
    assertThat(NegationReach.rejectNegated(ts, index(ts, "يرفضون"), 0)).isTrue();
    List<Token> so = tokens("ولم يرفضه أي نائب");
    assertThat(NegationReach.rejectNegated(so, index(so, "يرفضه"), 0)).isTrue();
    List<Token> which = tokens("وهو ما تنفيه موسكو");
    assertThat(NegationReach.rejectNegated(which, index(which, "تنفيه"), 0)).isFalse();
  }

  @Test
  void anExceptionAssertsTheRejection() {
    List<Token> ts = tokens("ولم يرفضه سوى مندوب إسرائيل");
    assertThat(NegationReach.rejectNegated(ts, index(ts, "يرفضه"), 0)).isFalse();
  }

  @Test
  void aVerbJoinedByOrSharesTheNegation() {
    List<Token> ts = tokens("ولم يؤكد متحدث باسم وزارة الدفاع أو ينفي التقارير");
    assertThat(NegationReach.joinedNegated(ts, index(ts, "ينفي"), 0)).isTrue();
    List<Token> plain = tokens("وأكد المتحدث أو نفى التقارير");
    assertThat(NegationReach.joinedNegated(plain, index(plain, "نفى"), 0)).isFalse();
    List<Token> cut = tokens("لم يعلق المتحدث، لكنه أكد أو نفى التقارير");
    assertThat(NegationReach.joinedNegated(cut, index(cut, "نفى"), 0)).isFalse();
  }

  @Test
  void aNegatedSupportVerbNegatesItsNoun() {
    Cues cues = new Cues();
    List<Token> ts = tokens("ولم تشن إسرائيل غارات على مواقع إيرانية");
    assertThat(NegationReach.supportNegated(ts, index(ts, "غارات"), 0, cues)).isTrue();
    List<Token> done = tokens("وشنت إسرائيل غارات على مواقع إيرانية");
    assertThat(NegationReach.supportNegated(done, index(done, "غارات"), 0, cues)).isFalse();
  }

  @Test
  void aNounGivenOrSpokenOfUnderANegationIsNone() {
    List<Token> ts = tokens("وقال المسؤول إن طهران لم تقدم \"أي إنذار\" للعراق");
    assertThat(NegationReach.toldNegated(ts, index(ts, "إنذار"), 0)).isTrue();
    List<Token> own = tokens("وقال الوزير أنا لم أتحدث عن ضربة عسكرية ضد إيران");
    assertThat(NegationReach.toldNegated(own, index(own, "ضربة"), 0)).isTrue();
    List<Token> third = tokens("ولم يتحدث البيان عن الغارات الإسرائيلية على دمشق");
    assertThat(NegationReach.toldNegated(third, index(third, "الغارات"), 0)).isFalse();
    List<Token> given = tokens("وقدمت طهران إنذارا للعراق");
    assertThat(NegationReach.toldNegated(given, index(given, "إنذارا"), 0)).isFalse();
  }
}
