package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Words of a foreign name written like Arabic function words: they are part of the name, no clause boundary.
 *
 * <p>Rule (session 12): «إن» right after a Korean given name's first syllable («جاي», «جيه», «جي»), maybe over a
 * hyphen («مون جاي إن», «مون جيه-إن»), ends the name of the South Korean president; read as the complementiser
 * «إن» it cut the clause, and the one met after it was lost («واستقبل الرئيس الكوري الجنوبي مون جيه-إن زعيم كوريا
 * الشمالية»). Its matching form becomes {@link #NAME_SYLLABLE}.
 */
final class NameParticles {
  /** First syllables of a Korean given name before «إن», normalised. */
  private static final Set<String> SYLLABLES = Set.of("جاي", "جيه", "جي");
  /** The complementiser «إن/أن», normalised. */
  private static final String COMPLEMENTISER = "ان";
  /** The matching form given to a name's «إن»: no word of any list. */
  static final String NAME_SYLLABLE = "ان#اسم";
  private static final String HYPHEN = "-";

  private NameParticles() {
  }

  /** {@code tokens}, with the «إن» of a Korean name given {@link #NAME_SYLLABLE} as its matching form. */
  static List<Token> read(List<Token> tokens) {
    List<Token> out = null;
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.norm().equals(COMPLEMENTISER)) {
        continue;
      }
      int k = tokens.get(i - 1).text().equals(HYPHEN) && i >= 2 ? i - 2 : i - 1;
      String before = tokens.get(k).norm();
      if (before.endsWith(HYPHEN)) {
        before = before.substring(0, before.length() - 1);
      }
      if (SYLLABLES.contains(before)) {
        if (out == null) {
          out = new ArrayList<>(tokens);
        }
        out.set(i, new Token(t.text(), t.start(), t.end(), NAME_SYLLABLE, t.kind()));
      }
    }
    return out == null ? tokens : List.copyOf(out);
  }
}
