package org.marsad.numbers;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.model.Token;
import org.marsad.text.ArabicNormalizer;

/**
 * Finds date expressions in tokens and resolves them against the published date.
 *
 * <p>Rules (matched on normalised tokens; the words may carry the clitics «و», «ف», «ب», «ل»):
 * <ol>
 *   <li>day, month and year: «19 سبتمبر 2023», «19 من أيلول 2023», «الثلاثاء 19 سبتمبر/أيلول 2023»,
 *       «19 أيلول (سبتمبر) عام 2023» → {@code 2023-09-19}, day, explicit. Month names of both systems
 *       (يناير … ديسمبر, كانون الثاني … كانون الأول) and the Maghrebi ones (جانفي، فيفري، أفريل، ماي، جوان،
 *       جويلية، أوت);</li>
 *   <li>a range of days gives its first day: «22 إلى 25 سبتمبر», «8-9 كانون الثاني», «8 و9 يناير»;</li>
 *   <li>an ordinal day with «من»: «الحادي عشر من سبتمبر», «الخامس من حزيران», «الحادي والعشرين من آذار»,
 *       but not after a definite noun («الأسبوع الثاني من شباط», «الأربعاء الأول من أبريل»);</li>
 *   <li>numeric dates written without spaces: «19/9/2023», «19-09-2023», «2023-09-19», «19.09.2023»;</li>
 *   <li>day and month without a year («22 فبراير»): the published year, or the year before when that
 *       date would fall after the published date; «الماضي» after it keeps it in the past, «المقبل» moves it
 *       after the published date, «الجاري/الحالي» keeps the published year;</li>
 *   <li>month and year («سبتمبر 2023», «شهر أيلول من عام 2023») → {@code 2023-09}, month;
 *       a month alone after «شهر» or when its name is unambiguous takes its year like rule 2
 *       («مارس», «ماي», «آب», «أوت» alone are verbs or nouns too, so they need «شهر», a day or a year);</li>
 *   <li>a year after «عام», «العام», «سنة», «في», «منذ», «خلال», «حتى» («عام 2020», «في 2020») → {@code 2020}, year;</li>
 *   <li>weekdays («يوم الأحد», «الخميس»): the most recent such day on or before the published date
 *       (the published date itself when the weekday matches); «الأحد الماضي» is strictly before it,
 *       «الأحد المقبل/القادم» and «غد الأحد» strictly after; «اليوم الجمعة» is the published date;
 *       «منذ يوم الجمعة» is the weekday, not «a day ago»; basis relative;</li>
 *   <li>«أمس», «البارحة», «الليلة الماضية» → published − 1 day; «أول أمس», «أول من أمس» → − 2 days;
 *       «اليوم», «الليلة» → published (not «اليوم التالي/نفسه/العالمي»); «غدا», «غد» → + 1 day; «قبل ثلاثة أيام», «منذ يومين», «قبل أسبوع» → day
 *       precision; «قبل شهرين» → month; «قبل عامين» → year;</li>
 *   <li>«الأسبوع الماضي» → the month of published − 7 days with month precision (a week is no day, and
 *       the marsad/1 precisions are day, month and year); «الشهر الماضي» → the previous month;
 *       «العام الماضي», «السنة الماضية» → the previous year; «العام الجاري/الحالي», «هذا العام» → the
 *       published year; «الشهر الجاري/الحالي», «هذا الشهر» → the published month.</li>
 * </ol>
 * Without a published date, the expressions that need one (rules 2, 3 without a year, 5, 6, 7) are skipped.
 *
 * <p>Stateless and thread-safe; use {@link #INSTANCE}.
 */
public final class DateResolver {
  /** The shared instance. */
  public static final DateResolver INSTANCE = new DateResolver();

  /** Precision values. */
  public static final String DAY = "day";
  public static final String MONTH = "month";
  public static final String YEAR = "year";
  /** Basis values. */
  public static final String EXPLICIT = "explicit";
  public static final String RELATIVE = "relative";

  /**
   * A date found in text.
   *
   * @param value      {@code 2023-09-19}, {@code 2023-09} or {@code 2023}
   * @param precision  {@code day}, {@code month} or {@code year}
   * @param basis      {@code explicit} or {@code relative}
   * @param start      UTF-16 offset of the start of the expression
   * @param end        UTF-16 offset of its end
   * @param firstToken first token of the expression
   * @param endToken   token after its last token
   */
  public record DateMention(String value, String precision, String basis, int start, int end, int firstToken,
      int endToken) {
    /** The date; the first day of the month or year for month and year precision. */
    public LocalDate date() {
      switch (precision) {
        case DAY: return LocalDate.parse(value);
        case MONTH: return YearMonth.parse(value).atDay(1);
        default: return LocalDate.of(Integer.parseInt(value), 1, 1);
      }
    }
  }

  private static final Map<String, Integer> MONTHS = new HashMap<>();
  /** Two-word Levantine names: first word → (second word → month). */
  private static final Map<String, Map<String, Integer>> MONTHS2 = new HashMap<>();
  private static final Set<String> AMBIGUOUS_MONTHS = Set.of(n("مارس"), n("ماي"), n("آب"), n("أوت"));
  private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

  private static String n(String s) {
    return ArabicNormalizer.INSTANCE.normalize(s);
  }

  private static void month(int m, String... names) {
    for (String s : names) {
      MONTHS.put(n(s), m);
    }
  }

  private static void month2(int m, String first, String... seconds) {
    for (String s : seconds) {
      MONTHS2.computeIfAbsent(n(first), k -> new HashMap<>()).put(n(s), m);
    }
  }

  static {
    month(1, "يناير", "جانفي");
    month(2, "فبراير", "فبرابر", "شباط", "فيفري");
    month(3, "مارس", "آذار");
    month(4, "أبريل", "إبريل", "ابريل", "نيسان", "أفريل");
    month(5, "مايو", "أيار", "ماي");
    month(6, "يونيو", "يونيه", "حزيران", "جوان");
    month(7, "يوليو", "يوليه", "تموز", "جويلية", "جويلة");
    month(8, "أغسطس", "آب", "أوت", "اغسطس");
    month(9, "سبتمبر", "أيلول");
    month(10, "أكتوبر", "اكتوبر");
    month(11, "نوفمبر");
    month(12, "ديسمبر");
    month2(1, "كانون", "الثاني");
    month2(12, "كانون", "الأول");
    month2(10, "تشرين", "الأول");
    month2(11, "تشرين", "الثاني");
    WEEKDAYS.put(n("الأحد"), DayOfWeek.SUNDAY);
    WEEKDAYS.put(n("الاثنين"), DayOfWeek.MONDAY);
    WEEKDAYS.put(n("الإثنين"), DayOfWeek.MONDAY);
    WEEKDAYS.put(n("الثلاثاء"), DayOfWeek.TUESDAY);
    WEEKDAYS.put(n("الأربعاء"), DayOfWeek.WEDNESDAY);
    WEEKDAYS.put(n("الخميس"), DayOfWeek.THURSDAY);
    WEEKDAYS.put(n("الجمعة"), DayOfWeek.FRIDAY);
    WEEKDAYS.put(n("السبت"), DayOfWeek.SATURDAY);
  }

  private static final Set<String> YEAR_WORDS = Set.of(n("عام"), n("العام"), n("سنة"), n("السنة"));
  private static final Set<String> YEAR_PREFIXES = Set.of(n("عام"), n("العام"), n("سنة"), n("السنة"), n("في"), n("منذ"),
      n("خلال"), n("حتى"), n("مطلع"), n("أواخر"), n("أوائل"), n("منتصف"), n("نهاية"), n("بداية"));
  private static final String MONTH_WORD = n("شهر");
  private static final Set<String> DAY_RANGE = Set.of("-", "\u2013", n("إلى"), n("و"), n("حتى"));
  private static final String DAY_WORD = n("يوم");
  private static final String MIN = n("من");
  private static final Set<String> PAST = Set.of(n("الماضي"), n("الماضية"), n("المنصرم"), n("المنصرمة"), n("الفائت"),
      n("الفائتة"), n("السابق"));
  private static final Set<String> NEXT = Set.of(n("المقبل"), n("القادم"), n("المقبلة"), n("القادمة"));
  private static final Set<String> CURRENT = Set.of(n("الجاري"), n("الحالي"), n("الجارية"), n("الحالية"));
  private static final String YESTERDAY = n("أمس");
  private static final String THE_YESTERDAY = n("الأمس");
  private static final String FIRST = n("أول");
  private static final String LAST_NIGHT_DAY = n("البارحة");
  private static final String YESTERDAY_BARE = n("امس");
  private static final String TONIGHT = n("الليلة");
  private static final String THE_WEEK = n("الأسبوع");
  private static final String THE_MONTH = n("الشهر");
  private static final String THE_YEAR = n("العام");
  private static final String THE_YEAR_F = n("السنة");
  private static final String BEFORE = n("قبل");
  private static final String SINCE = n("منذ");
  private static final String ELEVENTH_UNIT = n("الحادي");
  private static final String TODAY = n("اليوم");
  /** Words after «اليوم» that make it «the day» rather than «today». */
  private static final Set<String> NOT_TODAY = Set.of(n("التالي"), n("السابق"), n("الأول"), n("الثاني"), n("الثالث"),
      n("الأخير"), n("العالمي"), n("الوطني"), n("الدولي"), n("المحدد"), n("الموعود"), n("الذي"), n("نفسه"), n("ذاته"),
      n("عينه"));
  private static final String TOMORROW = n("غدا");
  private static final String TOMORROW_BARE = n("غد");
  private static final String THIS_M = n("هذا");
  private static final String THIS_F = n("هذه");

  private DateResolver() {
  }

  /**
   * All date expressions in tokens {@code [from, to)}, left to right and non-overlapping.
   *
   * @param published the publication date that anchors relative expressions, or null (they are then skipped)
   */
  public List<DateMention> findAll(List<Token> tokens, int from, int to, LocalDate published) {
    to = Math.min(to, tokens.size());
    List<DateMention> out = new ArrayList<>();
    int i = Math.max(0, from);
    while (i < to) {
      DateMention m = at(tokens, i, to, published);
      if (m != null) {
        out.add(m);
        i = m.endToken();
      } else {
        i++;
      }
    }
    return out;
  }

  /** The date expression starting at token i, if any. */
  public Optional<DateMention> parseAt(List<Token> tokens, int i, int end, LocalDate published) {
    end = Math.min(end, tokens.size());
    return i < 0 || i >= end ? Optional.empty() : Optional.ofNullable(at(tokens, i, end, published));
  }

  private DateMention at(List<Token> tokens, int i, int end, LocalDate pub) {
    if (!canStart(tokens.get(i))) {
      return null;
    }
    DateMention m = numeric(tokens, i, end);
    if (m == null) {
      m = explicitDay(tokens, i, end, pub);
    }
    if (m == null) {
      m = monthYear(tokens, i, end, pub);
    }
    if (m == null) {
      m = year(tokens, i, end);
    }
    if (m == null && pub != null) {
      m = relative(tokens, i, end, pub);
    }
    if (m == null && pub != null) {
      m = weekday(tokens, i, end, pub);
    }
    return m;
  }

  // ---- explicit -----------------------------------------------------------------------------

  /** [weekday [،]] day [من] month [alt] [،] [عام] [year]. */
  private DateMention explicitDay(List<Token> tokens, int i, int end, LocalDate pub) {
    int k = i;
    int[] len = new int[1];
    if (k < end && weekdayOf(tokens.get(k)) != null) {
      k++;
      if (k < end && tokens.get(k).norm().equals(",")) {
        k++;
      }
    } else if (k + 1 < end && stripped(tokens.get(k)).equals(DAY_WORD) && weekdayOf(tokens.get(k + 1)) != null) {
      k += 2;
      if (k < end && tokens.get(k).norm().equals(",")) {
        k++;
      }
    }
    if (k >= end) {
      return null;
    }
    int day = intOf(tokens.get(k), 1, 31);
    if (day > 0) {
      k++;
      // a range of days «22 إلى 25 سبتمبر», «8-9 كانون الثاني», «8 و9 يناير»: the first day
      if (k + 1 < end && DAY_RANGE.contains(tokens.get(k).norm()) && intOf(tokens.get(k + 1), day + 1, 31) > 0
          && isMonthAt(tokens, k + 2, end)) {
        k += 2;
      }
    } else {
      day = ordinalDay(tokens, k, end, len);
      if (day < 0) {
        return null;
      }
      if (k > 0 && tokens.get(k - 1).kind() == Token.Kind.WORD && tokens.get(k - 1).norm().startsWith("ال")) {
        return null; // «الأسبوع الثاني من شباط», «الأربعاء الأول من أبريل»: the ordinal qualifies a noun
      }
      k += len[0];
      if (k >= end || !tokens.get(k).norm().equals(MIN)) {
        return null; // «الخامس من حزيران»: an ordinal needs «من»
      }
    }
    if (k < end && tokens.get(k).norm().equals(MIN)) {
      k++;
    }
    int month = monthAt(tokens, k, end, len);
    if (month < 0) {
      return null;
    }
    k = skipAltMonth(tokens, k + len[0], end, month);
    int y = yearAfter(tokens, k, end, len);
    if (y > 0) {
      k += len[0];
    }
    LocalDate d;
    try {
      if (y > 0) {
        d = LocalDate.of(y, month, day);
      } else {
        if (pub == null) {
          return null;
        }
        d = LocalDate.of(pub.getYear(), month, day);
        if (k < end && CURRENT.contains(tokens.get(k).norm())) {
          k++; // «25 مارس الجاري»: this year's
        } else if (k < end && NEXT.contains(tokens.get(k).norm())) {
          if (!d.isAfter(pub)) {
            d = d.plusYears(1);
          }
          k++;
        } else {
          if (k < end && PAST.contains(tokens.get(k).norm())) {
            k++;
          }
          if (d.isAfter(pub) && !forwardBefore(tokens, i)) {
            d = d.minusYears(1); // «ستفرض ابتداء من السادس من أغسطس»: a day still to come keeps this year
          }
        }
      }
    } catch (DateTimeException e) {
      return null;
    }
    return mention(d.toString(), DAY, EXPLICIT, tokens, i, k);
  }

  /** Words right before a date that look ahead: «بحلول», «حتى», «موعد», «مهلة» (normalised). */
  private static final Set<String> FORWARD = Set.of("بحلول", "حتي", "لغايه", "موعد", "مهله");
  /** Words before «من» that look ahead: «ابتداء من», «اعتبارا من», «بدءا من» (normalised). */
  private static final Set<String> FORWARD_FROM = Set.of("ابتداء", "اعتبارا", "بدءا", "ابتداءا");

  /**
   * True when the date at token {@code i} follows a word that looks ahead («بحلول الرابع من نوفمبر», «ابتداء من
   * السادس من أغسطس», «مهلة حتى السادس من آب»; session 15): a day or month later in the year than the published
   * date is then this year's, still to come, not last year's.
   */
  static boolean forwardBefore(List<Token> tokens, int i) {
    if (i >= 1 && FORWARD.contains(tokens.get(i - 1).norm())) {
      return true;
    }
    return i >= 2 && tokens.get(i - 1).norm().equals(MIN) && FORWARD_FROM.contains(tokens.get(i - 2).norm());
  }

  /** [شهر] month [alt] [من] [عام] year, or [شهر] month alone with the published year. */
  private DateMention monthYear(List<Token> tokens, int i, int end, LocalDate pub) {
    int k = i;
    boolean monthWord = false;
    if (stripped(tokens.get(k)).equals(MONTH_WORD)) {
      monthWord = true;
      k++;
    }
    int[] len = new int[1];
    int month = monthAt(tokens, k, end, len);
    if (month < 0) {
      return null;
    }
    boolean ambiguous = len[0] == 1 && clitics(tokens.get(k).norm()).stream().anyMatch(AMBIGUOUS_MONTHS::contains);
    k = skipAltMonth(tokens, k + len[0], end, month);
    int y = yearAfter(tokens, k, end, len);
    if (y > 0) {
      return mention(String.format("%04d-%02d", y, month), MONTH, EXPLICIT, tokens, i, k + len[0]);
    }
    boolean past = k < end && PAST.contains(tokens.get(k).norm());
    boolean next = k < end && NEXT.contains(tokens.get(k).norm());
    boolean current = k < end && CURRENT.contains(tokens.get(k).norm());
    if (pub == null || (ambiguous && !monthWord && !past && !next && !current)) {
      return null;
    }
    YearMonth ym = YearMonth.of(pub.getYear(), month);
    YearMonth pm = YearMonth.from(pub);
    if (current) {
      return mention(ym.toString(), MONTH, EXPLICIT, tokens, i, k + 1);
    }
    if (next) {
      if (!ym.isAfter(pm)) {
        ym = ym.plusYears(1);
      }
    } else if (ym.isAfter(pm) && !(forwardBefore(tokens, i) && !past) || (past && ym.equals(pm))) {
      ym = ym.minusYears(1);
    }
    return mention(ym.toString(), MONTH, EXPLICIT, tokens, i, past || next ? k + 1 : k);
  }

  /** «عام 2020», «في 2020», «منذ عام 2011». */
  private DateMention year(List<Token> tokens, int i, int end) {
    int k = i;
    if (!YEAR_PREFIXES.contains(stripped(tokens.get(k)))) {
      return null;
    }
    k++;
    if (k < end && YEAR_WORDS.contains(tokens.get(k).norm())) {
      k++;
    }
    if (k >= end) {
      return null;
    }
    int y = intOf(tokens.get(k), 1800, 2200);
    if (y < 0 || isFollowedByScaleOrPercent(tokens, k + 1, end)) {
      return null;
    }
    return mention(Integer.toString(y), YEAR, EXPLICIT, tokens, i, k + 1);
  }

  private static boolean isFollowedByScaleOrPercent(List<Token> tokens, int k, int end) {
    if (k >= end) {
      return false;
    }
    String s = tokens.get(k).norm();
    return s.equals("%") || NumberParser.INSTANCE.parseAt(tokens, k - 1, end).map(q -> q.endToken() > k).orElse(false);
  }

  // ---- relative -----------------------------------------------------------------------------

  private DateMention relative(List<Token> tokens, int i, int end, LocalDate pub) {
    String w = stripped(tokens.get(i));
    if (!KNOWN.contains(w)) {
      return null;
    }
    String next = i + 1 < end ? tokens.get(i + 1).norm() : "";
    String next2 = i + 2 < end ? tokens.get(i + 2).norm() : "";
    // «يوم أمس», «يوم الأحد» handled by the word after «يوم»
    if (w.equals(DAY_WORD) && (next.equals(YESTERDAY) || next.equals(THE_YESTERDAY))) {
      return day(pub.minusDays(1), tokens, i, i + 2);
    }
    if (w.equals(FIRST) && next.equals(YESTERDAY)) {
      return day(pub.minusDays(2), tokens, i, i + 2);
    }
    if (w.equals(FIRST) && next.equals(MIN) && next2.equals(YESTERDAY)) {
      return day(pub.minusDays(2), tokens, i, i + 3);
    }
    if (w.equals(YESTERDAY) || w.equals(THE_YESTERDAY) || w.equals(LAST_NIGHT_DAY) || w.equals(YESTERDAY_BARE)) {
      return day(pub.minusDays(1), tokens, i, i + 1);
    }
    if (w.equals(TONIGHT) && PAST.contains(next)) {
      return day(pub.minusDays(1), tokens, i, i + 2);
    }
    if (w.equals(TODAY) && i + 1 < end && weekdayOf(tokens.get(i + 1)) != null) {
      return day(pub, tokens, i, i + 2); // «اليوم الجمعة»
    }
    if (w.equals(TODAY) && NOT_TODAY.contains(next)) {
      return null; // «اليوم التالي», «اليوم نفسه» are not today; «اليوم العالمي» is no date
    }
    if (w.equals(TODAY) || w.equals(TONIGHT)) {
      return day(pub, tokens, i, i + 1);
    }
    if (w.equals(TOMORROW) || w.equals(TOMORROW_BARE)) {
      DayOfWeek dow = i + 1 < end ? weekdayOf(tokens.get(i + 1)) : null;
      if (dow != null) {
        // «غد الثلاثاء»: the next such day after the published date
        LocalDate d = pub.plusDays((dow.getValue() - pub.getDayOfWeek().getValue() + 7) % 7);
        return day(d.isAfter(pub) ? d : d.plusDays(7), tokens, i, i + 2);
      }
      return day(pub.plusDays(1), tokens, i, i + 1);
    }
    if (w.equals(THE_WEEK) && PAST.contains(next)) {
      return mention(YearMonth.from(pub.minusDays(7)).toString(), MONTH, RELATIVE, tokens, i, i + 2);
    }
    if (w.equals(THE_MONTH) && PAST.contains(next)) {
      return mention(YearMonth.from(pub).minusMonths(1).toString(), MONTH, RELATIVE, tokens, i, i + 2);
    }
    if (w.equals(THE_MONTH) && CURRENT.contains(next)) {
      return mention(YearMonth.from(pub).toString(), MONTH, RELATIVE, tokens, i, i + 2);
    }
    if ((w.equals(THE_YEAR) || w.equals(THE_YEAR_F)) && PAST.contains(next)) {
      return mention(Integer.toString(pub.getYear() - 1), YEAR, RELATIVE, tokens, i, i + 2);
    }
    if ((w.equals(THE_YEAR) || w.equals(THE_YEAR_F)) && CURRENT.contains(next)) {
      return mention(Integer.toString(pub.getYear()), YEAR, RELATIVE, tokens, i, i + 2);
    }
    if (w.equals(THIS_M) && next.equals(THE_YEAR)) {
      return mention(Integer.toString(pub.getYear()), YEAR, RELATIVE, tokens, i, i + 2);
    }
    if (w.equals(THIS_F) && next.equals(THE_YEAR_F)) {
      return mention(Integer.toString(pub.getYear()), YEAR, RELATIVE, tokens, i, i + 2);
    }
    if (w.equals(THIS_M) && next.equals(THE_MONTH)) {
      return mention(YearMonth.from(pub).toString(), MONTH, RELATIVE, tokens, i, i + 2);
    }
    if (w.equals(BEFORE) || w.equals(SINCE)) {
      return ago(tokens, i, end, pub);
    }
    return null;
  }

  /** «قبل ثلاثة أيام», «منذ يومين», «قبل أسبوع», «قبل 3 أشهر», «قبل عامين». */
  private DateMention ago(List<Token> tokens, int i, int end, LocalDate pub) {
    int k = i + 1;
    if (k >= end) {
      return null;
    }
    long count = 1;
    Optional<NumberParser.Quantity> q = NumberParser.INSTANCE.parseAt(tokens, k, end);
    if (q.isPresent() && q.get().qualifier() == NumberParser.Qualifier.EXACT) {
      count = q.get().value();
      k = q.get().endToken();
      if (k >= end || count > 400) {
        return null;
      }
    }
    String unit = tokens.get(k).norm();
    boolean counted = q.isPresent();
    if (!counted && unit.equals(DAY_WORD) && k + 1 < end && weekdayOf(tokens.get(k + 1)) != null) {
      return null; // «منذ يوم الجمعة»: the weekday rule reads it
    }
    int endTok = k + 1;
    if (!counted) {
      count = dualOrOne(unit);
      unit = singularUnit(unit);
    } else {
      unit = unitOfPlural(unit);
    }
    if (unit == null || count <= 0) {
      return null;
    }
    switch (unit) {
      case "d": return day(pub.minusDays(count), tokens, i, endTok);
      case "w": return day(pub.minusWeeks(count), tokens, i, endTok);
      case "m": return mention(YearMonth.from(pub).minusMonths(count).toString(), MONTH, RELATIVE, tokens, i, endTok);
      case "y": return mention(Integer.toString(pub.getYear() - (int) count), YEAR, RELATIVE, tokens, i, endTok);
      default: return null;
    }
  }

  private static final Map<String, String> UNIT_BARE = new HashMap<>();
  private static final Map<String, String> UNIT_COUNTED = new HashMap<>();

  static {
    for (String s : new String[] {"يوم", "يومين", "يومان"}) {
      UNIT_BARE.put(n(s), "d");
    }
    for (String s : new String[] {"أسبوع", "أسبوعين", "أسبوعان"}) {
      UNIT_BARE.put(n(s), "w");
    }
    for (String s : new String[] {"شهر", "شهرين", "شهران"}) {
      UNIT_BARE.put(n(s), "m");
    }
    for (String s : new String[] {"عام", "عامين", "عامان", "سنة", "سنتين", "سنتان"}) {
      UNIT_BARE.put(n(s), "y");
    }
    for (String s : new String[] {"أيام", "يوما", "يوم"}) {
      UNIT_COUNTED.put(n(s), "d");
    }
    for (String s : new String[] {"أسابيع", "أسبوعا", "أسبوع"}) {
      UNIT_COUNTED.put(n(s), "w");
    }
    for (String s : new String[] {"أشهر", "شهور", "شهرا", "شهر"}) {
      UNIT_COUNTED.put(n(s), "m");
    }
    for (String s : new String[] {"أعوام", "سنوات", "عاما", "سنة", "عام", "سنين"}) {
      UNIT_COUNTED.put(n(s), "y");
    }
  }

  private static long dualOrOne(String unit) {
    if (!UNIT_BARE.containsKey(unit)) {
      return -1;
    }
    return unit.endsWith("ين") || unit.endsWith("ان") ? 2 : 1;
  }

  private static String singularUnit(String unit) {
    return UNIT_BARE.get(unit);
  }

  private static String unitOfPlural(String unit) {
    return UNIT_COUNTED.get(unit);
  }

  /** [يوم] weekday [الماضي|المقبل]. */
  private DateMention weekday(List<Token> tokens, int i, int end, LocalDate pub) {
    int k = i;
    if (stripped(tokens.get(k)).equals(DAY_WORD) && k + 1 < end) {
      k++;
    }
    DayOfWeek dow = weekdayOf(tokens.get(k));
    if (dow == null) {
      return null;
    }
    k++;
    int back = (pub.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
    LocalDate d = pub.minusDays(back);
    if (k < end && PAST.contains(tokens.get(k).norm())) {
      if (back == 0) {
        d = d.minusDays(7);
      }
      k++;
    } else if (k < end && NEXT.contains(tokens.get(k).norm())) {
      d = pub.plusDays((dow.getValue() - pub.getDayOfWeek().getValue() + 7) % 7);
      if (!d.isAfter(pub)) {
        d = d.plusDays(7);
      }
      k++;
    }
    return day(d, tokens, i, k);
  }

  // ---- numeric and ordinal ------------------------------------------------------------------

  /** «19/9/2023», «19-09-2023», «2023-09-19», «19.09.2023» (digits of any script, no spaces). */
  private static DateMention numeric(List<Token> tokens, int i, int end) {
    Token t = tokens.get(i);
    if (t.kind() != Token.Kind.NUMBER) {
      return null;
    }
    String s = t.norm();
    if (s.indexOf('.') > 0) {
      String[] p = s.split("\\.");
      if (p.length == 3 && p[2].length() == 4) {
        return numericDate(p[2], p[1], p[0], tokens, i, i + 1);
      }
      return null;
    }
    if (i + 4 >= end || !isDigits(s)) {
      return null;
    }
    Token s1 = tokens.get(i + 1);
    Token b = tokens.get(i + 2);
    Token s2 = tokens.get(i + 3);
    Token c = tokens.get(i + 4);
    String sep = s1.norm();
    if (!(sep.equals("/") || sep.equals("-")) || !s2.norm().equals(sep) || b.kind() != Token.Kind.NUMBER
        || c.kind() != Token.Kind.NUMBER || !isDigits(b.norm()) || !isDigits(c.norm())
        || t.end() != s1.start() || s1.end() != b.start() || b.end() != s2.start() || s2.end() != c.start()) {
      return null;
    }
    if (s.length() == 4) {
      return numericDate(s, b.norm(), c.norm(), tokens, i, i + 5);
    }
    if (c.norm().length() == 4) {
      return numericDate(c.norm(), b.norm(), s, tokens, i, i + 5);
    }
    return null;
  }

  private static DateMention numericDate(String y, String m, String d, List<Token> tokens, int i, int k) {
    if (y.length() != 4 || m.isEmpty() || m.length() > 2 || d.isEmpty() || d.length() > 2 || !isDigits(y)
        || !isDigits(m) || !isDigits(d)) {
      return null;
    }
    int year = Integer.parseInt(y);
    if (year < 1800 || year > 2200) {
      return null;
    }
    try {
      return mention(LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)).toString(), DAY, EXPLICIT, tokens,
          i, k);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isDigits(String s) {
    for (int c = 0; c < s.length(); c++) {
      if (s.charAt(c) < '0' || s.charAt(c) > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static final Map<String, Integer> ORDINALS = new HashMap<>();

  static {
    String[][] units = {{"الأول", "الحادي"}, {"الثاني"}, {"الثالث"}, {"الرابع"}, {"الخامس"}, {"السادس"}, {"السابع"},
        {"الثامن"}, {"التاسع"}, {"العاشر"}};
    for (int u = 0; u < units.length; u++) {
      for (String w : units[u]) {
        ORDINALS.put(n(w), u + 1);
      }
    }
  }

  private static final String TEN_ORD = n("عشر");
  private static final String TWENTIETH = n("العشرين");
  private static final String THIRTIETH = n("الثلاثين");

  /** An ordinal day: «الأول», «الحادي عشر», «العشرين», «الحادي والعشرين», «الثلاثين» (length in len[0]), or -1. */
  private static int ordinalDay(List<Token> tokens, int k, int end, int[] len) {
    String w = tokens.get(k).norm();
    if (w.equals(TWENTIETH) || w.equals(THIRTIETH)) {
      len[0] = 1;
      return w.equals(TWENTIETH) ? 20 : 30;
    }
    Integer u = ORDINALS.get(w);
    if (u == null) {
      return -1;
    }
    if (k + 1 < end) {
      String nx = tokens.get(k + 1).norm();
      if (nx.equals(TEN_ORD) && u < 10) {
        len[0] = 2;
        return 10 + u;
      }
      if (u < 10 && (nx.equals("و" + TWENTIETH) || nx.equals("و" + THIRTIETH))) {
        len[0] = 2;
        int v = (nx.endsWith(TWENTIETH) ? 20 : 30) + u;
        return v <= 31 ? v : -1;
      }
    }
    if (tokens.get(k).norm().equals(ELEVENTH_UNIT)) {
      return -1;
    }
    len[0] = 1;
    return u;
  }

  /**
   * Whether the number at token j is a day of a month: «19 سبتمبر», «22 من شباط», «8 و9 يناير», «8-9 يناير».
   */
  static boolean isDayOfMonth(List<Token> tokens, int j, int end) {
    if (isMonthAt(tokens, j + 1, end)) {
      return true;
    }
    if (j + 2 < end && tokens.get(j + 1).norm().equals(MIN) && isMonthAt(tokens, j + 2, end)) {
      return true;
    }
    return j + 3 < end && DAY_RANGE.contains(tokens.get(j + 1).norm()) && intOf(tokens.get(j + 2), 1, 31) > 0
        && isMonthAt(tokens, j + 3, end);
  }

  /** Whether a month name starts at token k (a day or year next to it is a date; a date does not part roles). */
  public static boolean isMonthAt(List<Token> tokens, int k, int end) {
    return monthAt(tokens, k, end, new int[1]) > 0;
  }

  /** Whether the word is one after which a four-digit number is a year («عام», «في», «منذ» ...). */
  static boolean isYearPrefix(Token t) {
    return t.kind() == Token.Kind.WORD && YEAR_PREFIXES.contains(stripped(t));
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static DateMention day(LocalDate d, List<Token> tokens, int i, int k) {
    return mention(d.toString(), DAY, RELATIVE, tokens, i, k);
  }

  private static DateMention mention(String value, String precision, String basis, List<Token> tokens, int i, int k) {
    return new DateMention(value, precision, basis, tokens.get(i).start(), tokens.get(k - 1).end(), i, k);
  }

  /** The month at k (one or two tokens, length in len[0]), or -1. */
  private static int monthAt(List<Token> tokens, int k, int end, int[] len) {
    if (k >= end || tokens.get(k).kind() != Token.Kind.WORD) {
      return -1;
    }
    for (String w : clitics(tokens.get(k).norm())) {
      Map<String, Integer> second = MONTHS2.get(w);
      if (second != null && k + 1 < end) {
        Integer m = second.get(tokens.get(k + 1).norm());
        if (m != null) {
          len[0] = 2;
          return m;
        }
      }
      Integer m = MONTHS.get(w);
      if (m != null) {
        len[0] = 1;
        return m;
      }
    }
    return -1;
  }

  /** Skips «/ أيلول», «(سبتمبر)» naming the same month again. */
  private static int skipAltMonth(List<Token> tokens, int k, int end, int month) {
    int[] len = new int[1];
    if (k + 1 < end && (tokens.get(k).norm().equals("/") || tokens.get(k).norm().equals("-"))
        && monthAt(tokens, k + 1, end, len) == month) {
      return k + 1 + len[0];
    }
    if (k < end && monthAt(tokens, k, end, len) == month) {
      return k + len[0]; // «سبتمبر أيلول»
    }
    if (k + 2 < end && tokens.get(k).norm().equals("(") && monthAt(tokens, k + 1, end, len) == month
        && k + 1 + len[0] < end && tokens.get(k + 1 + len[0]).norm().equals(")")) {
      return k + 2 + len[0];
    }
    return k;
  }

  /** A year right after k: «2023», «، 2023», «عام 2023», «من عام 2023»; length in len[0]; or -1. */
  private static int yearAfter(List<Token> tokens, int k, int end, int[] len) {
    int s = k;
    if (s < end && tokens.get(s).norm().equals(",")) {
      s++;
    }
    if (s < end && tokens.get(s).norm().equals(MIN)) {
      s++;
    }
    if (s < end && YEAR_WORDS.contains(tokens.get(s).norm())) {
      s++;
    }
    if (s >= end) {
      return -1;
    }
    int y = intOf(tokens.get(s), 1800, 2200);
    if (y < 0) {
      return -1;
    }
    len[0] = s + 1 - k;
    return y;
  }

  private static DayOfWeek weekdayOf(Token t) {
    if (t.kind() != Token.Kind.WORD) {
      return null;
    }
    for (String w : clitics(t.norm())) {
      DayOfWeek d = WEEKDAYS.get(w);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** An integer token within [lo, hi], or -1. */
  private static int intOf(Token t, int lo, int hi) {
    if (t.kind() != Token.Kind.NUMBER) {
      return -1;
    }
    String s = t.norm();
    if (s.length() > 4) {
      return -1;
    }
    for (int c = 0; c < s.length(); c++) {
      if (s.charAt(c) < '0' || s.charAt(c) > '9') {
        return -1;
      }
    }
    int v = Integer.parseInt(s);
    return v >= lo && v <= hi ? v : -1;
  }

  /** The token's norm without one leading «و»/«ف» and then «ب»/«ل» when the rest is a known word. */
  private static String stripped(Token t) {
    String s = t.norm();
    for (String w : clitics(s)) {
      if (KNOWN.contains(w)) {
        return w;
      }
    }
    return s;
  }

  private static final Set<String> KNOWN = known();

  /** Every word a date expression can start with (clitics aside). */
  private static final Set<String> STARTS = starts();

  private static Set<String> starts() {
    java.util.HashSet<String> all = new java.util.HashSet<>(KNOWN);
    all.addAll(MONTHS.keySet());
    all.addAll(MONTHS2.keySet());
    all.addAll(WEEKDAYS.keySet());
    all.addAll(ORDINALS.keySet());
    all.add(TWENTIETH);
    all.add(THIRTIETH);
    return Set.copyOf(all);
  }

  /** A cheap filter: only a number or a known start word can begin a date. */
  private static boolean canStart(Token t) {
    if (t.kind() == Token.Kind.NUMBER) {
      return true;
    }
    if (t.kind() != Token.Kind.WORD) {
      return false;
    }
    String s = t.norm();
    if (STARTS.contains(s)) {
      return true;
    }
    if (s.length() > 2 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) {
      s = s.substring(1);
      if (STARTS.contains(s)) {
        return true;
      }
    }
    return s.length() > 2 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ل') && STARTS.contains(s.substring(1));
  }

  private static Set<String> known() {
    List<String> all = new ArrayList<>();
    for (String s : new String[] {"يوم", "شهر", "عام", "العام", "سنة", "السنة", "في", "منذ", "خلال", "حتى", "مطلع",
        "أواخر", "أوائل", "منتصف", "نهاية", "بداية", "أمس", "الأمس", "البارحة", "الليلة", "اليوم", "غدا", "غد", "الأسبوع",
        "الشهر", "هذا", "هذه", "قبل", "أول"}) {
      all.add(n(s));
    }
    return Set.copyOf(all);
  }

  /** The word and its clitic-stripped forms (و ف then ب ل), longest first. */
  private static List<String> clitics(String s) {
    List<String> out = new ArrayList<>(3);
    out.add(s);
    String w = s;
    if (w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
      w = w.substring(1);
      out.add(w);
    }
    if (w.length() > 2 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل')) {
      out.add(w.substring(1));
    }
    return out;
  }
}
