package org.marsad.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.model.Token;
import org.marsad.numbers.NumberParser.Quantity;
import org.marsad.numbers.NumberParser.Qualifier;
import org.marsad.text.Tokenizer;

class NumberParserTest {
  private static final NumberParser P = NumberParser.INSTANCE;

  private static Optional<Quantity> first(String text) {
    List<Token> t = Tokenizer.INSTANCE.tokenize(text);
    List<Quantity> all = P.findAll(t, 0, t.size());
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  static Stream<Arguments> table() {
    return Stream.of(
        // digits in every script, separators
        Arguments.of("قتل 20 شخصا", 20L, "exact"),
        Arguments.of("قتل ٢٠ شخصا", 20L, "exact"),
        Arguments.of("قتل ۲۰ شخصا", 20L, "exact"),
        Arguments.of("نزح 6,500 شخص", 6500L, "exact"),
        Arguments.of("نزح ٦٬٥٠٠ شخص", 6500L, "exact"),
        Arguments.of("٦٥٠٠ لاجئ", 6500L, "exact"),
        Arguments.of("نزح 1.500 شخص", 1500L, "exact"),
        Arguments.of("نزح 1,250,000 شخص", 1250000L, "exact"),
        // digit + scale word, decimals with a scale
        Arguments.of("نزح 20 ألف شخص", 20000L, "exact"),
        Arguments.of("نزح 30 ألفا", 30000L, "exact"),
        Arguments.of("نزح 6 آلاف شخص", 6000L, "exact"),
        Arguments.of("نزح 2.5 مليون شخص", 2500000L, "exact"),
        Arguments.of("نزح ٢٫٥ مليون شخص", 2500000L, "exact"),
        Arguments.of("كلفت 1.2 مليار دولار", 1200000000L, "exact"),
        // units, gender and case forms, clitics
        Arguments.of("قتل شخص واحد", 1L, "exact"),
        Arguments.of("أصيب اثنان من الجنود", 2L, "exact"),
        Arguments.of("قتل اثنين من المدنيين", 2L, "exact"),
        Arguments.of("أصيبت اثنتان", 2L, "exact"),
        Arguments.of("قتل ثلاثة جنود", 3L, "exact"),
        Arguments.of("قتلت ثلاث نساء", 3L, "exact"),
        Arguments.of("وأصيب أربعة آخرون", 4L, "exact"),
        Arguments.of("وخمسة مدنيين", 5L, "exact"),
        Arguments.of("بعشرة صواريخ", 10L, "exact"),
        Arguments.of("قتل عشر نساء", 10L, "exact"),
        Arguments.of("قتل ثمانية أشخاص", 8L, "exact"),
        // teens
        Arguments.of("قتل أحد عشر جنديا", 11L, "exact"),
        Arguments.of("قتلت إحدى عشرة امرأة", 11L, "exact"),
        Arguments.of("اثنا عشر قتيلا", 12L, "exact"),
        Arguments.of("قتل اثني عشر شخصا", 12L, "exact"),
        Arguments.of("قتل ثلاثة عشر شخصا", 13L, "exact"),
        Arguments.of("قتلت تسع عشرة امرأة", 19L, "exact"),
        // tens and compounds
        Arguments.of("قتل عشرون شخصا", 20L, "exact"),
        Arguments.of("قتل عشرين شخصا", 20L, "exact"),
        Arguments.of("قتل تسعين شخصا", 90L, "exact"),
        Arguments.of("قتل خمسة وعشرون شخصا", 25L, "exact"),
        Arguments.of("قتل ثلاثة و ثلاثين شخصا", 33L, "exact"),
        // hundreds
        Arguments.of("قتل مئة شخص", 100L, "exact"),
        Arguments.of("قتل مائة شخص", 100L, "exact"),
        Arguments.of("قتل مئتا شخص", 200L, "exact"),
        Arguments.of("قتل مئتين", 200L, "exact"),
        Arguments.of("اعتقل مائتي شخص", 200L, "exact"),
        Arguments.of("اعتقل ثلاثمئة شخص", 300L, "exact"),
        Arguments.of("اعتقل ثلاثمائة شخص", 300L, "exact"),
        Arguments.of("اعتقل ثلاث مئة شخص", 300L, "exact"),
        Arguments.of("اعتقل خمسمئة وعشرين شخصا", 520L, "exact"),
        Arguments.of("اعتقل مئة وخمسة وعشرين شخصا", 125L, "exact"),
        // thousands, millions
        Arguments.of("قتل ألف شخص", 1000L, "exact"),
        Arguments.of("قتل ألفا شخص", 2000L, "exact"),
        Arguments.of("نزح ألفين", 2000L, "exact"),
        Arguments.of("نزح ثلاثين ألف شخص", 30000L, "exact"),
        Arguments.of("نزح خمسة وعشرون ألفا", 25000L, "exact"),
        Arguments.of("نزح ستة آلاف وخمسمئة شخص", 6500L, "exact"),
        Arguments.of("نزح ألف و200 شخص", 1200L, "exact"),
        Arguments.of("نزح مئتا ألف شخص", 200000L, "exact"),
        Arguments.of("نزح مليون شخص", 1000000L, "exact"),
        Arguments.of("نزح مليونين", 2000000L, "exact"),
        Arguments.of("نزح ثلاثة ملايين", 3000000L, "exact"),
        Arguments.of("نزح مليون ونصف", 1500000L, "exact"),
        Arguments.of("لجأ نصف مليون شخص", 500000L, "exact"),
        Arguments.of("لجأ قرابة ربع مليون شخص", 250000L, "about"),
        Arguments.of("نزح مليونين و778 ألف", 2778000L, "exact"),
        Arguments.of("قتل إحدى وعشرون امرأة", 21L, "exact"),
        Arguments.of("كلف 7,1 مليار", 7100000000L, "exact"),
        Arguments.of("كلف مليار دولار", 1000000000L, "exact"),
        Arguments.of("نزح عشرة آلاف", 10000L, "exact"),
        // qualifiers
        Arguments.of("قتل أكثر من 20 شخصا", 20L, "more_than"),
        Arguments.of("قتل بأكثر من عشرين", 20L, "more_than"),
        Arguments.of("أصيب ما لا يقل عن 138", 138L, "at_least"),
        Arguments.of("أصيب لا يقل عن 40", 40L, "at_least"),
        Arguments.of("أصيب على الأقل 40 شخصا", 40L, "at_least"),
        Arguments.of("أصيب 40 على الأقل", 40L, "at_least"),
        Arguments.of("أصيب 40 شخصا على الأقل", 40L, "at_least"),
        Arguments.of("أصيب 40 فأكثر", 40L, "at_least"),
        Arguments.of("قتل ما يزيد على مئة", 100L, "more_than"),
        Arguments.of("قتل ما يزيد عن مئة", 100L, "more_than"),
        Arguments.of("قتل أزيد من 50", 50L, "more_than"),
        Arguments.of("قتل نحو مئتي شخص", 200L, "about"),
        Arguments.of("قتل حوالي 30", 30L, "about"),
        Arguments.of("قتل حوالى 30", 30L, "about"),
        Arguments.of("نزح قرابة ثلاثين ألف شخص", 30000L, "about"),
        Arguments.of("نزح زهاء ألفي شخص", 2000L, "about"),
        Arguments.of("نزح ما يقارب 500", 500L, "about"),
        Arguments.of("نزح ما يناهز 500", 500L, "about"),
        Arguments.of("نزح 500 تقريبا", 500L, "about"),
        Arguments.of("نزح تقريبا 500", 500L, "about"),
        Arguments.of("وصل العدد إلى نحو 70", 70L, "about"),
        Arguments.of("ارتفع العدد إلى 70", 70L, "exact"),
        Arguments.of("قتل أقل من عشرة", 10L, "up_to"),
        Arguments.of("قد يقتل حتى 300 شخص", 300L, "up_to"),
        Arguments.of("قد يصل العدد ما يصل إلى ألف", 1000L, "up_to"),
        // ranges: the lower bound, at least
        Arguments.of("قتل بين 20 و30 شخصا", 20L, "at_least"),
        Arguments.of("قتل ما بين ثلاثة وخمسة أشخاص", 3L, "at_least"),
        Arguments.of("قتل 20 إلى 30 شخصا", 20L, "at_least"),
        Arguments.of("قتل ثلاثة أو أربعة أشخاص", 3L, "at_least"),
        Arguments.of("ارتفع العدد من 20 إلى 30", 20L, "exact"));
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @MethodSource("table")
  void readsExpression(String text, long value, String qualifier) {
    Optional<Quantity> q = first(text);
    assertThat(q).as(text).isPresent();
    assertThat(q.get().value()).as(text).isEqualTo(value);
    assertThat(q.get().qualifier().json()).as(text).isEqualTo(qualifier);
  }

  @ParameterizedTest
  @ValueSource(strings = {"قتل عشرات المدنيين", "نزح مئات الأشخاص", "نزح آلاف الأشخاص", "أصيب العديد من الجنود",
      "نزح عشرات الآلاف", "أصيب أحد الجنود", "أصيب عدة أشخاص", "نسبة 3.5 في المئة", "ارتفعت 20%",
      "بلغت 15 بالمئة", "ملايين اللاجئين", "بضعة أشخاص", "لست أدري", "في 19 سبتمبر", "يوم 22 من شباط",
      "منذ عام 2011", "في 2020", "في سبتمبر 2023", "في كانون الثاني 2016", "الساعة 13:00", "بتاريخ 19/9/2023",
      "فاز 3-1", "يومي 8 و9 يناير", "طائرات إف-16", "نصف الجنود", "ذكرى الحادي عشر من سبتمبر", "الدورة الثالثة عشرة"})
  void vagueOrNonCountIsEmpty(String text) {
    assertThat(first(text)).as(text).isEmpty();
  }

  @Test
  void spanCoversQualifierAndNumber() {
    String text = "قتل أكثر من ثلاثين ألف شخص";
    List<Token> t = Tokenizer.INSTANCE.tokenize(text);
    Quantity q = P.parseAt(t, 1, t.size()).orElseThrow();
    assertThat(q.firstToken()).isEqualTo(1);
    assertThat(q.endToken()).isEqualTo(5);
    assertThat(text.substring(q.start(), q.end())).isEqualTo("أكثر من ثلاثين ألف");
    assertThat(t.get(q.endToken()).text()).isEqualTo("شخص");
  }

  @Test
  void fractionSpanEndsAtScaleWord() {
    String text = "لجأ نصف مليون شخص";
    List<Token> t = Tokenizer.INSTANCE.tokenize(text);
    Quantity q = P.parseAt(t, 1, t.size()).orElseThrow();
    assertThat(text.substring(q.start(), q.end())).isEqualTo("نصف مليون");
    assertThat(q.endToken()).isEqualTo(3);
  }

  @Test
  void lateSuffixQualifierStaysOutsideSpan() {
    String text = "أصيب 40 شخصا على الأقل";
    List<Token> t = Tokenizer.INSTANCE.tokenize(text);
    Quantity q = P.parseAt(t, 1, t.size()).orElseThrow();
    assertThat(q.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(text.substring(q.start(), q.end())).isEqualTo("40");
  }

  @Test
  void parseAtRespectsEnd() {
    List<Token> t = Tokenizer.INSTANCE.tokenize("ستة آلاف وخمسمئة");
    assertThat(P.parseAt(t, 0, 1).orElseThrow().value()).isEqualTo(6);
    assertThat(P.parseAt(t, 0, 2).orElseThrow().value()).isEqualTo(6000);
    assertThat(P.parseAt(t, 0, 3).orElseThrow().value()).isEqualTo(6500);
    assertThat(P.parseAt(t, 3, 3)).isEmpty();
  }

  @Test
  void findAllIsLeftToRightAndNonOverlapping() {
    String text = "قتل 20 شخصا وأصيب أكثر من 138 آخرين، بينهم ثلاثة أطفال";
    List<Token> t = Tokenizer.INSTANCE.tokenize(text);
    List<Quantity> all = P.findAll(t, 0, t.size());
    assertThat(all).extracting(Quantity::value).containsExactly(20L, 138L, 3L);
    assertThat(all).extracting(Quantity::qualifier)
        .containsExactly(Qualifier.EXACT, Qualifier.MORE_THAN, Qualifier.EXACT);
    for (int k = 1; k < all.size(); k++) {
      assertThat(all.get(k).firstToken()).isGreaterThanOrEqualTo(all.get(k - 1).endToken());
    }
  }

  @Test
  void countsNextToDatesStillCount() {
    List<Token> t = Tokenizer.INSTANCE.tokenize("قتل 20 شخصا في 19 سبتمبر 2023 ونزح 2000 ألف");
    assertThat(P.findAll(t, 0, t.size())).extracting(Quantity::value).containsExactly(20L, 2000000L);
  }

  @Test
  void rangeSpanCoversBothNumbers() {
    String text = "قتل ما بين 20 و30 شخصا";
    List<Token> t = Tokenizer.INSTANCE.tokenize(text);
    List<Quantity> all = P.findAll(t, 0, t.size());
    assertThat(all).hasSize(1);
    assertThat(text.substring(all.get(0).start(), all.get(0).end())).isEqualTo("ما بين 20 و30");
    assertThat(t.get(all.get(0).endToken()).text()).isEqualTo("شخصا");
  }

  @Test
  void conjunctionAfterPlainNumberDoesNotJoin() {
    List<Token> t = Tokenizer.INSTANCE.tokenize("قتل 20 و30 جريحا");
    assertThat(P.findAll(t, 0, t.size())).extracting(Quantity::value).containsExactly(20L, 30L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"شخصان", "شخصين", "مدنيان", "جنديان", "جنديين", "طفلان", "قتيلان", "قتيلين", "جريحان",
      "والشخصين", "طفلتان", "امرأتين", "وجنديان"})
  void dualNouns(String w) {
    Token t = Tokenizer.INSTANCE.tokenize(w).get(0);
    assertThat(P.dualOf(t)).as(w).hasValue(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"مدنيين", "مسلحين", "مقاتلين", "مواطنين", "شخص", "الإيرانيين", "اثنين", "سكان"})
  void notDual(String w) {
    Token t = Tokenizer.INSTANCE.tokenize(w).get(0);
    assertThat(P.dualOf(t)).as(w).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"جندي", "شخصا", "مدنيا", "طفلة", "والقتيل"})
  void singularNouns(String w) {
    assertThat(P.singularOne(Tokenizer.INSTANCE.tokenize(w).get(0))).as(w).hasValue(1);
  }

  @Test
  void qualifierJsonIsLowerCase() {
    assertThat(Qualifier.MORE_THAN.json()).isEqualTo("more_than");
    assertThat(Qualifier.AT_LEAST.json()).isEqualTo("at_least");
  }

  @Test
  void digitSeparators() {
    assertThat(NumberParser.digits("6,500", false)).isEqualTo(6500);
    assertThat(NumberParser.digits("1,250,000", false)).isEqualTo(1250000);
    assertThat(NumberParser.digits("1.500", false)).isEqualTo(1500);
    assertThat(NumberParser.digits("1.500", true)).isEqualTo(1.5);
    assertThat(NumberParser.digits("2.5", false)).isEqualTo(2.5);
    assertThat(NumberParser.digits("3,5", false)).isEqualTo(3.5);
    assertThat(NumberParser.digits("1,234.5", false)).isEqualTo(1234.5);
    assertThat(NumberParser.digits("1,2,3", false)).isNaN();
    assertThat(NumberParser.digits("12a", false)).isNaN();
  }
}
