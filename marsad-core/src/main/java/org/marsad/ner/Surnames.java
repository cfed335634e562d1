package org.marsad.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.kb.Clitics;
import org.marsad.kb.GazetteerRecognizer;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Entity;
import org.marsad.model.Token;

/**
 * The people of a document that a model name of one word stands for by their surname alone (session 13).
 *
 * <p>The gazetteer finds a curated person by the surname alone only when the surname has four letters or more
 * («وقال بلينكن»): shorter words are too often other words (خان). Once the model has read the word as a person's
 * name, that risk is gone, so «كيم», «مون», «ماي», «عباس» after «كيم جونغ أون», «مون جاي إن», «تيريزا ماي», «محمود
 * عباس» in the same document are those people.
 *
 * <p>Rules:
 * <ol>
 *   <li>a surname is the last word of a knowledge-base person the gazetteer found in the document under a name of
 *       two words or more, unless the word before binds it (عبد، أبو، بن ...: «عبد الله» is no surname); for people
 *       of states that write the family name first ({@link #FAMILY_FIRST}: «كيم جونغ أون», «مون جاي إن», «شي جين
 *       بينغ») it is the first word;</li>
 *   <li>a surname that ends the names of two different people of the document stands for neither;</li>
 *   <li>the model's word is read with its proclitics too («وكيم»);</li>
 *   <li>a name of two words whose second word is the family name of such a person is two names joined by the model
 *       («والتقى بومبيو كيم»): the second word is that person ({@link #familyFirst}).</li>
 * </ol>
 */
final class Surnames {
  /** States whose people's names begin with the family name (China, the Koreas, Vietnam, Taiwan). */
  static final Set<String> FAMILY_FIRST = Set.of("CHN", "KOR", "PRK", "VNM", "TWN");

  private final Map<String, KbEntry> bySurname;
  private final Set<String> familyFirst;

  private Surnames(Map<String, KbEntry> bySurname, Set<String> familyFirst) {
    this.bySurname = bySurname;
    this.familyFirst = familyFirst;
  }

  /** The surnames of the people found in {@code tokens}; {@code at[i]} is the known entity over token i, or null. */
  static Surnames of(KnowledgeBase kb, List<Token> tokens, Entity[] at) {
    Map<String, KbEntry> m = new HashMap<>();
    Set<String> ff = new HashSet<>();
    for (int i = 1; i < at.length; i++) {
      Entity e = at[i];
      if (e == null || e.kb() == null || !e.kb().startsWith("person:") || at[i - 1] != e
          || i + 1 < at.length && at[i + 1] == e) {
        continue;
      }
      Optional<KbEntry> k = kb.byId(e.kb());
      if (k.isEmpty()) {
        continue;
      }
      int first = i - 1;
      while (first > 0 && at[first - 1] == e) {
        first--;
      }
      int w = e.country() != null && FAMILY_FIRST.contains(e.country()) ? first : i;
      if (w == i && GazetteerRecognizer.NAME_PARTICLES.contains(tokens.get(i - 1).norm())) {
        continue;
      }
      String last = tokens.get(w).norm();
      if (w != i) {
        ff.add(last);
      }
      if (m.containsKey(last) && m.get(last) != null && !m.get(last).id().equals(k.get().id())) {
        m.put(last, null);
      } else if (!m.containsKey(last)) {
        m.put(last, k.get());
      }
    }
    return new Surnames(m, ff);
  }

  /**
   * True when normalised word {@code norm} is the family name of a person whose name begins with it («كيم»): a
   * name of two words ending with it («بومبيو كيم») is two names.
   */
  boolean familyFirst(String norm) {
    return familyFirst.contains(norm);
  }

  /** The person whose surname is normalised word {@code norm} (proclitics allowed), if one. */
  Optional<KbEntry> person(String norm) {
    if (bySurname.isEmpty()) {
      return Optional.empty();
    }
    for (String c : Clitics.prefixCandidates(norm)) {
      KbEntry k = bySurname.get(c);
      if (k != null) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
