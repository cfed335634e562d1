package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/**
 * One test per token-only rule on statements added in session 12 (ev12b); the others are read in
 * {@link SentenceGoldenTest}.
 */
class StatementRulesTest {
  @Test
  void aSourceAskingNotToBeNamedDemandsNothing() {
    List<Token> name = tokens("وقال المسؤول طالبا عدم نشر اسمه إن");
    assertThat(NoEventReadings.asksAnonymity(name, index(name, "طالبا") + 1, name.size())).isTrue();
    List<Token> identity = tokens("الذان طلبا عدم الكشف عن هويتيهما");
    assertThat(NoEventReadings.asksAnonymity(identity, index(identity, "طلبا") + 1, identity.size())).isTrue();
    List<Token> secret = tokens("الذي طلب الحفاظ على سرية اسمه");
    assertThat(NoEventReadings.asksAnonymity(secret, index(secret, "طلب") + 1, secret.size())).isTrue();
    List<Token> demand = tokens("وطالب الوزير بعدم التدخل في شؤون بلاده");
    assertThat(NoEventReadings.asksAnonymity(demand, index(demand, "وطالب") + 1, demand.size())).isFalse();
  }

  @Test
  void anEmergencyMeetingIsARequestOnlyWhenCalledFor() {
    List<Token> called = tokens("ودعت الكويت لاجتماع طارئ لمجلس الأمن");
    assertThat(NoEventReadings.meetingCalledFor(called, index(called, "لاجتماع"), 0)).isTrue();
    List<Token> toHold = tokens("دعوة فرنسا وبريطانيا إلى عقد اجتماع طارئ");
    assertThat(NoEventReadings.meetingCalledFor(toHold, index(toHold, "اجتماع"), 0)).isTrue();
    List<Token> begun = tokens("فيما بدأ مجلس الأمن، الخميس، جلسة طارئة");
    assertThat(NoEventReadings.meetingCalledFor(begun, index(begun, "جلسة"), 0)).isFalse();
    List<Token> during = tokens("وقال السفير خلال جلسة طارئة لمجلس الأمن");
    assertThat(NoEventReadings.meetingCalledFor(during, index(during, "جلسة"), 0)).isFalse();
  }

  @Test
  void rulingACountryOrReasoningAJudgmentSentencesNoOne() {
    List<Token> ruled = tokens("أردوغان الذي حكم تركيا فعليا على مدى خمسة عشر عاما");
    assertThat(NoEventReadings.ruledNoSentence(ruled, index(ruled, "حكم"), ruled.size())).isTrue();
    List<Token> ground = tokens("واستندت المحكمة في حكمها ، تأسيسا على أن القرار سيادي");
    assertThat(NoEventReadings.ruledNoSentence(ground, index(ground, "حكمها"), ground.size())).isTrue();
    List<Token> sentenced = tokens("وحكمت المحكمة على الصحفي بالسجن");
    assertThat(NoEventReadings.ruledNoSentence(sentenced, index(sentenced, "وحكمت"), sentenced.size())).isFalse();
  }

  @Test
  void anInvitationToAMealDemandsNothing() {
    List<Token> lunch = tokens("وكانت الكنيسة مفتوحة للزوار في دعوة غداء");
    assertThat(NoEventReadings.mealInvitation(lunch, match(lunch, "دعوة"), lunch.size())).isTrue();
    List<Token> dinner = tokens("ولبى السفير دعوة على العشاء");
    assertThat(NoEventReadings.mealInvitation(dinner, match(dinner, "دعوة"), dinner.size())).isTrue();
    List<Token> call = tokens("وجدد الوزير دعوة الأطراف إلى الحوار");
    assertThat(NoEventReadings.mealInvitation(call, match(call, "دعوة"), call.size())).isFalse();
  }

  private static TriggerLexicon.Match match(List<Token> ts, String word) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {ts.get(i).norm()}, "REQUEST", "appeal", "100",
        false, List.of(), java.util.Set.of(), true, false, false);
    return new TriggerLexicon.Match(e, i, i + 1, 0);
  }

  private static Part state(List<Token> ts, int i, String country, String prep) {
    return new Part(i, i + 1, ts.get(i).start(), ts.get(i).end(), country, "GOV", null, null, prep, false, false,
        false, false);
  }

  @Test
  void theTwoSidesAreTheLastTwoStatesNamedTheFirstNamedActing() {
    List<Token> ts = tokens("بعد مكالمة العاهل السعودي في الرياض مع الرئيس التركي اتفق الطرفان");
    Part saudi = state(ts, index(ts, "العاهل"), "SAU", "");
    Part venue = state(ts, index(ts, "الرياض"), "SAU", "في");
    Part turk = state(ts, index(ts, "الرئيس"), "TUR", "مع");
    Cand pair = DualSubjects.pairNamed(ts, null, List.of(saudi, venue, turk), 0);
    assertThat(pair.actor.country()).isEqualTo("SAU");
    assertThat(pair.recipient.country()).isEqualTo("TUR");
    assertThat(DualSubjects.pairNamed(ts, null, List.of(saudi, venue), 0)).isNull();
  }

  @Test
  void aTopicBeforeAColonIsNoSide() {
    List<Token> ts = tokens("لبنان : أكد البلدان دعمهما للحكومة اللبنانية والعراق");
    Part topic = state(ts, index(ts, "لبنان"), "LBN", "");
    Part iraq = state(ts, index(ts, "والعراق"), "IRQ", "");
    assertThat(DualSubjects.pairNamed(ts, null, List.of(topic, iraq), 0)).isNull();
  }

  private static Part span(List<Token> ts, int first, int end, String country) {
    return new Part(first, end, ts.get(first).start(), ts.get(end - 1).end(), country, "GOV", null, null, "", false,
        false, false, false);
  }

  @Test
  void anOfficialAttacksAPersonOrAStateOverSomethingInWords() {
    List<Token> ts = tokens("رئيس الوزراء يهاجم الوزير السابق");
    assertThat(FigurativeReadings.officialAttacks(ts, List.of(span(ts, 0, 2, "ESP"), span(ts, 3, 5, "ESP")), 2, 3,
        ts.size())).isTrue();
    List<Token> over = tokens("رئيس الوزراء يهاجم لندن بسبب جبل طارق");
    assertThat(FigurativeReadings.officialAttacks(over, List.of(span(over, 0, 2, "ESP"), span(over, 3, 4, "GBR")), 2,
        3, over.size())).isTrue();
    List<Token> base = tokens("رئيس الوزراء يهاجم لندن");
    assertThat(FigurativeReadings.officialAttacks(base, List.of(span(base, 0, 2, "ESP"), span(base, 3, 4, "GBR")), 2,
        3, base.size())).isFalse();
    List<Token> army = tokens("الجيش يهاجم الوزير");
    assertThat(FigurativeReadings.officialAttacks(army, List.of(span(army, 0, 1, "ESP"), span(army, 2, 3, "ESP")), 1,
        2, army.size())).isFalse();
  }

  private static Cand threat(List<Token> ts, String word) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {ts.get(i).norm()}, "THREATEN", "threaten",
        "138", true, List.of("obj"), java.util.Set.of(), true, false, false);
    return new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
  }

  @Test
  void aThreatToLeaveAnAgreementNamesTheAgreement() {
    List<Token> ts = tokens("ولوح ترامب بالانسحاب من الاتفاق النووي");
    assertThat(WithdrawalThreats.agreement(ts, threat(ts, "ولوح"), ts.size())).isEqualTo(index(ts, "الاتفاق"));
    List<Token> back = tokens("تعديل الاتفاق النووي، والذي هدد ترامب بالانسحاب منه");
    assertThat(WithdrawalThreats.agreement(back, threat(back, "هدد"), back.size())).isEqualTo(index(back, "الاتفاق"));
    List<Token> cabinet = tokens("وهدد الوزير بالانسحاب من الحكومة");
    assertThat(WithdrawalThreats.agreement(cabinet, threat(cabinet, "وهدد"), cabinet.size())).isEqualTo(-1);
  }

  @Test
  void goodsStartingWithAPrepositionLetterAreReadWhole() {
    List<Token> survival = tokens("أزمة تهدد بقاء الائتلاف");
    int i = index(survival, "تهدد");
    assertThat(NoEventReadings.endangers(survival, i, i + 1, 0, survival.size())).isTrue();
    List<Token> unity = tokens("مما يهدد وحدة البلاد");
    int j = index(unity, "يهدد");
    assertThat(NoEventReadings.endangers(unity, j, j + 1, 0, unity.size())).isTrue();
    List<Token> flood = tokens("الأمطار تهدد بغمر الكهف");
    int k = index(flood, "تهدد");
    assertThat(NoEventReadings.endangers(flood, k, k + 1, 0, flood.size())).isTrue();
    List<Token> force = tokens("هدد الرئيس بضرب المنشآت");
    assertThat(NoEventReadings.endangers(force, 0, 1, 0, force.size())).isFalse();
  }

  @Test
  void aDefiniteCommentFarAfterTheVerbIsStillDeclined() {
    List<Token> far = tokens("ورفض متحدث باسم الوزير ووزارة العدل ومكتب المدعي العام الأمريكي التعليق");
    assertThat(NoEventReadings.declinesToComment(far, 1, far.size())).isTrue();
    List<Token> inside = tokens("ورفض متحدث باسم الوزير ووزارة العدل ومكتب المدعي العام الأمريكي في التعليق");
    assertThat(NoEventReadings.declinesToComment(inside, 1, inside.size())).isFalse();
    List<Token> questions = tokens("رفضت المستشارة الرد على العديد من الأسئلة");
    assertThat(NoEventReadings.declinesToComment(questions, 1, questions.size())).isTrue();
    List<Token> demand = tokens("رفضت الحكومة الرد على مطالب المحتجين");
    assertThat(NoEventReadings.declinesToComment(demand, 1, demand.size())).isFalse();
  }

  @Test
  void offeringACommentIsDeclinedNotAConcession() {
    List<Token> answer = tokens("ورفضت وزارة الداخلية تقديم رد رسمي على الموضوع");
    assertThat(NoEventReadings.declinesToComment(answer, 1, answer.size())).isTrue();
    List<Token> any = tokens("رفض المتحدث إعطاء أي تعليق");
    assertThat(NoEventReadings.declinesToComment(any, 1, any.size())).isTrue();
    List<Token> concession = tokens("رفض الرئيس تقديم أي تنازلات في المفاوضات");
    assertThat(NoEventReadings.declinesToComment(concession, 1, concession.size())).isFalse();
  }

  private static TriggerLexicon.Entry verbEntry(String form, boolean feminine) {
    return new TriggerLexicon.Entry(new String[] {form}, "ACCUSE", "disapprove", "111", true, List.of("obj"),
        java.util.Set.of(), true, false, feminine);
  }

  @Test
  void aMasculineVerbHasNoFeminineStateAsSubject() {
    assertThat(Morphology.masculineVerb(verbEntry("انتقد", false))).isTrue();
    assertThat(Morphology.masculineVerb(verbEntry("يدين", false))).isTrue();
    assertThat(Morphology.masculineVerb(verbEntry("انتقدت", true))).isFalse();
    assertThat(Morphology.masculineVerb(verbEntry("تدين", false))).isFalse();
    assertThat(Morphology.masculineVerb(verbEntry("دعم", false))).isFalse(); // also the verbal noun
    List<Token> ts = tokens("وانتقد موسكو ونفى الأردن");
    org.marsad.model.Entity moscow = new org.marsad.model.Entity("E1", org.marsad.model.EntityType.GPE, "موسكو",
        ts.get(1).start(), ts.get(1).end(), "Moscow", "RUS", "geonames:524901", 55.0, 37.0, null, "kb");
    org.marsad.model.Entity jordan = new org.marsad.model.Entity("E2", org.marsad.model.EntityType.GPE, "الأردن",
        ts.get(3).start(), ts.get(3).end(), "Jordan", "JOR", "iso3:JOR", 31.0, 36.0, null, "kb");
    assertThat(Morphology.feminineState(new Part(1, 2, moscow.start(), moscow.end(), "RUS", null, "Moscow", moscow, "",
        true, false, false, false))).isTrue();
    assertThat(Morphology.feminineState(new Part(3, 4, jordan.start(), jordan.end(), "JOR", null, "Jordan", jordan, "",
        true, false, false, false))).isFalse();
  }

  @Test
  void toFulfilACommitmentIsNoDenial() {
    List<Token> kept = tokens("ما دمنا نفي بالتزاماتنا الدولية");
    assertThat(NoEventReadings.fulfils(kept, index(kept, "نفي"), kept.size())).isTrue();
    List<Token> denial = tokens("نفي الوزارة للاتهامات");
    assertThat(NoEventReadings.fulfils(denial, 0, denial.size())).isFalse();
  }
}
