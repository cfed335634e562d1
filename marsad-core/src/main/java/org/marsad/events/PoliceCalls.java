package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Calls to the police or an emergency service, and telephones handed to them (session 21, ev21b).
 *
 * <p>Rule: a CONSULT word (a call, a telephone) right before the police or an emergency service, maybe over the
 * preposition of handing («لـ»), is a report or a piece of evidence, no consultation between sides: «أن زوجة مينغ
 * قد اتصلت بشرطة مدينة ليون وأبلغتها أنها فقدت الاتصال به», «أمرت ساندبرج بتسليم هاتفه للشرطة لفحصه». A meeting
 * with police chiefs names them after a word of rank or «مع» («التقى الوزير بقادة الشرطة») and stays.
 */
final class PoliceCalls {
  /** The police and emergency services, with their prepositions and article (normalised, without «و/ف»). */
  private static final Set<String> SERVICES = Set.of("الشرطه", "بالشرطه", "للشرطه", "شرطه", "بشرطه", "لشرطه",
      "الاسعاف", "بالاسعاف", "للاسعاف", "النجده", "بالنجده", "الطواري", "بالطواري", "للطواري");

  private PoliceCalls() {
  }

  /** True when the CONSULT word {@code m} is followed right away by the police or an emergency service. */
  static boolean toPolice(List<Token> tokens, TriggerLexicon.Match m, int to) {
    return m.end() < to && Parts.inSet(SERVICES, tokens.get(m.end()).norm());
  }
}
