package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** {@link Prospects}: acts expected, scheduled or intended are still to come (session 14, ev14b). */
class ProspectsTest {
  @Test
  void aFutureSupportVerbMakesTheActToCome() {
    List<Token> ts = tokens("وأعلنت النقابات أنه سيتم تنظيم اعتصام أمام الوزارة");
    assertThat(Prospects.supportedBefore(ts, index(ts, "اعتصام"), 0)).isTrue();
    List<Token> done = tokens("وتم تنظيم اعتصام أمام الوزارة");
    assertThat(Prospects.supportedBefore(done, index(done, "اعتصام"), 0)).isFalse();
  }

  @Test
  void whatIsExpectedOrScheduledIsToCome() {
    List<Token> ts = tokens("ومن المتوقع أن يشارك آلاف الفلسطينيين في مسيرة إلى الحدود");
    assertThat(Prospects.expectedClause(ts, index(ts, "مسيرة"), 0)).isTrue();
    List<Token> meet = tokens("ومن المقرر أن يلتقي الرئيس نظيره الياباني");
    assertThat(Prospects.expectedClause(meet, index(meet, "يلتقي"), 0)).isTrue();
    List<Token> said = tokens("وقال المتحدث أن آلاف الفلسطينيين شاركوا في مسيرة");
    assertThat(Prospects.expectedClause(said, index(said, "مسيرة"), 0)).isFalse();
  }

  @Test
  void whatIsLikelyIsNoFactYet() {
    List<Token> ts = tokens("ومن المرجح أن تقابل الخطوة برفض فلسطيني");
    assertThat(Prospects.expectedClause(ts, index(ts, "برفض"), 0)).isTrue();
  }

  @Test
  void whatIsSuspectedIsNoFactYet() {
    List<Token> ts = tokens("وقال الادعاء إن الرجلين يشتبه بأنهما حاولا تنفيذ هجوم بسيارة مفخخة");
    assertThat(Prospects.expectedClause(ts, index(ts, "هجوم"), 0)).isTrue();
    List<Token> in = tokens("شركات يشتبه في أنها تقدم الدعم للجيش");
    assertThat(Prospects.expectedClause(in, index(in, "الدعم"), 0)).isTrue();
  }

  @Test
  void anActDrawingNearIsToCome() {
    List<Token> ts = tokens("تكهنات بقرب إجراء محادثات مباشرة");
    assertThat(Prospects.approachingBefore(ts, index(ts, "محادثات"), 0)).isTrue();
    List<Token> sanctions = tokens("ومع اقتراب العقوبات الأميركية");
    assertThat(Prospects.approachingBefore(sanctions, index(sanctions, "العقوبات"), 0)).isTrue();
    List<Token> place = tokens("الغوطة قرب العاصمة وتحاصرها الحكومة");
    assertThat(Prospects.approachingBefore(place, index(place, "وتحاصرها"), 0)).isFalse();
  }

  @Test
  void aStateNamedByAnAdjectiveIsNoActToCome() {
    List<Token> ts = tokens("وكان من المفترض أن تدخل القافلة إلى الغوطة الشرقية المحاصرة");
    assertThat(Prospects.expectedClause(ts, index(ts, "المحاصرة"), 0)).isFalse();
  }

  @Test
  void anIntendedActIsToCome() {
    List<Token> ts = tokens("وقال إن المتهمين كانوا يعتزمون قتل عدد من رجال الشرطة");
    assertThat(Prospects.intendedBefore(ts, index(ts, "قتل"), 0)).isTrue();
    List<Token> done = tokens("وقال إن المتهمين قتلوا عددا من رجال الشرطة");
    assertThat(Prospects.intendedBefore(done, index(done, "قتلوا"), 0)).isFalse();
  }

  @Test
  void anActFearedOrExpectedIsNoFact() {
    List<Token> ts = tokens("وفرضت السلطات تدابير أمنية مشددة تحسبا من خروج تظاهرات في العاصمة");
    assertThat(Prospects.feared(ts, index(ts, "تظاهرات"), 0)).isTrue();
    List<Token> fled = tokens("ونزح آلاف السكان من القرى خوفا من هجوم لقوات الحكومة");
    assertThat(Prospects.feared(fled, index(fled, "هجوم"), 0)).isTrue();
    List<Token> expects = tokens("وقال محاميه إنه يتوقع رفض طلب تسليمه");
    assertThat(Prospects.feared(expects, index(expects, "رفض"), 0)).isTrue();
    List<Token> real = tokens("ورفع الجيش مستوى التأهب تحسبا لرد على الغارة التي استهدفت المطار");
    assertThat(Prospects.feared(real, index(real, "الغارة"), 0)).isFalse();
  }

  @Test
  void whatAThingIsUsedForIsNoAct() {
    List<Token> ts = tokens("الصواريخ التي يستخدمونها في استهداف المدنيين");
    assertThat(Prospects.usedFor(ts, index(ts, "استهداف"), 0)).isTrue();
    List<Token> port = tokens("الميناء الذي تستخدمه إيران في تهريب الأسلحة لقصف المدن");
    assertThat(Prospects.usedFor(port, index(port, "تهريب"), 0)).isTrue();
    List<Token> done = tokens("واستخدمت القوات الطائرات في قصف المدينة");
    assertThat(Prospects.usedFor(done, index(done, "قصف"), 0)).isFalse();
    List<Token> apart = tokens("وتستخدم الحكومة الموارد، وقصفت الطائرات المدينة");
    assertThat(Prospects.usedFor(apart, index(apart, "وقصفت"), 0)).isFalse();
  }

  @Test
  void anActWishedOrOfferedIsNoFact() {
    List<Token> hope = tokens("وأعرب الرئيس التونسي عن أمله في أن يزور الجزائر قريبا");
    assertThat(Prospects.wished(hope, index(hope, "يزور"), 0)).isTrue();
    List<Token> ready = tokens("وقال الوزير إن بلاده مستعدة \"لدعم الجيش اللبناني\"");
    assertThat(Prospects.wished(ready, index(ready, "لدعم"), 0)).isTrue();
    List<Token> offer = tokens("وأعلن المتحدث استعداد بلاده للتعاون في التحقيق");
    assertThat(Prospects.wished(offer, index(offer, "للتعاون"), 0)).isTrue();
    List<Token> interest = tokens("وأبدت الحكومة الإيطالية اهتمامها بالتعاون مع مصر");
    assertThat(Prospects.wished(interest, index(interest, "بالتعاون"), 0)).isTrue();
    List<Token> mediate = tokens("وأعرب الوزير عن استعداد بلاده للوساطة بين البلدين");
    assertThat(Prospects.wished(mediate, index(mediate, "للوساطة"), 0)).isFalse();
    List<Token> done = tokens("وأعرب عن أمله بعد أن قصفت الطائرات المدينة");
    assertThat(Prospects.wished(done, index(done, "قصفت"), 0)).isFalse();
  }

  @Test
  void anActFearedInThePastIsNoFact() {
    List<Token> ts = tokens("ويرى معارضوه أنه خشي من خروج مظاهرات ضد زيارته");
    assertThat(Prospects.feared(ts, index(ts, "مظاهرات"), 0)).isTrue();
    List<Token> noun = tokens("على الدول الداعمة لسوريا الخوف من عقوبات الولايات المتحدة");
    assertThat(Prospects.feared(noun, index(noun, "عقوبات"), 0)).isTrue();
  }
}
