package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Sentence;
import org.marsad.model.Token;

class SentenceSplitterTest {
  private static List<String> split(String s) {
    List<Token> t = Tokenizer.INSTANCE.tokenize(s);
    return SentenceSplitter.INSTANCE.split(s, t).stream().map(x -> s.substring(x.start(), x.end())).toList();
  }

  @Test
  void splitsOnFullStop() {
    assertThat(split("قصفت الطائرات المدينة. وقتل عشرون شخصا."))
        .containsExactly("قصفت الطائرات المدينة.", "وقتل عشرون شخصا.");
  }

  @Test
  void splitsOnArabicQuestionMark() {
    assertThat(split("من المسؤول؟ لا أحد يعرف")).containsExactly("من المسؤول؟", "لا أحد يعرف");
  }

  @Test
  void splitsOnExclamation() {
    assertThat(split("انتهت الحرب! عاد الناس")).containsExactly("انتهت الحرب!", "عاد الناس");
  }

  @Test
  void splitsOnArabicSemicolon() {
    assertThat(split("أغلقت المدارس؛ وتوقفت الحافلات")).containsExactly("أغلقت المدارس؛", "وتوقفت الحافلات");
  }

  @Test
  void splitsOnLineBreak() {
    assertThat(split("عنوان الخبر\nنص الخبر الأول\r\nنص ثان")).containsExactly("عنوان الخبر", "نص الخبر الأول", "نص ثان");
  }

  @Test
  void doesNotSplitInsideNumbers() {
    assertThat(split("ارتفع المؤشر 3.5 نقطة وبلغ ٢٫٥ مليون. ثم هبط"))
        .containsExactly("ارتفع المؤشر 3.5 نقطة وبلغ ٢٫٥ مليون.", "ثم هبط");
  }

  @Test
  void doesNotSplitInsideGuillemets() {
    assertThat(split("قال الوزير «انتهى القتال. عادت الحياة» ثم غادر. وبعدها"))
        .containsExactly("قال الوزير «انتهى القتال. عادت الحياة» ثم غادر.", "وبعدها");
  }

  @Test
  void doesNotSplitInsideStraightQuotes() {
    assertThat(split("قال \"لن نتراجع! سنواصل\" وأضاف أن الوضع صعب. ثم"))
        .containsExactly("قال \"لن نتراجع! سنواصل\" وأضاف أن الوضع صعب.", "ثم");
  }

  @Test
  void quoteEndingWithEndMarkEndsSentence() {
    assertThat(split("قال: «انتهى القتال.» ثم غادر"))
        .containsExactly("قال: «انتهى القتال.»", "ثم غادر");
  }

  @Test
  void closersAfterEndMarkStayInSentence() {
    assertThat(split("(قتل عشرة.) وأصيب آخرون")).containsExactly("(قتل عشرة.)", "وأصيب آخرون");
  }

  @Test
  void repeatedEndMarksStayTogether() {
    assertThat(split("هل انتهى؟! لا... ربما")).containsExactly("هل انتهى؟!", "لا...", "ربما");
  }

  @Test
  void initialsDoNotSplit() {
    assertThat(split("ذكرت أ.ف.ب أن د. سامي وصل. ثم")).containsExactly("ذكرت أ.ف.ب أن د. سامي وصل.", "ثم");
  }

  @Test
  void dottedAbbreviationsDoNotSplit() {
    assertThat(split("قالت شبكة (إيه.بي.سي) إن الوفد وصل. ثم")).containsExactly("قالت شبكة (إيه.بي.سي) إن الوفد وصل.", "ثم");
    assertThat(split("أعلن بنك إتش. إس. بي. سي أرباحه. ثم")).containsExactly("أعلن بنك إتش. إس. بي. سي أرباحه.", "ثم");
  }

  @Test
  void listNumbersDoNotSplit() {
    assertThat(split("نصائح:\n3. غسل اليدين جيدا.\n4. النوم مبكرا."))
        .containsExactly("نصائح:", "3. غسل اليدين جيدا.", "4. النوم مبكرا.");
  }

  @Test
  void doubleDotIsAHeadlineSeparator() {
    assertThat(split("سوريا.. قصف على إدلب\nنص الخبر")).containsExactly("سوريا.. قصف على إدلب", "نص الخبر");
  }

  @Test
  void lineBreakClosesAnOpenQuote() {
    assertThat(split("قال «بدأ\nسطر آخر. والأخير")).containsExactly("قال «بدأ", "سطر آخر.", "والأخير");
  }

  @Test
  void tokenRangesAreContiguousAndCoverAll() {
    String s = "أولا. ثانيا؟ ثالثا\nرابعا";
    List<Token> t = Tokenizer.INSTANCE.tokenize(s);
    List<Sentence> ss = SentenceSplitter.INSTANCE.split(s, t);
    assertThat(ss).hasSize(4);
    assertThat(ss.get(0).firstToken()).isZero();
    for (int i = 1; i < ss.size(); i++) {
      assertThat(ss.get(i).firstToken()).isEqualTo(ss.get(i - 1).endToken());
    }
    assertThat(ss.get(ss.size() - 1).endToken()).isEqualTo(t.size());
  }

  @Test
  void emptyTextHasNoSentences() {
    assertThat(SentenceSplitter.INSTANCE.split("", List.of())).isEmpty();
  }

  @Test
  void runOnSentencesAreCutAtACommaThenHard() {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < 400; k++) {
      sb.append("كلمة").append(k % 160 == 159 ? "، " : " ");
    }
    String text = sb.toString().strip();
    java.util.List<org.marsad.model.Sentence> ss =
        SentenceSplitter.INSTANCE.split(text, Tokenizer.INSTANCE.tokenize(text));
    assertThat(ss.size()).isGreaterThan(1);
    assertThat(ss).allSatisfy(s -> assertThat(s.endToken() - s.firstToken()).isLessThanOrEqualTo(SentenceSplitter.HARD_LIMIT));
    assertThat(text.substring(ss.get(0).start(), ss.get(0).end())).endsWith("،");
  }

  @Test
  void aLineWithoutPunctuationIsCutHard() {
    String text = "قصف ".repeat(1000).strip();
    java.util.List<org.marsad.model.Sentence> ss =
        SentenceSplitter.INSTANCE.split(text, Tokenizer.INSTANCE.tokenize(text));
    assertThat(ss).hasSize(1000 / SentenceSplitter.HARD_LIMIT + 1);
    assertThat(ss.get(0).endToken()).isEqualTo(SentenceSplitter.HARD_LIMIT);
  }
}
