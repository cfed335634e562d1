package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

class TokenizerTest {
  private static List<Token> tok(String s) {
    return Tokenizer.INSTANCE.tokenize(s);
  }

  private static List<String> texts(String s) {
    return tok(s).stream().map(Token::text).toList();
  }

  @Test
  void offsetsAreExact() {
    String s = "قصفت  القوات\nمدينة غزة، أمس.";
    List<Token> t = tok(s);
    assertThat(t).extracting(Token::text).containsExactly("قصفت", "القوات", "مدينة", "غزة", "،", "أمس", ".");
    for (Token k : t) {
      assertThat(s.substring(k.start(), k.end())).isEqualTo(k.text());
    }
    assertThat(t.get(1).start()).isEqualTo(6);
    assertThat(t.get(2).start()).isEqualTo(13);
  }

  @Test
  void hashtagSignsAreNoTokens() {
    String s = "وقصفت #إسرائيل مواقع #حركة_حماس في # 5 و a_b_";
    List<Token> t = tok(s);
    assertThat(t).extracting(Token::text)
        .containsExactly("وقصفت", "إسرائيل", "مواقع", "حركة", "حماس", "في", "#", "5", "و", "a", "b", "_");
    assertThat(s.substring(t.get(1).start(), t.get(1).end())).isEqualTo("إسرائيل");
  }

  @Test
  void normIsTheMatchingForm() {
    Token t = tok("المدينةُ").get(0);
    assertThat(t.text()).isEqualTo("المدينةُ");
    assertThat(t.norm()).isEqualTo("المدينه");
    assertThat(t.kind()).isEqualTo(Token.Kind.WORD);
  }

  @Test
  void numbersWithSeparatorsAreOneToken() {
    assertThat(texts("نزح 6,500 شخص")).containsExactly("نزح", "6,500", "شخص");
    assertThat(texts("بنسبة 3.5 في المئة")).containsExactly("بنسبة", "3.5", "في", "المئة");
    assertThat(tok("6,500").get(0).kind()).isEqualTo(Token.Kind.NUMBER);
  }

  @Test
  void arabicIndicDigitsAreNumbers() {
    List<Token> t = tok("قتل ٢٠ و٦٬٥٠٠ و٢٫٥ و۱۲");
    assertThat(t).extracting(Token::text).containsExactly("قتل", "٢٠", "و", "٦٬٥٠٠", "و", "٢٫٥", "و", "۱۲");
    assertThat(t.get(1).kind()).isEqualTo(Token.Kind.NUMBER);
    assertThat(t.get(1).norm()).isEqualTo("20");
    assertThat(t.get(3).norm()).isEqualTo("6,500");
    assertThat(t.get(5).norm()).isEqualTo("2.5");
    assertThat(t.get(7).norm()).isEqualTo("12");
  }

  @Test
  void separatorNotFollowedByDigitIsPunctuation() {
    assertThat(texts("عام 2023. ثم")).containsExactly("عام", "2023", ".", "ثم");
    assertThat(texts("قتل 20، وأصيب")).containsExactly("قتل", "20", "،", "وأصيب");
  }

  @Test
  void diacriticsAndTatweelStayInsideWords() {
    assertThat(texts("قُتِلَ الجنـــود")).containsExactly("قُتِلَ", "الجنـــود");
  }

  @Test
  void zeroWidthNonJoinerInsideWordIsKept() {
    List<Token> t = tok("می\u200Cخواهم");
    assertThat(t).hasSize(1);
    assertThat(t.get(0).norm()).isEqualTo("ميخواهم");
  }

  @Test
  void bidiControlsAreSkippedBetweenTokens() {
    String s = "\u200Fغزة \u202Bحلب\u202C";
    assertThat(texts(s)).containsExactly("غزة", "حلب");
  }

  @Test
  void punctuationAndQuotesAreTokens() {
    List<Token> t = tok("قال: «لا» (أ ف ب)!");
    assertThat(t).extracting(Token::text).containsExactly("قال", ":", "«", "لا", "»", "(", "أ", "ف", "ب", ")", "!");
    assertThat(t.get(1).kind()).isEqualTo(Token.Kind.PUNCT);
  }

  @Test
  void symbolsAreTokens() {
    List<Token> t = tok("20% + 5$");
    assertThat(t).extracting(Token::text).containsExactly("20", "%", "+", "5", "$");
    assertThat(t.get(2).kind()).isEqualTo(Token.Kind.SYMBOL);
  }

  @Test
  void supplementaryLettersStayInOneWord() {
    String s = "\uD835\uDC00\uD835\uDC01 نص";
    assertThat(texts(s)).containsExactly("\uD835\uDC00\uD835\uDC01", "نص");
  }

  @Test
  void cliticsStayAttached() {
    assertThat(texts("والأمريكية بباكو لأذربيجان")).containsExactly("والأمريكية", "بباكو", "لأذربيجان");
  }

  @Test
  void emptyAndBlank() {
    assertThat(tok("")).isEmpty();
    assertThat(tok(" \n\t ")).isEmpty();
  }
}
