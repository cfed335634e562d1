package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A defence of one's own act is no backing of another: «وتدافع إسرائيل عن ممارساتها عند الحدود مع غزة», «الإمارات
 * تدافع عن تواجدها العسكري في جزيرة سقطرى», «دافع وزير الخارجية التركي عن شراء بلاده منظومة دفاع جوي روسية»,
 * «دافع ترامب عن لقائه مع بوتين».
 *
 * <p>Rule (session 15): «دافع عن» (CAMEO 052, defend verbally) whose object right after «عن» is a noun with a
 * possessive pronoun («ممارساتها», «تواجدها», «لقائه», «قراره»; raw «ه/ها/هم/هما», not «ة»), or a noun followed by
 * «بلاده/بلادها» («شراء بلاده»), defends the speaker's own conduct: no SUPPORT, and the state named later in the
 * sentence (Gaza, Yemen, Russia) is no one backed. «دافعت الولايات المتحدة عن إسرائيل», «عن تصرفات إسرائيل» and
 * «عن علاقة بريطانيا بالسعودية» stay backings.
 */
final class OwnDefence {
  /** CAMEO «defend verbally». */
  private static final String DEFENDED = "052";
  /** Possessive pronouns a noun may end with (raw text). */
  private static final String[] PRONOUNS = {"هما", "هم", "ها", "ه"};
  /** «His/her/their country» (normalised). */
  private static final Set<String> OWN_COUNTRY = Set.of("بلاده", "بلادها", "بلادهم", "دولته", "دولتها");
  /** Tokens after the verb within which «عن» is sought (over a subject and a day). */
  private static final int REACH = 9;
  /** Letters of the noun before its pronoun, at least. */
  private static final int MIN_STEM = 3;

  private OwnDefence() {
  }

  /** True when the defence matched by {@code m} defends the speaker's own conduct (the rule). */
  static boolean ownConduct(List<Token> tokens, TriggerLexicon.Match m, int to) {
    if (!DEFENDED.equals(m.entry().cameo())) {
      return false;
    }
    int k = -1;
    for (int j = m.first() + 1; j < Math.min(to, m.first() + 1 + REACH); j++) {
      if (tokens.get(j).norm().equals("عن")) {
        k = j + 1; // over the subject: «وتدافع إسرائيل عن ممارساتها»
        break;
      }
      if (Clause.isBoundary(tokens.get(j)) && !Asides.isComma(tokens.get(j))) {
        return false;
      }
    }
    if (k < 0 || k >= to || tokens.get(k).kind() != Token.Kind.WORD) {
      return false;
    }
    String x = tokens.get(k).text();
    for (String p : PRONOUNS) {
      if (x.endsWith(p) && x.length() - p.length() >= MIN_STEM && !OWN_COUNTRY.contains(tokens.get(k).norm())) {
        return true;
      }
    }
    return k + 1 < to && OWN_COUNTRY.contains(tokens.get(k + 1).norm());
  }
}
