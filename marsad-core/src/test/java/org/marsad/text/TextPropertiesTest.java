package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.marsad.model.Sentence;
import org.marsad.model.Token;
import org.marsad.numbers.DateResolver;
import org.marsad.numbers.DateResolver.DateMention;
import org.marsad.numbers.NumberParser;
import org.marsad.numbers.NumberParser.Quantity;

/** Invariants of the text layer over random input. */
class TextPropertiesTest {
  private static final String[] VOCAB = {
      "قتل", "وأصيب", "أكثر", "من", "ما", "لا", "يقل", "عن", "نحو", "حوالي", "حتى", "على", "الأقل", "تقريبا",
      "ثلاثة", "ثلاث", "عشر", "عشرة", "عشرين", "وعشرون", "مئة", "مائتي", "ثلاثمئة", "ألف", "آلاف", "ألفا", "مليون",
      "ونصف", "نصف", "و", "وخمسمئة", "اثنا", "أحد", "الحادي", "عشرات", "شخصا", "مدنيان", "جنديين", "سبتمبر",
      "أيلول", "كانون", "الثاني", "تشرين", "الأول", "عام", "العام", "في", "منذ", "الماضي", "المقبل", "الجاري",
      "أمس", "أول", "اليوم", "التالي", "غد", "يوم", "الأحد", "الجمعة", "قبل", "أيام", "يومين", "شهر", "الشهر",
      "الأسبوع", "مارس", "20", "6,500", "٦٬٥٠٠", "2.5", "٢٠٢٣", "2023", "19", "31", "1.500", "13", "00", ":", "/",
      "-", ".", "،", "؟", "!", "؛", "«", "»", "\"", "(", ")", "%", "\n", "أ", "ف", "ب", "\u200F", "مُحَمَّد", "ـ"};

  @Provide
  Arbitrary<String> newsLike() {
    Arbitrary<String> word = Arbitraries.of(VOCAB);
    Arbitrary<String> sep = Arbitraries.of(" ", " ", " ", "", "\n", "  ");
    return Combinators.combine(word, sep).as((w, s) -> w + s).list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void tokensKeepExactOffsets(@ForAll("newsLike") String text) {
    checkTokens(text);
  }

  @Property(tries = 300)
  void tokensKeepExactOffsetsOnAnyChars(@ForAll @StringLength(max = 120) @CharRange(from = '\u0600', to = '\u06FF')
      @CharRange(from = '\u2000', to = '\u206F') @CharRange(from = ' ', to = '~') @Chars({'\n', '\uFEFF', '\uFEFB',
      '\uD835', '\uDC00'}) String text) {
    checkTokens(text);
  }

  private static void checkTokens(String text) {
    List<Token> tokens = Tokenizer.INSTANCE.tokenize(text);
    int prevEnd = 0;
    for (Token t : tokens) {
      assertThat(t.start()).isGreaterThanOrEqualTo(prevEnd);
      assertThat(t.end()).isGreaterThan(t.start());
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
      assertThat(t.norm()).isEqualTo(ArabicNormalizer.INSTANCE.normalize(t.text()));
      assertThat(t.text().chars().anyMatch(Character::isWhitespace)).isFalse();
      prevEnd = t.end();
    }
    List<Sentence> ss = SentenceSplitter.INSTANCE.split(text, tokens);
    int next = 0;
    for (Sentence s : ss) {
      assertThat(s.firstToken()).isEqualTo(next);
      assertThat(s.endToken()).isGreaterThan(s.firstToken());
      assertThat(s.start()).isEqualTo(tokens.get(s.firstToken()).start());
      assertThat(s.end()).isEqualTo(tokens.get(s.endToken() - 1).end());
      next = s.endToken();
    }
    assertThat(next).isEqualTo(tokens.size());
  }

  @Property(tries = 300)
  void normalisationIsIdempotent(@ForAll("newsLike") String text) {
    String once = ArabicNormalizer.INSTANCE.normalize(text);
    assertThat(ArabicNormalizer.INSTANCE.normalize(once)).isEqualTo(once);
  }

  @Property(tries = 500)
  void quantitiesAreOrderedAndInBounds(@ForAll("newsLike") String text) {
    List<Token> tokens = Tokenizer.INSTANCE.tokenize(text);
    int from = tokens.size() / 4;
    int to = tokens.size() - tokens.size() / 4;
    int prev = from;
    for (Quantity q : NumberParser.INSTANCE.findAll(tokens, from, to)) {
      assertThat(q.firstToken()).isGreaterThanOrEqualTo(prev);
      assertThat(q.endToken()).isGreaterThan(q.firstToken()).isLessThanOrEqualTo(to);
      assertThat(q.value()).isPositive();
      assertThat(q.start()).isEqualTo(tokens.get(q.firstToken()).start());
      assertThat(q.end()).isEqualTo(tokens.get(q.endToken() - 1).end());
      prev = q.endToken();
    }
  }

  @Property(tries = 500)
  void datesAreOrderedInBoundsAndValid(@ForAll("newsLike") String text) {
    List<Token> tokens = Tokenizer.INSTANCE.tokenize(text);
    int prev = 0;
    for (DateMention d : DateResolver.INSTANCE.findAll(tokens, 0, tokens.size(), LocalDate.of(2023, 9, 19))) {
      assertThat(d.firstToken()).isGreaterThanOrEqualTo(prev);
      assertThat(d.endToken()).isGreaterThan(d.firstToken()).isLessThanOrEqualTo(tokens.size());
      assertThat(d.precision()).isIn("day", "month", "year");
      assertThat(d.basis()).isIn("explicit", "relative");
      assertThat(d.date()).isNotNull();
      assertThat(d.start()).isEqualTo(tokens.get(d.firstToken()).start());
      prev = d.endToken();
    }
  }
}
