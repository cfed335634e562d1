package org.marsad.events;

import java.util.List;
import org.marsad.model.Token;

/**
 * The state of a bare title named at the end of the title's own genitive chain.
 *
 * <p>Rule (session 21): a bare title with no state of its own followed, right after it, by a chain of its body
 * that opens with «للـ» and goes on over definite words only, up to {@value #CHAIN} words, and ends in a nisba
 * with a state, is of that state: «الأمين العام للمجلس الأعلى للأمن القومي الإيراني علي شمخاني» is Iran's (it took
 * Russia, the state named last), «المتحدث الرسمي للجيش الليبي» Libya's. A chain that does not open with «للـ» is
 * no genitive of the title («هاجم الجيش المواقع الإيرانية»: the positions are Iranian, not the army), and a
 * punctuation mark or an undefined word ends it.
 */
final class GenitiveNisbas {
  /** Words of the chain between the title and the nisba, at most. */
  static final int CHAIN = 6;

  private GenitiveNisbas() {
  }

  /** The nisba part that ends the genitive chain of bare title {@code p} (a part of {@code ps}), or null. */
  static Part of(List<Token> tokens, List<Part> ps, Part p) {
    int k = p.end();
    if (k >= tokens.size() || !tokens.get(k).norm().startsWith("لل") || tokens.get(k).norm().length() < 5) {
      return null;
    }
    for (int words = 0; k < tokens.size() && words <= CHAIN; words++, k++) {
      Part q = RoleFinder.partAt(ps, k);
      if (q != null) {
        return words > 0 && q.first() == k && q.nisba() && q.country() != null && q.prep().isEmpty() ? q : null;
      }
      Token t = tokens.get(k);
      String n = t.norm();
      if (t.kind() != Token.Kind.WORD || Clause.isBoundary(t) || !(n.startsWith("ال") || n.startsWith("لل"))) {
        return null;
      }
    }
    return null;
  }
}
