package org.marsad.numbers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Reads quantities (digits in any script or Arabic number words, with their qualifier) from tokens.
 *
 * <p>Works on {@link Token#norm()} (see {@code ArabicNormalizer}), so «٦٬٥٠٠», «۶,۵۰۰» and «6,500» read alike,
 * and «مئة», «مائة», «مئه» are one word.
 *
 * <p>Rules:
 * <ol>
 *   <li>digits: ASCII, Arabic-Indic and Persian; «,» between groups of three digits (or the Arabic
 *       thousands separator «٬») and «.» in the European style «1.500» are thousands separators;
 *       a decimal («2.5», «٢٫٥») is a quantity only with a scale word after it («2.5 مليون»);</li>
 *   <li>number words with the clitics «و», «ف», «ب», «ل» («وثلاثة», «بعشرين», «لألف»), in their gender
 *       and case forms: units «واحد/واحدة» … «عشرة/عشر», «اثنان/اثنين/اثنتان/اثنتين»; teens
 *       «أحد عشر», «إحدى عشرة», «اثنا/اثني عشر», «ثلاثة عشر» …; tens «عشرون/عشرين» … «تسعون/تسعين»;
 *       unit-and-ten compounds «خمسة وعشرون»; hundreds «مئة/مائة», «مئتان/مئتين/مئتا/مائتي», «ثلاثمئة/ثلاثمائة»
 *       or «ثلاث مئة» …;</li>
 *   <li>scale words multiply what precedes them: «ألف/ألفا», plural «آلاف» (after 3 to 10), «مليون/مليونا/ملايين»,
 *       «مليار/مليارات»; «نصف/ربع» before a scale word («نصف مليون» = 500000); the dual forms «ألفان/ألفين/ألفا», «مليونان/مليونين», «ملياران/مليارين» are 2 × scale
 *       on their own; a number digit may precede a scale word («20 ألف», «6 آلاف», «2.5 مليون»);</li>
 *   <li>after a scale word, «و» joins a smaller part: «ستة آلاف وخمسمئة» = 6500, «ألف و200» = 1200,
 *       «مليون ونصف» = 1500000;</li>
 *   <li>qualifiers before the number: «أكثر من», «ما يزيد على/عن», «أزيد من», «ما يربو على» → {@link Qualifier#MORE_THAN};
 *       «ما لا يقل عن», «لا يقل/تقل عن», «على الأقل» → {@link Qualifier#AT_LEAST}; «نحو», «حوالي/حوالى»,
 *       «قرابة», «زهاء», «ما يقارب», «ما يناهز», «ما يقرب من», «تقريبا» → {@link Qualifier#ABOUT};
 *       «أقل من», «حتى», «ما يصل إلى» → {@link Qualifier#UP_TO}. A second approximate word may follow
 *       («ما يصل إلى نحو 50» stays up_to). The preposition «إلى» alone is not a qualifier: in «ارتفع العدد
 *       إلى 50» the number is exact, in «إلى نحو 50» it is about;</li>
 *   <li>qualifiers after the number: «على الأقل», «فأكثر», «أو أكثر» → at_least, «تقريبا» → about,
 *       «ونيف» → more_than. Right after the number they are part of the quantity; after one or two
 *       words (the counted noun: «20 شخصا على الأقل») they set the qualifier but stay outside the span;</li>
 *   <li>a range is its lower bound, at least: «بين 20 و30», «ما بين ثلاثة وخمسة», «20 إلى 30», «ثلاثة أو أربعة»
 *       → at_least 20 (or 3), the span covering both numbers; «من 20 إلى 30» is a change, not a range, and reads 20;</li>
 *   <li>vague words are not numbers: «عشرات», «مئات», «آلاف» or «ملايين» alone, «العديد», «عدة», «بضعة»;</li>
 *   <li>a percentage («20%», «20 في المئة», «20 بالمئة») is not a quantity;</li>
 *   <li>a lone digit token that belongs to a date or a time is not a quantity: a day before a month name
 *       («19 سبتمبر», «22 من شباط»), a year (1800 to 2200) after a month name or after «عام», «العام», «سنة»,
 *       «في», «منذ», «خلال», «حتى» …, a clock time «13:00», a numeric date or a score «19/9/2023», «3-1»;
 *       «عشر» in an ordinal («الحادي عشر», «الثالثة عشرة») is not a number either.</li>
 * </ol>
 *
 * <p>Stateless and thread-safe; use {@link #INSTANCE}.
 */
public final class NumberParser {
  /** The shared instance. */
  public static final NumberParser INSTANCE = new NumberParser();

  /** How a quantity is qualified. */
  public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, ABOUT, UP_TO;

    /** The marsad/1 spelling: {@code exact}, {@code at_least}, {@code more_than}, {@code about}, {@code up_to}. */
    public String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A quantity read from tokens.
   *
   * @param value      the number
   * @param qualifier  its qualifier
   * @param firstToken first token (the qualifier's first token when there is one)
   * @param endToken   token after the last token of the quantity (half-open range)
   * @param start      UTF-16 offset of the start of the first token
   * @param end        UTF-16 offset of the end of the last token
   */
  public record Quantity(long value, Qualifier qualifier, int firstToken, int endToken, int start, int end) {
  }

  // ---- lexicon --------------------------------------------------------------------------------

  private enum Kind { UNIT, TEEN_PREFIX, TEN, TENS, HUNDRED, SCALE, SCALE_PLURAL, SCALE_DUAL, FRACTION, VAGUE }

  private record Entry(Kind kind, long value) {
  }

  private static final Map<String, Entry> WORDS = new HashMap<>();

  private static void put(Kind kind, long value, String... forms) {
    for (String f : forms) {
      WORDS.put(org.marsad.text.ArabicNormalizer.INSTANCE.normalize(f), new Entry(kind, value));
    }
  }

  static {
    put(Kind.UNIT, 1, "واحد", "واحدة", "واحدا");
    put(Kind.TEEN_PREFIX, 1, "أحد", "إحدى");
    put(Kind.UNIT, 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "إثنان", "إثنين", "اثنا", "اثني", "اثنى", "اثنتا", "اثنتي");
    put(Kind.UNIT, 3, "ثلاثة", "ثلاث");
    put(Kind.UNIT, 4, "أربعة", "أربع");
    put(Kind.UNIT, 5, "خمسة", "خمس");
    put(Kind.UNIT, 6, "ستة", "ست");
    put(Kind.UNIT, 7, "سبعة", "سبع");
    put(Kind.UNIT, 8, "ثمانية", "ثماني", "ثمان");
    put(Kind.UNIT, 9, "تسعة", "تسع");
    put(Kind.TEN, 10, "عشرة", "عشر");
    String[] tens = {"عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
    for (int k = 0; k < tens.length; k++) {
      put(Kind.TENS, (k + 2) * 10L, tens[k] + "ون", tens[k] + "ين");
    }
    put(Kind.HUNDRED, 100, "مئة", "مائة", "مئه", "مايه", "مية");
    put(Kind.HUNDRED, 200, "مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي");
    String[] units = {"ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
    for (int k = 0; k < units.length; k++) {
      put(Kind.HUNDRED, (k + 3) * 100L, units[k] + "مئة", units[k] + "مائة", units[k] + "ة" + "مئة");
    }
    put(Kind.HUNDRED, 800, "ثمانمئة", "ثمانمائة", "ثمانيمئة", "ثمانيمائة");
    put(Kind.HUNDRED, 300, "ثلثمائة");
    put(Kind.SCALE, 1_000, "ألف", "ألفا");
    put(Kind.SCALE_PLURAL, 1_000, "آلاف", "الاف");
    put(Kind.SCALE_DUAL, 2_000, "ألفان", "ألفين", "ألفي");
    put(Kind.SCALE, 1_000_000, "مليون", "مليونا");
    put(Kind.SCALE_PLURAL, 1_000_000, "ملايين");
    put(Kind.SCALE_DUAL, 2_000_000, "مليونان", "مليونين", "مليوني");
    put(Kind.SCALE, 1_000_000_000, "مليار", "مليارا", "بليون");
    put(Kind.SCALE_PLURAL, 1_000_000_000, "مليارات");
    put(Kind.SCALE_DUAL, 2_000_000_000, "ملياران", "مليارين", "مليارا" + "ن");
    put(Kind.FRACTION, 2, "نصف");
    put(Kind.FRACTION, 4, "ربع");
    put(Kind.VAGUE, 0, "عشرات", "مئات", "مئات", "ألوف", "العديد", "عدة", "بضع", "بضعة", "عديد", "العشرات", "المئات",
        "الآلاف", "الملايين");
  }

  /** «ألفا»: accusative singular after a number («عشرين ألفا»), dual in construct on its own («ألفا شخص»). */
  private static final String ALFA = "الفا";
  private static final String WAW = "و";

  private static final Set<String> PERCENT_WORDS = Set.of("بالميه", "بالمايه", "بالمئه");

  private NumberParser() {
  }

  // ---- public API ---------------------------------------------------------------------------

  /**
   * The quantity that starts at token {@code i} (with its qualifier words), not crossing token {@code end}
   * (exclusive), or empty when none starts there.
   */
  public Optional<Quantity> parseAt(List<Token> tokens, int i, int end) {
    end = Math.min(end, tokens.size());
    if (i < 0 || i >= end) {
      return Optional.empty();
    }
    Token head = tokens.get(i);
    if (head.kind() != Token.Kind.NUMBER && (head.kind() != Token.Kind.WORD
        || (word(head) == null && !Qualifiers.canStart(head) && !isBetween(head.norm())))) {
      return Optional.empty();
    }
    Qualifier q = Qualifier.EXACT;
    int j = i;
    int[] len = new int[1];
    int between = betweenLength(tokens, i, end);
    if (between > 0) {
      j += between;
    } else {
      Qualifier pre = Qualifiers.prefix(tokens, j, end, len);
      if (pre != null) {
        q = pre;
        j += len[0];
        Qualifier again = Qualifiers.prefix(tokens, j, end, len);
        if (again == Qualifier.ABOUT) {
          j += len[0];
        }
      }
    }
    long[] value = new long[1];
    int k = number(tokens, j, end, value);
    if (k < 0) {
      return Optional.empty();
    }
    if (isPercent(tokens, k, end) || (k == j + 1 && isDateOrTime(tokens, j, end)) || isOrdinal(tokens, j)) {
      return Optional.empty();
    }
    if (between > 0) {
      int k2 = rangeEnd(tokens, k, end, value[0], true);
      if (k2 < 0 || isPercent(tokens, k2, end)) {
        return Optional.empty();
      }
      return Optional.of(new Quantity(value[0], Qualifier.AT_LEAST, i, k2, tokens.get(i).start(),
          tokens.get(k2 - 1).end()));
    }
    Qualifier post = Qualifiers.suffix(tokens, k, end, len);
    if (post != null) {
      if (q == Qualifier.EXACT) {
        q = post;
      }
      k += len[0];
    } else {
      boolean change = j > 0 && (tokens.get(j - 1).norm().equals(MIN) || tokens.get(j - 1).norm().equals("و" + MIN));
      int k2 = change ? -1 : rangeEnd(tokens, k, end, value[0], false);
      if (k2 > 0 && !isPercent(tokens, k2, end)) {
        k = k2;
        if (q == Qualifier.EXACT) {
          q = Qualifier.AT_LEAST;
        }
      } else if (q == Qualifier.EXACT) {
        Qualifier late = Qualifiers.suffixAfterNoun(tokens, k, end);
        if (late != null) {
          q = late;
        }
      }
    }
    return Optional.of(new Quantity(value[0], q, i, k, tokens.get(i).start(), tokens.get(k - 1).end()));
  }

  private static final String MIN = "من";
  private static final String BAYN = "بين";
  private static final Set<String> RANGE_WORDS = Set.of("الي", "او", "-", "\u2013");

  private static boolean isBetween(String norm) {
    return norm.equals(BAYN) || norm.equals("و" + BAYN);
  }

  /** «بين» or «ما بين» at i: its length, else 0. */
  private static int betweenLength(List<Token> tokens, int i, int end) {
    String n = tokens.get(i).norm();
    if (isBetween(n)) {
      return 1;
    }
    if ((n.equals("ما") || n.equals("وما")) && i + 1 < end && tokens.get(i + 1).norm().equals(BAYN)) {
      return 2;
    }
    return 0;
  }

  /**
   * The end of the second number of a range after the first (ending at k): after «بين» ({@code conjOnly})
   * «و30», «و 30», «وثلاثين»; otherwise «إلى 30», «أو 30», «- 30». The second number must be larger. Returns -1 when
   * there is none.
   */
  private static int rangeEnd(List<Token> tokens, int k, int end, long first, boolean conjOnly) {
    if (k >= end) {
      return -1;
    }
    Token t = tokens.get(k);
    int start;
    if (conjOnly && t.norm().equals(WAW)) {
      start = k + 1;
    } else if (conjOnly && word(t) != null && word(t).conj()) {
      start = k;
    } else if (!conjOnly && RANGE_WORDS.contains(t.norm())) {
      start = k + 1;
    } else {
      return -1;
    }
    long[] second = new long[1];
    int k2 = number(tokens, start, end, second);
    return k2 > 0 && second[0] > first ? k2 : -1;
  }

  /** All non-overlapping quantities in tokens {@code [from, to)}, left to right. */
  public List<Quantity> findAll(List<Token> tokens, int from, int to) {
    to = Math.min(to, tokens.size());
    List<Quantity> out = new ArrayList<>();
    int i = Math.max(0, from);
    while (i < to) {
      Optional<Quantity> q = parseAt(tokens, i, to);
      if (q.isPresent()) {
        out.add(q.get());
        i = q.get().endToken();
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * 2 when {@code t} is the dual of a noun for people or victims («شخصان», «شخصين», «جنديان», «طفلين»,
   * «قتيلين», «مدنيان»), else empty. A «-ين» ending counts only for nouns whose plural is broken
   * («جنود», «أطفال», «قتلى»), since «مدنيين» or «مسلحين» are also plurals; a «-ان» ending counts for all.
   */
  public OptionalLong dualOf(Token t) {
    if (t.kind() != Token.Kind.WORD) {
      return OptionalLong.empty();
    }
    for (String w : PeopleNouns.stripped(t.norm())) {
      if (PeopleNouns.isDual(w)) {
        return OptionalLong.of(2);
      }
    }
    return OptionalLong.empty();
  }

  /**
   * 1 when {@code t} is the singular of a noun for people or victims, with or without clitics or the
   * accusative «ا» («جندي», «شخصا», «مدنيا», «طفلة», «والقتيل»), else empty.
   */
  public OptionalLong singularOne(Token t) {
    if (t.kind() != Token.Kind.WORD) {
      return OptionalLong.empty();
    }
    for (String w : PeopleNouns.stripped(t.norm())) {
      if (PeopleNouns.isSingular(w)) {
        return OptionalLong.of(1);
      }
    }
    return OptionalLong.empty();
  }

  // ---- number grammar -----------------------------------------------------------------------

  /** A looked-up word: its entry and whether it carried a «و» conjunction. */
  private record Word(Entry entry, boolean conj) {
  }

  /** Looks up a number word, trying the clitics و ف ب ل. */
  private static Word word(Token t) {
    if (t.kind() != Token.Kind.WORD) {
      return null;
    }
    String n = t.norm();
    Entry e = WORDS.get(n);
    if (e != null) {
      return new Word(e, false);
    }
    if (n.length() < 3) {
      return null;
    }
    char c = n.charAt(0);
    if (c == 'و' || c == 'ف' || c == 'ب' || c == 'ل') {
      String rest = n.substring(1);
      e = WORDS.get(rest);
      if (e != null && !(c == 'ل' && rest.length() <= 2)) {
        return new Word(e, c == 'و');
      }
      if (c == 'و' && rest.length() >= 3) {
        char d = rest.charAt(0);
        if (d == 'ب' || d == 'ل') {
          e = WORDS.get(rest.substring(1));
          if (e != null) {
            return new Word(e, false);
          }
        }
      }
    }
    return null;
  }

  /** A conjunction-stripped number word for a continuation: only «وX» (or «و» then X). */
  private static int conjunct(List<Token> tokens, int k, int end) {
    if (k < end && tokens.get(k).kind() == Token.Kind.WORD && tokens.get(k).norm().equals(WAW) && k + 1 < end) {
      return k + 1;
    }
    return -1;
  }

  /** Parses the number from token j; returns the token index after it, or -1. */
  private static int number(List<Token> tokens, int j, int end, long[] out) {
    double total = 0;
    long lastScale = Long.MAX_VALUE;
    int k = j;
    int committed = -1;
    double committedTotal = 0;
    boolean first = true;
    while (k < end) {
      double[] g = new double[1];
      int after = group(tokens, k, end, g);
      if (after >= 0) {
        Word sw = after < end ? word(tokens.get(after)) : null;
        long scale = 0;
        if (sw != null && !sw.conj()) {
          Kind sk = sw.entry().kind();
          boolean integral = g[0] == Math.rint(g[0]);
          if ((sk == Kind.SCALE || (sk == Kind.SCALE_PLURAL && integral && g[0] >= 3 && g[0] <= 10))
              && sw.entry().value() < lastScale && g[0] * sw.entry().value() < 1e15) {
            scale = sw.entry().value();
          }
        }
        if (scale > 0) {
          total += g[0] * scale;
          lastScale = scale;
          k = after + 1;
        } else {
          if (g[0] >= lastScale || g[0] != Math.rint(g[0])) {
            break;
          }
          total += g[0];
          committed = after;
          committedTotal = total;
          break;
        }
      } else {
        Word sw = word(tokens.get(k));
        if (sw == null) {
          break;
        }
        Kind sk = sw.entry().kind();
        long v = sw.entry().value();
        if (first && sk == Kind.FRACTION && k + 1 < end) {
          // «نصف مليون», «ربع مليون»
          Word nx = word(tokens.get(k + 1));
          if (nx == null || nx.conj() || nx.entry().kind() != Kind.SCALE) {
            break;
          }
          total += (double) nx.entry().value() / v;
          lastScale = nx.entry().value();
          k++; // the scale word; the k++ below passes the fraction
        } else if (sk == Kind.SCALE_DUAL && v / 2 < lastScale) {
          total += v;
          lastScale = v / 2;
        } else if (sk == Kind.SCALE && v < lastScale) {
          boolean dual = first && tokens.get(k).norm().endsWith(ALFA) && isConstructDual(tokens, k + 1, end);
          total += dual ? 2 * v : v;
          lastScale = v;
        } else {
          break;
        }
        k++;
      }
      committed = k;
      committedTotal = total;
      first = false;
      // continuation after a scale word: «و» + a smaller part, or «ونصف»
      if (k >= end) {
        break;
      }
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.WORD && t.norm().equals(WAW) && k + 1 < end) {
        Token c = tokens.get(k + 1);
        Word cw = word(c);
        if (c.kind() == Token.Kind.NUMBER || (cw != null && !cw.conj() && isPart(cw.entry().kind()))) {
          k++;
          continue;
        }
        break;
      }
      Word nw = word(t);
      if (nw != null && nw.conj()) {
        if (nw.entry().kind() == Kind.FRACTION) {
          total += (double) lastScale / nw.entry().value();
          committed = k + 1;
          committedTotal = total;
          break;
        }
        if (isPart(nw.entry().kind())) {
          continue;
        }
      }
      break;
    }
    if (committed <= j || committedTotal <= 0 || committedTotal != Math.rint(committedTotal)) {
      return -1;
    }
    out[0] = (long) committedTotal;
    return committed;
  }

  private static boolean isPart(Kind k) {
    return k == Kind.UNIT || k == Kind.TEN || k == Kind.TENS || k == Kind.HUNDRED || k == Kind.SCALE
        || k == Kind.SCALE_DUAL || k == Kind.TEEN_PREFIX;
  }

  /** «ألفا شخص»: a noun (not a preposition, not punctuation) follows, so «ألفا» is the dual construct. */
  private static boolean isConstructDual(List<Token> tokens, int k, int end) {
    if (k >= end) {
      return false;
    }
    Token t = tokens.get(k);
    return t.kind() == Token.Kind.WORD && !t.norm().equals("من") && word(t) == null;
  }

  /**
   * A sub-thousand group (or a digit number) at k: hundreds, units, teens, tens and their «و» compounds.
   * Returns the token after it, or -1 (also for a scale word, which the caller handles).
   */
  private static int group(List<Token> tokens, int k, int end, double[] out) {
    Token t = tokens.get(k);
    if (t.kind() == Token.Kind.NUMBER) {
      boolean scaleFollows = k + 1 < end && isScaleWord(tokens.get(k + 1));
      double v = digits(t.norm(), scaleFollows);
      if (Double.isNaN(v)) {
        return -1;
      }
      out[0] = v;
      return k + 1;
    }
    Word w = word(t);
    if (w == null) {
      return -1;
    }
    Kind kind = w.entry().kind();
    long v = w.entry().value();
    int n = k + 1;
    Word next = n < end ? word(tokens.get(n)) : null;
    boolean nextBare = next != null && !next.conj();
    long hundreds;
    switch (kind) {
      case HUNDRED:
        hundreds = v;
        break;
      case TEEN_PREFIX:
        if (nextBare && next.entry().kind() == Kind.TEN) {
          out[0] = 11;
          return n + 1;
        }
        if (next != null && next.conj() && next.entry().kind() == Kind.TENS) {
          out[0] = 1 + next.entry().value(); // «إحدى وعشرون»
          return n + 1;
        }
        return -1; // «أحد» alone is «one of», not a number
      case TEN:
        out[0] = 10;
        return n;
      case TENS:
        out[0] = v;
        return n;
      case UNIT:
        if (nextBare && next.entry().kind() == Kind.HUNDRED && next.entry().value() == 100) {
          hundreds = v * 100;
          n++;
          break;
        }
        if (nextBare && next.entry().kind() == Kind.TEN && v >= 2) {
          out[0] = 10 + v;
          return n + 1;
        }
        if (next != null && next.conj() && next.entry().kind() == Kind.TENS) {
          out[0] = v + next.entry().value();
          return n + 1;
        }
        if (n + 1 < end && tokens.get(n).norm().equals(WAW)) {
          Word cw = word(tokens.get(n + 1));
          if (cw != null && !cw.conj() && cw.entry().kind() == Kind.TENS) {
            out[0] = v + cw.entry().value();
            return n + 2;
          }
        }
        out[0] = v;
        return n;
      default:
        return -1;
    }
    // after hundreds: optional «و» + units, teens, tens or digits below 100
    int restStart = -1;
    if (n < end) {
      Word nw = word(tokens.get(n));
      if (nw != null && nw.conj() && isSmall(nw.entry().kind())) {
        restStart = n;
      } else if (n + 1 < end && tokens.get(n).norm().equals(WAW)) {
        Word cw = word(tokens.get(n + 1));
        if ((cw != null && !cw.conj() && isSmall(cw.entry().kind())) || tokens.get(n + 1).kind() == Token.Kind.NUMBER) {
          restStart = n + 1;
        }
      }
    }
    if (restStart >= 0) {
      double[] rest = new double[1];
      int m = group(tokens, restStart, end, rest);
      if (m >= 0 && rest[0] < 100 && rest[0] == Math.rint(rest[0])) {
        out[0] = hundreds + rest[0];
        return m;
      }
    }
    out[0] = hundreds;
    return n;
  }

  private static boolean isSmall(Kind k) {
    return k == Kind.UNIT || k == Kind.TEN || k == Kind.TENS || k == Kind.TEEN_PREFIX;
  }

  private static boolean isScaleWord(Token t) {
    Word w = word(t);
    return w != null && !w.conj() && (w.entry().kind() == Kind.SCALE || w.entry().kind() == Kind.SCALE_PLURAL);
  }

  /**
   * The value of a digit token's normalised text, or NaN. Commas between three-digit groups are thousands
   * separators, otherwise a decimal comma; «.» before exactly three digits is a thousands separator unless a
   * scale word follows.
   */
  static double digits(String s, boolean scaleFollows) {
    int n = s.length();
    if (n == 0 || n > 24) {
      return Double.NaN;
    }
    int commas = 0;
    int dots = 0;
    int lastSep = -1;
    boolean groupsOf3 = true;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '.') {
        if (c == ',') {
          commas++;
        } else {
          dots++;
        }
        int run = lastSep < 0 ? i : i - lastSep - 1;
        groupsOf3 &= lastSep < 0 ? run >= 1 && run <= 3 : run == 3;
        lastSep = i;
      } else if (c < '0' || c > '9') {
        return Double.NaN;
      }
    }
    if (commas == 0 && dots == 0) {
      return n > 18 ? Double.NaN : (double) Long.parseLong(s);
    }
    boolean lastGroupOf3 = n - lastSep - 1 == 3;
    String t;
    if (commas > 0 && dots == 0) {
      // 6,500 and 1,250,000 are grouped; 3,5 is a decimal comma
      t = groupsOf3 && lastGroupOf3 ? s.replace(",", "") : commas == 1 ? s.replace(',', '.') : null;
    } else if (dots > 0 && commas == 0) {
      // 1.500 is grouped (unless a scale word follows: 1.500 مليون reads 1.5 million); 2.5 is a decimal
      t = dots > 1 ? (groupsOf3 && lastGroupOf3 ? s.replace(".", "") : null)
          : (lastGroupOf3 && groupsOf3 && !scaleFollows ? s.replace(".", "") : s);
    } else {
      // 1,234.5: commas group, one dot is decimal
      int dot = s.indexOf('.');
      t = dots == 1 && s.lastIndexOf(',') < dot ? s.replace(",", "") : null;
    }
    if (t == null) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static final Set<String> ORDINAL_UNITS = normalized("الحادي", "الحادية", "الثاني", "الثانية", "الثالث",
      "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة", "السادس", "السادسة", "السابع", "السابعة", "الثامن",
      "الثامنة", "التاسع", "التاسعة");

  private static Set<String> normalized(String... words) {
    java.util.HashSet<String> out = new java.util.HashSet<>();
    for (String w : words) {
      out.add(org.marsad.text.ArabicNormalizer.INSTANCE.normalize(w));
    }
    return Set.copyOf(out);
  }

  /** «عشر» in the ordinal «الحادي عشر», «الثالثة عشرة». */
  private static boolean isOrdinal(List<Token> tokens, int j) {
    Token t = tokens.get(j);
    if (j == 0 || t.kind() != Token.Kind.WORD || !WORDS.containsKey(t.norm())
        || WORDS.get(t.norm()).kind() != Kind.TEN) {
      return false;
    }
    String prev = tokens.get(j - 1).norm();
    return ORDINAL_UNITS.contains(prev) || (prev.length() > 3 && prev.charAt(0) == 'و'
        && ORDINAL_UNITS.contains(prev.substring(1)));
  }

  /**
   * A lone digit token that is part of a date or a clock time: a day before a month name («19 سبتمبر»,
   * «22 من شباط»), a year after a month name or a year word («سبتمبر 2023», «عام 2020», «في 2020»),
   * a clock time «13:00», a numeric date or score «19/9/2023», «3-1».
   */
  private static boolean isDateOrTime(List<Token> tokens, int j, int end) {
    Token t = tokens.get(j);
    if (t.kind() != Token.Kind.NUMBER) {
      return false;
    }
    if (glued(tokens, j, end) || modelName(tokens, j)) {
      return true;
    }
    if (DateResolver.isDayOfMonth(tokens, j, end)) {
      return digits(t.norm(), false) <= 31;
    }
    String n = t.norm();
    if (n.length() != 4 || n.charAt(0) < '1' || n.charAt(0) > '2') {
      return false;
    }
    int y = (int) digits(n, false);
    if (y < 1800 || y > 2200 || (j + 1 < end && isScaleWord(tokens.get(j + 1)))) {
      return false;
    }
    for (int b = Math.max(0, j - 3); b < j; b++) {
      if (DateResolver.isMonthAt(tokens, b, j)) {
        return true;
      }
    }
    return j > 0 && DateResolver.isYearPrefix(tokens.get(j - 1));
  }

  /** The number at j touches «:», «/», «-» or «–» that touches another number, on either side. */
  private static boolean glued(List<Token> tokens, int j, int end) {
    Token t = tokens.get(j);
    if (j + 2 < end) {
      Token s = tokens.get(j + 1);
      Token o = tokens.get(j + 2);
      if (isJoin(s) && t.end() == s.start() && s.end() == o.start() && o.kind() == Token.Kind.NUMBER) {
        return true;
      }
    }
    if (j >= 2) {
      Token s = tokens.get(j - 1);
      Token o = tokens.get(j - 2);
      return isJoin(s) && o.end() == s.start() && s.end() == t.start() && o.kind() == Token.Kind.NUMBER;
    }
    return false;
  }

  /** A number hyphenated to a word, as in the model names «إف-16», «إس-300», «F-150». */
  private static boolean modelName(List<Token> tokens, int j) {
    if (j < 2) {
      return false;
    }
    Token h = tokens.get(j - 1);
    Token w = tokens.get(j - 2);
    return h.norm().equals("-") && h.end() == tokens.get(j).start() && w.end() == h.start()
        && w.kind() == Token.Kind.WORD;
  }

  private static boolean isJoin(Token t) {
    String n = t.norm();
    return n.equals(":") || n.equals("/") || n.equals("-") || n.equals("\u2013");
  }

  private static boolean isPercent(List<Token> tokens, int k, int end) {
    if (k >= end) {
      return false;
    }
    String n = tokens.get(k).norm();
    if (n.equals("%") || n.equals("\u066A") || PERCENT_WORDS.contains(n)) {
      return true;
    }
    return (n.equals("في") || n.equals("بال")) && k + 1 < end
        && (tokens.get(k + 1).norm().equals("الميه") || tokens.get(k + 1).norm().equals("المايه"));
  }
}
