package org.marsad.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.model.Token;
import org.marsad.numbers.DateResolver.DateMention;
import org.marsad.text.Tokenizer;

class DateResolverTest {
  /** A Tuesday. */
  private static final LocalDate PUB = LocalDate.of(2023, 9, 19);

  private static List<DateMention> find(String text, LocalDate pub) {
    List<Token> t = Tokenizer.INSTANCE.tokenize(text);
    return DateResolver.INSTANCE.findAll(t, 0, t.size(), pub);
  }

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("وقع الهجوم في 19 سبتمبر 2023 قرب الحدود", "2023-09-19", "day", "explicit", "19 سبتمبر 2023"),
        Arguments.of("وقع الهجوم في 19 أيلول 2023", "2023-09-19", "day", "explicit", "19 أيلول 2023"),
        Arguments.of("وقع الهجوم في ١٩ أيلول ٢٠٢٣", "2023-09-19", "day", "explicit", "١٩ أيلول ٢٠٢٣"),
        Arguments.of("في 3 كانون الثاني 2021", "2021-01-03", "day", "explicit", "3 كانون الثاني 2021"),
        Arguments.of("في 3 تشرين الأول 2021", "2021-10-03", "day", "explicit", "3 تشرين الأول 2021"),
        Arguments.of("يوم 7 من أكتوبر عام 2023", "2023-10-07", "day", "explicit", "7 من أكتوبر عام 2023"),
        Arguments.of("الثلاثاء 19 سبتمبر/أيلول 2023", "2023-09-19", "day", "explicit", "الثلاثاء 19 سبتمبر/أيلول 2023"),
        Arguments.of("في 5 آب (أغسطس) 2020", "2020-08-05", "day", "explicit", "5 آب (أغسطس) 2020"),
        Arguments.of("منذ 22 فبراير", "2023-02-22", "day", "explicit", "22 فبراير"),
        Arguments.of("في 25 ديسمبر", "2022-12-25", "day", "explicit", "25 ديسمبر"),
        Arguments.of("في 15 شباط", "2023-02-15", "day", "explicit", "15 شباط"),
        Arguments.of("في سبتمبر 2023", "2023-09", "month", "explicit", "سبتمبر 2023"),
        Arguments.of("في شهر حزيران من عام 2014", "2014-06", "month", "explicit", "شهر حزيران من عام 2014"),
        Arguments.of("وفي يوليو الماضي", "2023-07", "month", "explicit", "يوليو الماضي"),
        Arguments.of("منذ نوفمبر", "2022-11", "month", "explicit", "نوفمبر"),
        Arguments.of("اندلعت الحرب عام 2020", "2020", "year", "explicit", "عام 2020"),
        Arguments.of("اندلعت الحرب في 2020", "2020", "year", "explicit", "في 2020"),
        Arguments.of("اندلعت الحرب العام 2020", "2020", "year", "explicit", "العام 2020"),
        Arguments.of("منذ عام 2011", "2011", "year", "explicit", "منذ عام 2011"),
        Arguments.of("قال يوم الأحد", "2023-09-17", "day", "relative", "يوم الأحد"),
        Arguments.of("قال الأحد", "2023-09-17", "day", "relative", "الأحد"),
        Arguments.of("قال الثلاثاء", "2023-09-19", "day", "relative", "الثلاثاء"),
        Arguments.of("قال الثلاثاء الماضي", "2023-09-12", "day", "relative", "الثلاثاء الماضي"),
        Arguments.of("قال الأربعاء", "2023-09-13", "day", "relative", "الأربعاء"),
        Arguments.of("سيزور الخميس المقبل", "2023-09-21", "day", "relative", "الخميس المقبل"),
        Arguments.of("مساء الجمعة", "2023-09-15", "day", "relative", "الجمعة"),
        Arguments.of("وقع أمس", "2023-09-18", "day", "relative", "أمس"),
        Arguments.of("وقع بالأمس", "2023-09-18", "day", "relative", "بالأمس"),
        Arguments.of("وقع أول أمس", "2023-09-17", "day", "relative", "أول أمس"),
        Arguments.of("وقع أول من أمس", "2023-09-17", "day", "relative", "أول من أمس"),
        Arguments.of("أعلن اليوم", "2023-09-19", "day", "relative", "اليوم"),
        Arguments.of("قصف الليلة الماضية", "2023-09-18", "day", "relative", "الليلة الماضية"),
        Arguments.of("قصف الأسبوع الماضي", "2023-09", "month", "relative", "الأسبوع الماضي"),
        Arguments.of("قصف الشهر الماضي", "2023-08", "month", "relative", "الشهر الماضي"),
        Arguments.of("قصف العام الماضي", "2022", "year", "relative", "العام الماضي"),
        Arguments.of("قصف السنة الماضية", "2022", "year", "relative", "السنة الماضية"),
        Arguments.of("منذ بداية العام الجاري", "2023", "year", "relative", "العام الجاري"),
        Arguments.of("وقع قبل ثلاثة أيام", "2023-09-16", "day", "relative", "قبل ثلاثة أيام"),
        Arguments.of("وقع قبل 3 أيام", "2023-09-16", "day", "relative", "قبل 3 أيام"),
        Arguments.of("وقع قبل يومين", "2023-09-17", "day", "relative", "قبل يومين"),
        Arguments.of("وقع قبل أسبوع", "2023-09-12", "day", "relative", "قبل أسبوع"),
        Arguments.of("وقع قبل شهرين", "2023-07", "month", "relative", "قبل شهرين"),
        Arguments.of("وقع قبل عامين", "2021", "year", "relative", "قبل عامين"),
        Arguments.of("ذكرى الحادي عشر من سبتمبر 2001", "2001-09-11", "day", "explicit", "الحادي عشر من سبتمبر 2001"),
        Arguments.of("في الخامس من حزيران", "2023-06-05", "day", "explicit", "الخامس من حزيران"),
        Arguments.of("في الحادي والعشرين من آذار", "2023-03-21", "day", "explicit", "الحادي والعشرين من آذار"),
        Arguments.of("في العشرين من مارس 2003", "2003-03-20", "day", "explicit", "العشرين من مارس 2003"),
        Arguments.of("بتاريخ 19/9/2023", "2023-09-19", "day", "explicit", "19/9/2023"),
        Arguments.of("بتاريخ ١٩/٠٩/٢٠٢٣", "2023-09-19", "day", "explicit", "١٩/٠٩/٢٠٢٣"),
        Arguments.of("بتاريخ 2023-09-19", "2023-09-19", "day", "explicit", "2023-09-19"),
        Arguments.of("بتاريخ 19.09.2023", "2023-09-19", "day", "explicit", "19.09.2023"),
        Arguments.of("في سبتمبر أيلول 2021", "2021-09", "month", "explicit", "سبتمبر أيلول 2021"),
        Arguments.of("في فبراير/ شباط الماضي", "2023-02", "month", "explicit", "فبراير/ شباط الماضي"),
        Arguments.of("في سبتمبر الماضي", "2022-09", "month", "explicit", "سبتمبر الماضي"),
        Arguments.of("في مارس المقبل", "2024-03", "month", "explicit", "مارس المقبل"),
        Arguments.of("في 2 أكتوبر المقبل", "2023-10-02", "day", "explicit", "2 أكتوبر المقبل"),
        Arguments.of("صباح غد الثلاثاء", "2023-09-26", "day", "relative", "غد الثلاثاء"),
        Arguments.of("صباح غد", "2023-09-20", "day", "relative", "غد"),
        Arguments.of("دخلت اليوم الثلاثاء", "2023-09-19", "day", "relative", "اليوم الثلاثاء"),
        Arguments.of("من 22 إلى 25 سبتمبر 2022", "2022-09-22", "day", "explicit", "22 إلى 25 سبتمبر 2022"),
        Arguments.of("في 8-9 كانون الثاني 2018", "2018-01-08", "day", "explicit", "8-9 كانون الثاني 2018"),
        Arguments.of("يومي 8 و9 يناير", "2023-01-08", "day", "explicit", "8 و9 يناير"),
        Arguments.of("في 25 سبتمبر الجاري", "2023-09-25", "day", "explicit", "25 سبتمبر الجاري"),
        Arguments.of("في ديسمبر الحالي", "2023-12", "month", "explicit", "ديسمبر الحالي"),
        Arguments.of("أعلن اليوم الجيش", "2023-09-19", "day", "relative", "اليوم"),
        Arguments.of("توقف منذ يوم الجمعة", "2023-09-15", "day", "relative", "يوم الجمعة"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("table")
  void resolves(String text, String value, String precision, String basis, String span) {
    List<DateMention> all = find(text, PUB);
    assertThat(all).as(text).isNotEmpty();
    DateMention m = all.get(0);
    assertThat(m.value()).as(text).isEqualTo(value);
    assertThat(m.precision()).as(text).isEqualTo(precision);
    assertThat(m.basis()).as(text).isEqualTo(basis);
    assertThat(text.substring(m.start(), m.end())).as(text).isEqualTo(span);
  }

  @Test
  void relativeNeedsPublishedDate() {
    assertThat(find("وقع الهجوم أمس واليوم والأحد والشهر الماضي و22 فبراير", null)).isEmpty();
    assertThat(find("وقع الهجوم في 19 سبتمبر 2023", null)).extracting(DateMention::value).containsExactly("2023-09-19");
  }

  @Test
  void ambiguousMonthWordsNeedContext() {
    assertThat(find("مارس الجيش ضغوطا", PUB)).isEmpty();
    assertThat(find("في شهر مارس", PUB)).extracting(DateMention::value).containsExactly("2023-03");
    assertThat(find("في 8 مارس", PUB)).extracting(DateMention::value).containsExactly("2023-03-08");
  }

  @Test
  void aDayLookedAheadToKeepsThisYear() { // session 15 (ev15d): PUB is 2023-09-19
    assertThat(find("ستفرض العقوبات ابتداء من السادس من نوفمبر", PUB)).extracting(DateMention::value)
        .containsExactly("2023-11-06");
    assertThat(find("أمامها مهلة حتى 4 نوفمبر", PUB)).extracting(DateMention::value).containsExactly("2023-11-04");
    assertThat(find("بحلول شهر ديسمبر", PUB)).extracting(DateMention::value).containsExactly("2023-12");
    assertThat(find("وقع الهجوم في السادس من نوفمبر", PUB)).extracting(DateMention::value)
        .containsExactly("2022-11-06");
  }

  @Test
  void invalidDayIsNotADate() {
    assertThat(find("في 31 فبراير 2023", PUB)).extracting(DateMention::precision).doesNotContain("day");
  }

  @Test
  void dateAccessorGivesFirstDay() {
    assertThat(find("في سبتمبر 2023", PUB).get(0).date()).isEqualTo(LocalDate.of(2023, 9, 1));
    assertThat(find("عام 2020", PUB).get(0).date()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(find("أمس", PUB).get(0).date()).isEqualTo(LocalDate.of(2023, 9, 18));
  }

  @Test
  void findsSeveralInOrder() {
    List<DateMention> all = find("بدأ الهجوم أمس، بعد اشتباكات في 12 سبتمبر، وحرب عام 2020", PUB);
    assertThat(all).extracting(DateMention::value).containsExactly("2023-09-18", "2023-09-12", "2020");
  }

  @Test
  void ordinalAfterDefiniteNounIsNoDay() {
    assertThat(find("خلال الأسبوع الثاني من شباط", PUB)).extracting(DateMention::value).containsExactly("2023-02");
    assertThat(find("في الأربعاء الأول من أبريل", PUB)).extracting(DateMention::value).doesNotContain("2023-04-01");
  }

  @Test
  void theDayIsNotToday() {
    assertThat(find("وفي اليوم التالي عاد", PUB)).isEmpty();
    assertThat(find("في اليوم نفسه", PUB)).isEmpty();
    assertThat(find("اليوم العالمي للاجئين", PUB)).isEmpty();
  }

  @Test
  void countIsNotAYear() {
    assertThat(find("قتل 2020 شخصا", PUB)).isEmpty();
    assertThat(find("في 2000 ألف منزل", PUB)).isEmpty();
  }
}
