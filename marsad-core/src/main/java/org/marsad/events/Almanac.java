package org.marsad.events;

import java.util.regex.Pattern;
import org.marsad.model.Document;

/**
 * Articles that list what happened on this day in past years («حدث في 10 سبتمبر.. وصول القوات العربية المشتركة إلى
 * الكويت»): every event they report is background, however it is worded («الطائرات الألمانية تقصف قصر بكنغهام»).
 *
 * <p>Rules (either is enough):
 * <ul>
 *   <li>the title, or the text's first line, starts with «حدث في» and a day number;</li>
 *   <li>the start of the text ({@link #LEAD} characters) speaks of «الأحداث التي حدثت في مثل هذا اليوم».</li>
 * </ul>
 * Bidirectional marks around a title («‫…‬») are ignored.
 */
final class Almanac {
  /** «حدث في 10 سبتمبر», «حدث في 2 أكتوبر». */
  private static final Pattern TITLE = Pattern.compile("^\\s*حدث في\\s+\\d");
  /** Characters of the text searched for {@link #PHRASE}. */
  private static final int LEAD = 600;
  private static final String PHRASE = "حدثت في مثل هذا اليوم";
  /** Bidirectional embedding and mark characters (U+200E, U+200F, U+202A to U+202E). */
  private static final Pattern BIDI = Pattern.compile("[\u200E\u200F\u202A-\u202E]");

  private Almanac() {
  }

  /** True when the document is a this-day-in-history list. */
  static boolean is(Document doc) {
    String title = doc.title() == null ? "" : BIDI.matcher(doc.title()).replaceAll("");
    String text = doc.text() == null ? "" : BIDI.matcher(doc.text()).replaceAll("");
    int nl = text.indexOf('\n');
    String firstLine = nl < 0 ? text : text.substring(0, nl);
    return TITLE.matcher(title).find() || TITLE.matcher(firstLine).find()
        || text.substring(0, Math.min(LEAD, text.length())).contains(PHRASE);
  }
}
