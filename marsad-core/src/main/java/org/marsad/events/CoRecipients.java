package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Objects of a statement verb joined by «و» (session 21): a verb of accusing, calling, threatening, backing,
 * sanctioning or meeting whose recipient is its direct object (no preposition, after the verb) is aimed at each part joined to
 * that object by «و» too, as its further speakers are ({@link Cand#coActors}):
 * <ul>
 *   <li>«حمّل الجيش الإسرائيلي دمشق وإيران وحزب الله المسؤولية»: ISR>SYR, ISR>IRN, ISR>LBN;</li>
 *   <li>«اتهمت لندن كلا من روسيا وسوريا بعرقلة وصول البعثة»: GBR>RUS, GBR>SYR;</li>
 *   <li>«ودعا الرئيس الفرنسي كلا من إسرائيل وإيران إلى نزع فتيل التصعيد»: FRA>ISR, FRA>IRN;</li>
 *   <li>«وكان كيم قد التقى كلا من الرئيس الصيني ورئيس كوريا الجنوبية»: PRK>CHN, PRK>KOR.</li>
 * </ul>
 * Nouns («اتهامات ... بين السعودية والدوحة»), agreements (whose «و» joins the two sides) and
 * recipients after a preposition are left as they are, and so is a recipient that is itself joined by «و» to what
 * stands before it: a list of speakers the subject's chain broke off («تطالب الصين والفيليبين وبروناي وماليزيا»).
 */
final class CoRecipients {
  private CoRecipients() {
  }

  /** Types whose object is the one the statement is aimed at. */
  private static final Set<String> AIMED = Set.of("ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "SANCTION", "CONSULT");

  /** The further objects of {@code c} joined to its recipient by «و», in text order; none where the rule does not hold. */
  static List<Part> of(List<Token> tokens, List<Part> parts, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    Part r = c.recipient;
    if (!AIMED.contains(c.type()) || !m.entry().verb() || r == null || !r.prep().isEmpty() || r.first() < m.end()
        || !r.identified() || joined(tokens, r)) {
      return List.of();
    }
    List<Part> out = new ArrayList<>();
    for (Part more = RoleFinder.coordinated(tokens, parts, r); more != null && more != r && !out.contains(more);
         more = RoleFinder.coordinated(tokens, parts, more)) {
      if (c.actor == null || !Cand.key(more).equals(Cand.key(c.actor))) {
        out.add(more);
      }
    }
    return out.isEmpty() ? List.of() : List.copyOf(out);
  }

  /** True when part {@code r} starts with the conjunction «و» (not a name's own first letter: «واشنطن»). */
  private static boolean joined(List<Token> tokens, Part r) {
    String n = tokens.get(r.first()).norm();
    return n.length() > 1 && n.charAt(0) == '\u0648' && !RoleFinder.ownWaw(n, r);
  }
}
