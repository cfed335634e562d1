package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Alarms that warn of nothing someone threatens: «دوت صفارات الإنذار في الجولان», «إنذارا خاطئا باختراق الأجواء».
 *
 * <p>Rule (session 14): the noun «إنذار» (with or without «ال», «و/ف») is no THREATEN when the word before it is a
 * siren («صفارات», «صافرات», «صفارة») or the word after it calls it false («خاطئ», «خاطئا», «كاذب»). An ultimatum
 * given to someone («وجهت إنذارا إلى الحكومة») stays a threat.
 */
final class Alarms {
  /** The alarm noun (normalised, without «و/ف» and «ال»). */
  private static final Set<String> ALARM = Set.of("انذار", "انذارا");
  /** Sirens before it (normalised, without «و/ف»). */
  private static final Set<String> SIRENS = Set.of("صفارات", "صافرات", "صفاره", "صافره");
  /** Words after it that call it false (normalised). */
  private static final Set<String> FALSE = Set.of("خاطي", "خاطيا", "كاذب", "كاذبا", "الخاطي", "الكاذب");

  private Alarms() {
  }

  /** True when the THREATEN noun at token {@code i} (sentence from {@code from} to {@code to}) is a siren or a false alarm. */
  static boolean alarm(List<Token> tokens, int i, int from, int to) {
    if (!ALARM.contains(Parts.stripArticle(Parts.stripConj(tokens.get(i).norm())))) {
      return false;
    }
    return i > from && SIRENS.contains(Parts.stripConj(tokens.get(i - 1).norm()))
        || i + 1 < to && FALSE.contains(tokens.get(i + 1).norm());
  }
}
