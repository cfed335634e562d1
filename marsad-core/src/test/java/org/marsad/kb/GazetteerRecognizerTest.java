package org.marsad.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Tokenizer;

class GazetteerRecognizerTest {
  private static final GazetteerRecognizer G = GazetteerRecognizer.standard();

  static List<Entity> entities(String text) {
    Document d = Document.of("t", text, LocalDate.of(2023, 9, 19), null, null, null);
    d = G.apply(SentenceSplitter.INSTANCE.apply(Tokenizer.INSTANCE.apply(d)));
    for (Entity e : d.entities()) {
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
      assertThat(e.source()).isEqualTo("kb");
    }
    return d.entities();
  }

  @Test
  void conjunctionPlusArticleOnNisba() {
    assertThat(entities("التقى الوفدان الروسي والأمريكية في جنيف"))
        .extracting(Entity::text, Entity::type, Entity::country)
        .contains(tuple("والأمريكية", EntityType.MISC, "USA"), tuple("الروسي", EntityType.MISC, "RUS"));
  }

  @Test
  void aCityGluedByAHyphenToAnotherWordIsPartOfALongerName() {
    assertThat(entities("استهدف الهجوم قاعدة بار-سانغوني العسكرية قرب كيسمايو"))
        .extracting(Entity::text)
        .doesNotContain("بار")
        .contains("كيسمايو");
    assertThat(entities("وصل الوفد إلى مدينة بار أمس")) // «بار» alone is a weak name since session 13 (a person's)
        .extracting(Entity::text)
        .contains("بار");
  }

  @Test
  void conjunctionOnTheShortFirstWordOfALongerName() {
    assertThat(entities("وقعت واشنطن وتل أبيب اتفاقا وزار الوفد بتل أبيض"))
        .extracting(Entity::text, Entity::country)
        .contains(tuple("وتل أبيب", "ISR"), tuple("بتل أبيض", "SYR"));
    assertThat(entities("صعد الجنود وتل المدينة")).extracting(Entity::text).doesNotContain("وتل");
  }

  @Test
  void twoWordNisbaAgreesWordByWord() {
    assertThat(entities("أطلق الجيش الكوري الشمالي صاروخا بينما راقبت البحرية الكورية الجنوبية"))
        .extracting(Entity::text, Entity::country)
        .containsExactly(tuple("الكوري الشمالي", "PRK"), tuple("الكورية الجنوبية", "KOR"));
  }

  @Test
  void accusativeNisbaIsRecognised() {
    assertThat(entities("قتل الجيش شابا فلسطينيا وأصاب جنديا أمريكيا"))
        .extracting(Entity::text, Entity::type, Entity::country)
        .containsExactly(tuple("فلسطينيا", EntityType.MISC, "PSE"), tuple("أمريكيا", EntityType.MISC, "USA"));
  }

  @Test
  void accusativeNisbaSpellingACountryStaysTheCountry() {
    assertThat(entities("زار ألمانيا وروسيا"))
        .extracting(Entity::kb, Entity::type)
        .containsExactly(tuple("iso3:DEU", EntityType.GPE), tuple("iso3:RUS", EntityType.GPE));
  }

  @Test
  void doubledPrepositionOnCapital() {
    assertThat(entities("وصل الوفد بباكو مساء أمس"))
        .extracting(Entity::text, Entity::country, Entity::kb)
        .containsExactly(tuple("بباكو", "AZE", "geonames:587084"));
  }

  @Test
  void lamPrefixOnCountry() {
    Entity e = entities("أكد دعمه لأذربيجان في المحافل الدولية").get(0);
    assertThat(e.text()).isEqualTo("لأذربيجان");
    assertThat(e.kb()).isEqualTo("iso3:AZE");
    assertThat(e.type()).isEqualTo(EntityType.GPE);
    assertThat(e.lat()).isNotNull();
  }

  @Test
  void lamLamIsLamPlusArticle() {
    assertThat(entities("وجه رسالة للأمم المتحدة وللاتحاد الأوروبي"))
        .extracting(Entity::text, Entity::kb, Entity::country)
        .containsExactly(tuple("للأمم المتحدة", "igo:UN", null), tuple("وللاتحاد الأوروبي", "igo:EU", null));
  }

  @Test
  void nisbaFormsByRuleAndCurated() {
    assertThat(entities("انتشر الجنود الألمان قرب القوات الأمريكيين والأميركية"))
        .extracting(Entity::text, Entity::country)
        .containsExactly(tuple("الألمان", "DEU"), tuple("الأمريكيين", "USA"), tuple("والأميركية", "USA"));
  }

  @Test
  void capitalsAreMetonymsForTheirState() {
    assertThat(entities("ردت موسكو على واشنطن بينما التزمت طهران الصمت"))
        .extracting(Entity::text, Entity::country, Entity::type)
        .containsExactly(tuple("موسكو", "RUS", EntityType.GPE), tuple("واشنطن", "USA", EntityType.GPE),
            tuple("طهران", "IRN", EntityType.GPE));
  }

  @Test
  void longestMatchWins() {
    assertThat(entities("أعلنت الولايات المتحدة الأمريكية موقفها"))
        .extracting(Entity::text, Entity::kb)
        .containsExactly(tuple("الولايات المتحدة الأمريكية", "iso3:USA"));
  }

  @Test
  void regionCarriesCoordinatesAndPrecisionCountry() {
    Entity e = entities("تجدد القصف على ناغورني كاراباخ").get(0);
    assertThat(e.country()).isEqualTo("AZE");
    assertThat(e.lat()).isBetween(39.0, 41.0);
    assertThat(e.lon()).isBetween(46.0, 47.5);
  }

  @Test
  void surnameAloneFollowsTheFullName() {
    assertThat(entities("قال أنتوني بلينكن إن الحل ممكن. وأضاف بلينكن أن الوقت ضيق."))
        .extracting(Entity::text, Entity::kb)
        .containsExactly(tuple("أنتوني بلينكن", "person:ANTONY_BLINKEN"), tuple("بلينكن", "person:ANTONY_BLINKEN"));
  }

  @Test
  void personTakesSectorOfTerm() {
    Entity e = entities("قال إلهام علييف إن بلاده مستعدة").get(0);
    assertThat(e.type()).isEqualTo(EntityType.PER);
    assertThat(e.country()).isEqualTo("AZE");
    assertThat(e.sector()).isEqualTo("GOV");
  }

  @Test
  void idsFollowTextOrder() {
    assertThat(entities("زار وزير من تركيا إيران ثم روسيا"))
        .extracting(Entity::id).containsExactly("E1", "E2", "E3");
  }

  @Test
  void ordinarySentencesHaveNoEntities() {
    assertThat(entities("ذهب الطالب إلى المدرسة صباح يوم الخميس وكان الجو جميلا.")).isEmpty();
    assertThat(entities("قال إن الدولة الجديدة ستعمل على بيان موقفها من الأمن في المدينة.")).isEmpty();
    assertThat(entities("وأضاف أن العمل مستمر بين الجانبين منذ سنوات طويلة وأن الوضع صعب.")).isEmpty();
  }

  @Test
  void tanweenOnANisbaOrACountryInYaIsTheNisba() {
    assertThat(entities("وطردت لندن 23 دبلوماسياً روسياً وقتل 17 فلسطينياً"))
        .extracting(Entity::text, Entity::type, Entity::country)
        .contains(tuple("روسياً", EntityType.MISC, "RUS"), tuple("فلسطينياً", EntityType.MISC, "PSE"));
  }

  @Test
  void aCountryInYaAfterAnIndefiniteAccusativeNounIsTheNisba() {
    assertThat(entities("وطردت لندن 23 دبلوماسيا روسيا"))
        .extracting(Entity::text, Entity::type, Entity::country)
        .contains(tuple("روسيا", EntityType.MISC, "RUS"));
    assertThat(entities("وقال إن جنديا بريطانيا قتل في انفجار"))
        .extracting(Entity::text, Entity::type).containsExactly(tuple("بريطانيا", EntityType.MISC));
    assertThat(entities("وزار الوزير روسيا الأسبوع الماضي"))
        .extracting(Entity::text, Entity::type).containsExactly(tuple("روسيا", EntityType.GPE));
  }

  @Test
  void homographsOfCommonWordsAreWeakTowns() {
    assertThat(entities("واعترضت منظومة القبة الحديدية صاروخين")).isEmpty();
    assertThat(entities("وتتهم أنقرة الداعية فتح الله كولن بتدبير الانقلاب")).extracting(Entity::country)
        .doesNotContain("DEU");
    assertThat(entities("ونصحه الأطباء بألا يسافر ولم يجد أحدا داخله")).isEmpty();
    assertThat(entities("وقال مصدر قبلي إن القرار ساري المفعول")).isEmpty();
  }

  @Test
  void theCourseOfAStreamIsNoHungarian() {
    assertThat(entities("قد يغير ذلك مجرى العلاقات")).isEmpty();
    assertThat(entities("وقال رئيس الوزراء المجري")).extracting(Entity::country).containsExactly("HUN");
  }

  @Test
  void tanweenMarksACommonWordNotAPlace() {
    assertThat(entities("كان موقفه واضحاً دوماً في هذه المسألة")).isEmpty();
    assertThat(entities("قصفت الطائرات دوما في الغوطة الشرقية"))
        .extracting(Entity::text).containsExactly("دوما", "الغوطة الشرقية");
  }

  @Test
  void weakTownNameFiresOnlyAfterAPlaceNoun() {
    assertThat(entities("قال هندرسون إن الفريق جاهز")).isEmpty();
    assertThat(entities("وقع الحادث في مدينة هندرسون الأمريكية"))
        .extracting(Entity::text).contains("هندرسون");
  }

  @Test
  void smallTownIsNotSplitOffACommonWord() {
    assertThat(entities("اجتمعت لجنة التحقيق مع كبار المسؤولين في الولاية")).isEmpty();
  }

  @Test
  void ambiguousNameTakesTheCountryTheTextNames() {
    assertThat(entities("اشتباكات في طرابلس واحتجاجات في بيروت")).extracting(Entity::text, Entity::country)
        .contains(tuple("طرابلس", "LBN"));
    assertThat(entities("اشتباكات في طرابلس بين فصائل ليبية")).extracting(Entity::text, Entity::country)
        .contains(tuple("طرابلس", "LBY"));
  }

  @Test
  void sharedOrBoundSurnameIsNotAnAlias() {
    assertThat(entities("قال رامي عبد الرحمن إن القصف مستمر. وقال عبد الرحمن آخر غير ذلك."))
        .extracting(Entity::text).containsExactly("رامي عبد الرحمن");
  }

  @Test
  void igoHasNoCountryAndGroupsHaveTheirs() {
    assertThat(entities("اتهم الحوثيون التحالف العربي بينما دعت الأونروا إلى التهدئة"))
        .extracting(Entity::text, Entity::country, Entity::sector)
        .containsExactly(tuple("الحوثيون", "YEM", "REB"), tuple("التحالف العربي", "SAU", "MIL"),
            tuple("الأونروا", null, "IGO"));
  }
}
