package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Warrants are no arrests (session 15): «أصدر القضاء الفرنسي مذكرة توقيف بحق الأميرة», «أصدر المدعي العام مذكرات
 * توقيف بحق 25 شخصا», «سحبت مدريد مذكرات التوقيف الدولية», «تم إصدار مذكرة توقيف أوروبية في حال سفرهما» name an
 * order to arrest someone who is not held (often abroad); the guide's COERCE is an arrest made. The arrest a warrant
 * led to is told by its own verb or noun («التوقيف تم بناء على مذكرة اعتقال أوروبية»: «التوقيف» stays).
 *
 * <p>Rule: an arrest noun («توقيف», «اعتقال», «القبض», «قبض») right after a noun of a warrant or an order («مذكرة»,
 * «مذكرات», «أمر», «أوامر», also with «ب/و») is no COERCE trigger.
 */
final class Warrants {
  private Warrants() {
  }

  /** Nouns of a warrant or an order before an arrest noun (normalised, without «و/ف»). */
  private static final Set<String> WARRANTS = Set.of("مذكره", "مذكرات", "مذكرتي", "مذكرتا", "امر", "اوامر",
      "بمذكره", "بمذكرات", "بامر", "لمذكره", "لمذكرات");

  /** True when the trigger at token {@code i} (an arrest noun) follows a noun of a warrant. */
  static boolean warrant(List<Token> tokens, int i, int from) {
    return i - 1 >= from && Parts.inSet(WARRANTS, tokens.get(i - 1).norm());
  }
}
