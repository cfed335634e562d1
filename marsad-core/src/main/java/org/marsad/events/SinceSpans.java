package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * What a «منذ» (since) before an act says about its time (session 15). {@link FactualityRule} reads an act after
 * «منذ» as background («ومنذ بدء النزاع في سوريا في 2011، قصفت إسرائيل مرارا أهدافا»); two uses do not date the act:
 * <ol>
 *   <li><b>A comparison</b> ({@link #comparedAway}): «منذ» after a superlative or a first time («الأكثر دموية»,
 *       «أعنف», «أسوأ», «غير مسبوق», «المرة الأولى», «لأول مرة») within {@link #COMPARE_REACH} words measures
 *       today's act against the past: «يوم دام هو الأكثر دموية في غزة منذ 2014 قتل فيه 61 فلسطينيا», «بعد أسوأ
 *       تبادل للقصف منذ الحرب الإسرائيلية في غزة عام 2014، فيما قتل فتيان فلسطينيان في غارة», «إنها المرة الأولى
 *       منذ 15 عاما التي يلتقي فيها». Only the noun of the phrase «منذ» heads, within {@link #PHRASE} words after it
 *       and before a clause boundary, is that past («أعنف ضربة منذ حرب 2014»: the war of 2014 is background);</li>
 *   <li><b>A recent start</b> ({@link #recentSpan}): «منذ» + a count of days, weeks or a month or two, maybe behind
 *       «نحو», «حوالي», «قرابة», «عدة», «بضعة», «أكثر من» or a number («منذ نحو أسبوع، نفى البيت الأبيض», «منذ
 *       عدة أيام، أعرب الوزير عن تضامن بلاده», «تشن قوات النظام منذ بضعة أيام حملة قصف», «منذ أسابيع»), like
 *       «منذ السبت», tells an act of these days or one still going on.</li>
 * </ol>
 */
final class SinceSpans {
  private SinceSpans() {
  }

  /** Words of a superlative or a first time before «منذ», normalised. */
  private static final Set<String> SUPERLATIVES = Set.of("اكبر", "الاكبر", "اعنف", "الاعنف", "اسوا", "الاسوا",
      "اسوء", "الاسوء", "اعلي", "الاعلي", "اشد", "الاشد", "اول", "لاول", "الاول", "الاولي", "اخطر", "الاخطر", "ادمي",
      "الادمي", "افدح", "الافدح", "اقوي", "الاقوي", "اكثر", "الاكثر", "مسبوق", "مسبوقه", "اعمق", "الاعمق", "اوسع", "الاوسع");
  /** Words before «منذ» within which a superlative makes it a comparison. */
  static final int COMPARE_REACH = 6;
  /** Words after «منذ» that make up the past it names («منذ نهاية حرب غزة»). */
  static final int PHRASE = 4;

  /**
   * True when «منذ» at {@code k} follows a superlative within {@link #COMPARE_REACH} words (commas allowed, no other
   * clause boundary) and the act at {@code a} (a verb when {@code verb}) is not the noun of the phrase «منذ» heads:
   * it stands more than {@link #PHRASE} words after «منذ», behind a clause boundary, or is a verb.
   */
  static boolean comparedAway(List<Token> tokens, int from, int k, int a, boolean verb) {
    if (!compares(tokens, from, k)) {
      return false;
    }
    if (a <= k) {
      return true;
    }
    if (verb || a > k + PHRASE) {
      return true;
    }
    for (int j = k + 1; j < a; j++) {
      if (Clause.isBoundary(tokens.get(j)) || tokens.get(j).kind() == Token.Kind.NUMBER) {
        return true; // «منذ 2014 قتل فيه»: a year ends the phrase
      }
    }
    return false;
  }

  /** True when a superlative stands within {@link #COMPARE_REACH} words before «منذ» at {@code k}. */
  static boolean compares(List<Token> tokens, int from, int k) {
    for (int j = k - 1; j >= Math.max(from, k - COMPARE_REACH); j--) {
      Token t = tokens.get(j);
      if (Clause.isBoundary(t) && !",".equals(t.norm()) && !"،".equals(t.text())) {
        return false;
      }
      String n = t.norm();
      if (Parts.inSet(SUPERLATIVES, n) && !(n.endsWith("اكثر") && j + 1 < k && tokens.get(j + 1).norm().equals("من"))) {
        return true; // not «أكثر من 1700 شخص منذ»: a count
      }
    }
    return false;
  }

  /** The «منذ» at token {@code k} (a date read with it) or at most {@link #PHRASE} words before it, or -1. */
  static int sinceBefore(List<Token> tokens, int from, int k) {
    for (int j = k; j >= Math.max(from, k - PHRASE); j--) {
      String n = Parts.stripConj(tokens.get(j).norm());
      if (n.equals("منذ")) {
        return j;
      }
    }
    return -1;
  }

  /** Quantifiers before a span of time («نحو أسبوع», «عدة أيام»), normalised. */
  private static final Set<String> ABOUT = Set.of("نحو", "حوالي", "قرابه", "عده", "بضعه", "بضع", "زهاء");
  /** Number words before a span («ثلاثة أسابيع»), normalised. */
  private static final Set<String> NUMBER_WORDS = Set.of("ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه",
      "عشره", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر");
  /** Units of a recent span: days, weeks, a month or two, normalised. */
  private static final Set<String> UNITS = Set.of("يوم", "يومين", "ايام", "اسبوع", "اسبوعين", "اسابيع", "شهر",
      "شهرين");

  /**
   * True when the words from {@code b} name a span of days, weeks or a month or two: a unit, maybe behind a
   * quantifier, «أكثر/أقل من» and a number (digits or a word).
   */
  static boolean recentSpan(List<Token> tokens, int b, int to) {
    int j = b;
    if (j < to && Parts.inSet(ABOUT, tokens.get(j).norm())) {
      j++;
    }
    if (j + 1 < to && (tokens.get(j).norm().equals("اكثر") || tokens.get(j).norm().equals("اقل"))
        && tokens.get(j + 1).norm().equals("من")) {
      j += 2;
    }
    if (j < to && (tokens.get(j).kind() == Token.Kind.NUMBER || Parts.inSet(NUMBER_WORDS, tokens.get(j).norm()))) {
      j++;
    }
    return j < to && j > b - 1 && Parts.inSet(UNITS, tokens.get(j).norm())
        && !(j == b && tokens.get(j).norm().equals("يوم")); // «منذ يوم» alone is left to RECENT
  }
}
