package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A day set off by commas between a subject and its verb: «أعلن الجيش اليمني، الخميس، سيطرته على مديرية حيس»,
 * «وكانت القوات التركية، يوم الأحد، قصفت مواقع»; the subject before the commas is the verb's subject as if the day
 * were not there.
 *
 * <p>Rule (session 17): the tokens between the end of the part and the verb are a comma, a day word, maybe with
 * «يوم» or a part of the day before it («صباح», «فجر», «مساء»), or «أمس», «اليوم», and a comma, nothing else; the verb
 * opens with no «و/ف» («نظيره الفرنسي، الخميس، ووقع»: a new clause, whose subject is shared from before).
 */
final class DayAsides {
  /** Words of a day (normalised). */
  static final Set<String> DAYS = Weekdays.with("امس", "اليوم");
  /** Words that may stand before a day name (normalised): «يوم الخميس», «صباح الخميس». */
  private static final Set<String> BEFORE_DAY = Set.of("يوم", "صباح", "مساء", "فجر", "ظهر", "ليل", "ليله", "عصر");

  private DayAsides() {
  }

  /** True when tokens {@code [b, a)} are «، DAY،» or «، يوم DAY،» and the word at {@code a} has no «و/ف». */
  static boolean dayAside(List<Token> tokens, int b, int a) {
    int n = a - b;
    if (n < 3 || n > 4 || a >= tokens.size() || !Asides.isComma(tokens.get(b)) || !Asides.isComma(tokens.get(a - 1))) {
      return false;
    }
    String verb = tokens.get(a).norm();
    if (!Parts.stripConj(verb).equals(verb)) {
      return false;
    }
    if (!DAYS.contains(tokens.get(a - 2).norm())) {
      return false;
    }
    return n == 3 || BEFORE_DAY.contains(tokens.get(b + 1).norm());
  }
}
