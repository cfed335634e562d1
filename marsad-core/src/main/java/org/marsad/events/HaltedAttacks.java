package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Attacks named as what is to be stopped or ended: «وقف القتال», «إنهاء الحرب», «توقف القصف».
 *
 * <p>Rule (session 14): an ASSAULT noun right after a noun or verb of stopping or ending («وقف», «بوقف», «لوقف»,
 * «إيقاف», «إنهاء», «لإنهاء», «توقف», «أوقفوا»), maybe over «فوري/كامل/شامل» and «لـ» («وقف فوري للقتال»), names the
 * fighting a call, a deal or a truce is about, no attack told as happening: «واتفق الطرفان على وقف القتال في
 * الخرطوم», «يسعى إلى إنهاء الحرب بين روسيا وأوكرانيا», «وأعلن الحوثيون وقف الهجمات». The guide codes a ceasefire deal
 * as AGREE and an observed ceasefire as RETREAT. {@link FactualityRule} reads such an attack as demanded, so it is not
 * reported but still carries its sides to the call that governs it («ألمانيا تطالب بوقف فوري للقصف» keeps its
 * recipient: dropping the trigger lost that right REQUEST DEU>AZE of the dev seed).
 */
final class HaltedAttacks {
  /** Nouns and verbs of stopping or ending (normalised, without «و/ف»). */
  private static final Set<String> HALT = Set.of("وقف", "بوقف", "لوقف", "ايقاف", "بايقاف", "لايقاف", "انهاء",
      "بانهاء", "لانهاء", "توقف", "يتوقف", "تتوقف", "توقفت", "اوقفوا", "اوقف", "اوقفت", "يوقف", "انهت",
      "انهي", "ينهي", "تنهي");
  /** Adjectives that may stand between the word of stopping and the attack noun (normalised). */
  private static final Set<String> MANNER = Set.of("فوري", "كامل", "شامل", "دايم", "نهايي", "تام");

  private HaltedAttacks() {
  }

  /** True when the ASSAULT noun at token {@code i} follows a word of stopping (rule above). */
  static boolean halted(List<Token> tokens, int i, int from) {
    int k = i - 1;
    if (k - 1 >= from && tokens.get(i).norm().startsWith("لل") && MANNER.contains(tokens.get(k).norm())) {
      k--; // «وقف فوري للقتال»
    }
    return k >= from && tokens.get(k).kind() == Token.Kind.WORD && Parts.inSet(HALT, tokens.get(k).norm());
  }
}
