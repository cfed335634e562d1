package org.marsad.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.marsad.model.EventDate;
import org.marsad.model.Token;
import org.marsad.numbers.DateResolver;
import org.marsad.model.Place;

/**
 * Counts of another event: a later mention merged into an event record by its key brings its casualty counts only
 * when it can be the same event.
 *
 * <p>Rule (session 14): when a mention is merged into an event record (same type, sides and historical status), its
 * counts fill the record's missing ones unless the mention is dated apart from the record — both dates read from
 * the text (not the published date) and neither contains the other («2017» and «2018-02-14»; «العام الماضي» beside
 * «الأسبوع الماضي») — or placed apart (two towns more than {@link EventRecords#SAME_PLACE_KM} km apart, the test
 * {@link EventRecords#farApart} that already keeps actor-less mentions apart). «المجزرة التي حدثت في مدرسة بولاية
 * فلوريدا الأسبوع الماضي» no longer takes the toll of «حادثة القتل الجماعي في لاس فيغاس العام الماضي».
 */
final class ForeignCounts {
  /** Length of a year and month («2018-02»): days of the same month may be the same event told on two days. */
  private static final int MONTH = 7;

  /** Words before a date that make it the start of a span, not the day of the act (normalised). */
  private static final Set<String> SINCE = Set.of("منذ", "ومنذ");

  private ForeignCounts() {
  }

  /**
   * The sentence's first date that does not follow «منذ» («منذ 30 مارس», «منذ اندلاع النزاع في العام 2011» start a
   * span that a day's toll falls in), else the published date; null without a published date.
   */
  static EventDate countDate(List<DateResolver.DateMention> dates, List<Token> tokens, LocalDate published) {
    for (DateResolver.DateMention d : dates) {
      if (!since(tokens, d.firstToken())) {
        return EventRecords.date(List.of(d), published);
      }
    }
    return EventRecords.date(List.of(), published);
  }

  /** True when «منذ» stands within three words before token {@code i}. */
  private static boolean since(List<Token> tokens, int i) {
    for (int k = Math.max(0, i - SINCE_REACH); k < i; k++) {
      if (SINCE.contains(tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Words before a date within which «منذ» makes it a span's start («منذ اندلاع النزاع في العام 2011»). */
  private static final int SINCE_REACH = 5;

  /** True when a mention dated {@code d} and placed at {@code p} is another event than a record of {@code rd}, {@code rp}. */
  static boolean apart(EventDate rd, Place rp, EventDate d, Place p) {
    return datedApart(rd, d) || EventRecords.farApart(rp, p);
  }

  /** True when both dates come from the text and neither contains the other. */
  static boolean datedApart(EventDate a, EventDate b) {
    if (a == null || b == null || a.value() == null || b.value() == null
        || "published".equals(a.basis()) || "published".equals(b.basis())) {
      return false;
    }
    String x = month(a.value());
    String y = month(b.value());
    return !x.startsWith(y) && !y.startsWith(x);
  }

  /** The year and month of a date value («2018-02-14» → «2018-02»), or the value when coarser. */
  private static String month(String v) {
    return v.length() > MONTH ? v.substring(0, MONTH) : v;
  }
}
