package org.marsad.ner;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.kb.Clitics;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/**
 * The knowledge-base entry of a model name written with a proclitic that the gazetteer does not split off.
 *
 * <p>The gazetteer finds a one-word town behind «و/ف/ب/ل» only when the town is large («وبغداد»), since a small
 * town's name split off a common word is noise («لجنة» is no «ل» + Djenné). When the statistical model has
 * already read the word as a name, that risk is gone: «وحيفا», «والنجف», «ودهوك» are the towns.
 *
 * <p>Rules:
 * <ol>
 *   <li>only spans whose words as written name nothing in the knowledge base; the first word read without its
 *       proclitics (longest stem first, {@link Clitics#prefixCandidates}), the other words as they are;</li>
 *   <li>the entry must fit the model's type: a place for LOC, an organisation, group, institution or outlet for
 *       ORG, a person for PER (never a nisba or a title);</li>
 *   <li>a one-word span is read only behind the conjunction «و/ف» (with the article kept: «والنجف»), never behind
 *       «ب/ل/ك», which open too many words («بدوية» is no «ب» + Douai), and not when the stem is a stop word or a
 *       frequent common word, or a weak name (a small foreign town named like a word);</li>
 *   <li>an entry whose country the document's other entities name wins, as in the gazetteer; else the first.</li>
 * </ol>
 */
final class CliticNames {
  private CliticNames() {
  }

  /** The entry that tokens {@code s..e} name behind a proclitic on their first word, if any. */
  static Optional<KbEntry> entry(KnowledgeBase kb, List<Token> tokens, int s, int e, EntityType type,
                                 Set<String> named) {
    StringBuilder rest = new StringBuilder();
    for (int i = s + 1; i < e; i++) {
      rest.append(' ').append(tokens.get(i).norm());
    }
    String first = tokens.get(s).norm();
    if (!kb.lookup(first + rest).isEmpty()) {
      return Optional.empty();
    }
    List<String> cands = Clitics.prefixCandidates(first);
    boolean one = e - s == 1;
    for (int c = 1; c < cands.size(); c++) {
      String stem = cands.get(c);
      if (one && (stem.length() != first.length() - 1 || !conjunction(first) || kb.isStopword(stem))) {
        continue;
      }
      KbEntry found = null;
      for (KbEntry k : one ? kb.strong(stem) : kb.lookup(stem + rest)) {
        if (fits(k, type) && (found == null || k.country() != null && named.contains(k.country())
            && !named.contains(found.country()))) {
          found = k;
        }
      }
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  private static boolean conjunction(String norm) {
    return norm.charAt(0) == WAW || norm.charAt(0) == FEH;
  }

  static final char WAW = '\u0648';
  static final char FEH = '\u0641';

  private static boolean fits(KbEntry k, EntityType type) {
    return switch (type) {
      case LOC, GPE -> k.isPlace() && k.kind() != KbEntry.Kind.NISBA;
      case ORG -> k.kind() == KbEntry.Kind.IGO || k.kind() == KbEntry.Kind.INSTITUTION
          || k.kind() == KbEntry.Kind.GROUP || k.kind() == KbEntry.Kind.OUTLET;
      case PER -> k.kind() == KbEntry.Kind.PERSON;
      default -> false;
    };
  }
}
