package org.marsad.events;

import java.util.List;
import org.marsad.model.Token;

/**
 * Named states joined by «و» before their verb are all its subject: «وكانت الولايات المتحدة وبريطانيا وفرنسا قد شنت
 * ضربات على سوريا», «الولايات المتحدة وبريطانيا وفرنسا تقصف مواقع في سوريا», «السعودية والإمارات والبحرين تدين».
 *
 * <p>Rule (session 17): when the subject of a verb is the part right before it (over «قد» and a day), and that part
 * is the last of a chain of parts joined by «و» ({@code RoleFinder.coordinated}), the subject is the first of the
 * chain, whose further members then each take the act with it as for a subject after the verb («شنت الولايات المتحدة
 * وبريطانيا وفرنسا ضربات»). Before, only the last state was read as the actor, and the others were lost.
 */
final class CoalitionSubjects {
  /** At most this many parts are walked back. */
  private static final int MAX_CHAIN = 6;

  private CoalitionSubjects() {
  }

  /** The first part of the «و» chain that ends with {@code last}, or {@code last} itself (the rule). */
  static Part head(List<Token> tokens, List<Part> parts, Part last) {
    if (last.nisba()) {
      return last; // «غارات سورية وروسية تستهدف»: adjectives of the noun, which the older rules read
    }
    Part cur = last;
    for (int n = 0; n < MAX_CHAIN; n++) {
      Part prev = null;
      for (Part p : parts) {
        if (p.end() > cur.first()) {
          break;
        }
        prev = p;
      }
      if (prev == null || prev.end() < cur.first() - 1 || !prev.prep().isEmpty() || !prev.identified()
          || prev.media() || prev.nisba() || RoleFinder.coordinated(tokens, parts, prev) != cur) {
        return cur;
      }
      cur = prev;
    }
    return cur;
  }
}
