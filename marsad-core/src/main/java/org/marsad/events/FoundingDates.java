package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A state named as the date of its founding is no recipient (session 21): «اللاجئين ... التي هجروا منها في عام 1948
 * لدى إقامة دولة إسرائيل» made Israel the one displaced (COERCE None>ISR), «الديار التي طردت منها أسرهم عند قيام
 * إسرائيل» the one expelled.
 *
 * <p>Rule: a recipient right after a word of founding («إقامة», «قيام», «تأسيس», «استقلال», «نشأة», «إنشاء»,
 * «انفصال») that follows a word of time («لدى», «عند», «منذ», «مع», «بعد», «قبل», «إثر», «عقب») is dropped: the clause
 * dates the act, it does not name whom it was done to. An actor there is left: «منذ قيام إسرائيل ارتكبت 70 مذبحة»
 * leaves out a subject that is the state named.
 */
final class FoundingDates {
  /** Words of founding (normalised, without «و/ف»). */
  private static final Set<String> FOUNDING = Set.of("اقامه", "قيام", "تاسيس", "استقلال", "نشاه", "انشاء", "انفصال");
  /** Words of time before them (normalised, without «و/ف»). */
  private static final Set<String> TIME = Set.of("لدي", "عند", "منذ", "مع", "بعد", "قبل", "اثر", "عقب");

  private FoundingDates() {
  }

  /** The recipient of candidate {@code c}, or null when it is a state named as the date of its founding. */
  static Part recipient(List<Token> tokens, Cand c) {
    Part r = c.recipient;
    if (r == null || r.country() == null || r.first() < 2
        || !Parts.inSet(FOUNDING, tokens.get(r.first() - 1).norm())
        || !Parts.inSet(TIME, tokens.get(r.first() - 2).norm())) {
      return r;
    }
    return null;
  }
}
