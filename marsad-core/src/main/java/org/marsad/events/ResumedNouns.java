package org.marsad.events;

import java.util.List;
import org.marsad.model.Token;

/**
 * Relative clauses whose object is a noun with a pronoun of the antecedent: «السياسي السوداني الذي رفضت مصر
 * عودته», «المعارض الذي تتهم السلطات أنصاره», «الرئيس الذي انتقدت واشنطن سياساته».
 *
 * <p>Rule (session 15), for a statement verb right after «الذي/التي/الذين» with no pronoun of its own: when the part
 * right after the verb (its subject) is followed by a noun carrying an object pronoun («عودته», «طلبه», «سياساتها»,
 * «أنصارهم»; no preposition before it, «بدعمها» being the charge's own), that pronoun is the antecedent's, so the
 * antecedent is the one the statement is about and the part after the verb makes it. Before, the antecedent was
 * read as the speaker (no pronoun on the verb: «رئيسة الحكومة البريطانية، التي تتهم روسيا» is right for that
 * reading) and the real speaker as the one spoken of («الذي رفضت مصر عودته» SDN>EGY instead of EGY>SDN).
 */
final class ResumedNouns {
  /** Object pronouns a noun may end with (raw text; «ه» is not «ة»). */
  private static final String[] PRONOUNS = {"هما", "هم", "ها", "ه"};
  /** Letters of the noun before its pronoun, at least. */
  private static final int MIN_STEM = 3;

  private ResumedNouns() {
  }

  /** True when the token right after part {@code subject} is a noun with an object pronoun (the rule). */
  static boolean follows(List<Token> tokens, List<Part> parts, Part subject, int to) {
    int k = subject.end();
    if (k >= to || RoleFinder.partAt(parts, k) != null) {
      return false;
    }
    Token t = tokens.get(k);
    String x = t.text();
    if (t.kind() != Token.Kind.WORD || x.startsWith("\u0628") || x.startsWith("\u0644") || x.startsWith("\u0643")
        || x.startsWith("\u0641")) {
      return false; // «بدعمها», «لها», «كونه»: a preposition or a particle, not the object noun
    }
    for (String p : PRONOUNS) {
      if (x.endsWith(p) && x.length() - p.length() >= MIN_STEM) {
        return !Clause.isBoundary(t) && !Parts.PREPOSITIONS.contains(t.norm());
      }
    }
    return false;
  }
}
