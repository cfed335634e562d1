package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** One test per token-only rule of {@link FigurativeReadings} (the others are read in {@link SentenceGoldenTest}). */
class FigurativeReadingsTest {
  @Test
  void aWeaponNounAfterAWordOfAnArsenalIsNoStrike() {
    List<Token> arsenal = tokens("طورت البلاد برنامج الصواريخ البعيدة");
    assertThat(FigurativeReadings.arsenalBefore(arsenal, index(arsenal, "الصواريخ"), 0)).isTrue();
    List<Token> strike = tokens("أطلقت الميليشيا الصواريخ على المدينة");
    assertThat(FigurativeReadings.arsenalBefore(strike, index(strike, "الصواريخ"), 0)).isFalse();
  }

  @Test
  void anEventNounAfterAChargeIsACharge() {
    List<Token> charge = tokens("أوقفت الشرطة رجلا بتهمة القتل");
    assertThat(FigurativeReadings.chargedBefore(charge, index(charge, "القتل"), 0)).isTrue();
    List<Token> event = tokens("تواصل القتل في المدينة");
    assertThat(FigurativeReadings.chargedBefore(event, index(event, "القتل"), 0)).isFalse();
  }

  @Test
  void eventWordsJoinedToAChargeAreChargedToo() {
    List<Token> chain = tokens("خلية متهمة باحتجاز وتعذيب وقتل رهائن");
    assertThat(FigurativeReadings.chargedInChain(chain, index(chain, "وقتل"), 0)).isTrue();
    assertThat(FigurativeReadings.chargedInChain(chain, index(chain, "وتعذيب"), 0)).isTrue();
    List<Token> event = tokens("اعتقلت الشرطة المتهم وقتل جندي في الاشتباك");
    assertThat(FigurativeReadings.chargedInChain(event, index(event, "وقتل"), 0)).isFalse();
  }

  @Test
  void anAttackNounWithAnAdjectiveOfSpeechIsWords() {
    List<Token> tone = tokens("وشن الوزير هجوما شديد اللهجة على المعارضة");
    assertThat(FigurativeReadings.spokenTone(tone, index(tone, "شديد"), tone.size())).isTrue();
    List<Token> sharp = tokens("شن النائب هجوما لاذعا على الحكومة");
    assertThat(FigurativeReadings.spokenTone(sharp, index(sharp, "لاذعا"), sharp.size())).isTrue();
    List<Token> arms = tokens("شن المسلحون هجوما عنيفا على الثكنة");
    assertThat(FigurativeReadings.spokenTone(arms, index(arms, "عنيفا"), arms.size())).isFalse();
  }

  @Test
  void aDescriptionOfHowBadAWoundIsAccusesNoOne() {
    List<Token> ts = tokens("وصفت إصابته بالطفيفة");
    assertThat(FigurativeReadings.severityDescribed(ts, 1, ts.size())).isTrue();
    List<Token> other = tokens("وصفت الحكومة الهجوم بالوحشي");
    assertThat(FigurativeReadings.severityDescribed(other, 1, other.size())).isFalse();
  }

  @Test
  void aDescriptionOfASituationAccusesNoOne() {
    List<Token> ts = tokens("ووصف المسؤول الوضع الإنساني بالمأساوي");
    assertThat(FigurativeReadings.situationDescribed(ts, 1, ts.size(), List.of())).isTrue();
    List<Token> other = tokens("ووصف المسؤول الهجوم بالوحشي");
    assertThat(FigurativeReadings.situationDescribed(other, 1, other.size(), List.of())).isFalse();
  }

  @Test
  void aSituationIsSoughtAfterALongSubject() {
    List<Token> ts = tokens("ووصف منسق الشؤون الإنسانية للأمم المتحدة في اليمن ، الأربعاء ، وضع النازحين بالمأساوي");
    List<Part> subject = List.of(new Part(1, 8, 0, 0, null, "IGO", null, null, "", false, false, false, false));
    assertThat(FigurativeReadings.situationDescribed(ts, 1, ts.size(), subject)).isTrue();
    List<Token> other = tokens("ووصف منسق الشؤون الإنسانية للأمم المتحدة في اليمن ، الأربعاء ، الغارة بالوحشية");
    assertThat(FigurativeReadings.situationDescribed(other, 1, other.size(), subject)).isFalse();
    List<Token> after = tokens("ووصف وزير الإعلام في الحكومة اليمنية الغارة بالوحشية في ظل الوضع الإنساني");
    assertThat(FigurativeReadings.situationDescribed(after, 1, after.size(), List.of())).isFalse();
  }

  @Test
  void theDescriptionIsFoundAfterALongObject() {
    List<Token> ts = tokens("ووصف الوزير اتفاق التهدئة بين الحكومة والمتمردين في الجنوب خلال شهر رمضان بأنه خطوة إيجابية");
    assertThat(FigurativeReadings.description(ts, 1, ts.size())).isEqualTo(index(ts, "بأنه"));
    List<Token> bare = tokens("ووصف الرئيس إعلان المشروع المشترك بالفرصة التاريخية");
    assertThat(FigurativeReadings.description(bare, 1, bare.size())).isEqualTo(index(bare, "بالفرصة"));
    List<Token> none = tokens("ووصف الرئيس إعلان المشروع المشترك");
    assertThat(FigurativeReadings.description(none, 1, none.size())).isEqualTo(-1);
  }

  @Test
  void measuresTargetWithoutStriking() {
    List<Token> ts = tokens("وتستهدف العقوبات الجديدة المصارف");
    assertThat(FigurativeReadings.measureNear(ts, 0, 1, 0, ts.size())).isTrue();
    List<Token> other = tokens("وتستهدف الطائرات مواقع المسلحين");
    assertThat(FigurativeReadings.measureNear(other, 0, 1, 0, other.size())).isFalse();
  }

  @Test
  void aCommentVerbFollowedByItsMarkIsAComment() {
    List<Token> ts = tokens("وعلق الوزير على القرار بالقول");
    assertThat(FigurativeReadings.commentary(ts, 1, ts.size())).isTrue();
    List<Token> other = tokens("علق الجيش العمليات. ثم انسحب على الفور");
    assertThat(FigurativeReadings.commentary(other, 1, other.size())).isFalse();
  }

  @Test
  void fajjaraWithANounOfADisputeSetsOffNoBomb() {
    List<Token> dispute = tokens("وفجر تعرض الجاسوس للتسمم ، في مدينة سالزبري ، نزاعا دبلوماسيا");
    assertThat(FigurativeReadings.sparked(dispute, 0, 1, 0, dispute.size())).isTrue();
    List<Token> name = tokens("وفي مهرجان \" فجر \" السينمائي");
    assertThat(FigurativeReadings.sparked(name, index(name, "فجر"), index(name, "فجر") + 1, 0, name.size())).isTrue();
    List<Token> bomb = tokens("فجر انتحاري حزامه الناسف قرب مركبة");
    assertThat(FigurativeReadings.sparked(bomb, 0, 1, 0, bomb.size())).isFalse();
  }

  @Test
  void anAttackSaidInWordsIsToldByItsMediumOrObject() {
    List<Token> opposition = tokens("الوزير يهاجم المعارضة");
    assertThat(FigurativeReadings.wordsOfSpeech(opposition, List.of(), 1, 2, opposition.size())).isTrue();
    List<Token> lecture = tokens("ألقى محاضرة في قم هاجم فيها الرئيس");
    assertThat(FigurativeReadings.wordsOfSpeech(lecture, List.of(), 4, 5, lecture.size())).isTrue();
    List<Token> video = tokens("هاجمت في فيديو نشر على فيسبوك المسؤولين");
    assertThat(FigurativeReadings.wordsOfSpeech(video, List.of(), 0, 1, video.size())).isTrue();
    List<Token> village = tokens("القرية التي هاجم فيها المسلحون الجنود");
    assertThat(FigurativeReadings.wordsOfSpeech(village, List.of(), 2, 3, village.size())).isFalse();
    List<Token> base = tokens("هاجم في الفجر قاعدة عسكرية");
    assertThat(FigurativeReadings.wordsOfSpeech(base, List.of(), 0, 1, base.size())).isFalse();
  }
}
