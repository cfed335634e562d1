package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.kb.Clitics;
import org.marsad.kb.GazetteerRecognizer;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Offsets;
import org.marsad.model.Token;

/**
 * The country of a model person named again in the document without one (session 20).
 *
 * <p>News names a person in full once, with the title that gives the country («وقال قائد الشرطة الإندونيسية، تيتو
 * كارنافيان»), and then by the surname or the given name alone («وقال كارنافيان»، «تقول هابي»). Those later mentions
 * are the same person, so they take that country (and sector, where the mention has none).
 *
 * <p>Rules:
 * <ol>
 *   <li>only model persons ({@code source="ner"}, no {@code kb} id) without a country take one, from the other
 *       persons of the document that have one (the gazetteer's too: «ساركوزي» after «نيكولا ساركوزي»);</li>
 *   <li>a name of one word is such a person's last word or first word («كارنافيان»، «مريم» of «مريم مصطفى»); a name of
 *       more words is the end of such a person's name or the whole of it («نعيم الرحمن» of «نعيم الرحمن زكريا»);
 *       the first word may carry a proclitic («ومكابي»، «لسركيسيان»);</li>
 *   <li>a word of fewer than three letters, a name particle («عبد»، «أبو»، «بن») or, alone, a definite word that is
 *       not shaped like a nisba («البيان»، «الشاهد»; unlike «القذافي») matches nothing;</li>
 *   <li>when the persons it matches have two different countries, the name takes none.</li>
 * </ol>
 */
final class Namesakes {
  private static final int MIN_LETTERS = 3;
  private static final String[] DEFINITE = {"\u0627\u0644", "\u0648\u0627\u0644", "\u0641\u0627\u0644",
      "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0644\u0644"};

  private Namesakes() {
  }

  /** {@code entities} (in text order) with countries given to model persons named elsewhere with one. */
  static List<Entity> apply(List<Entity> entities, List<Token> tokens) {
    List<Entity> donors = new ArrayList<>();
    boolean wanted = false;
    for (Entity e : entities) {
      if (e.type() != EntityType.PER) {
        continue;
      }
      if (e.country() != null) {
        donors.add(e);
      } else if (e.kb() == null && NerRecognizer.SOURCE.equals(e.source())) {
        wanted = true;
      }
    }
    if (!wanted || donors.isEmpty()) {
      return entities;
    }
    List<String[]> donorWords = new ArrayList<>(donors.size());
    for (Entity d : donors) {
      donorWords.add(words(d, tokens));
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      if (e.type() != EntityType.PER || e.country() != null || e.kb() != null
          || !NerRecognizer.SOURCE.equals(e.source())) {
        out.add(e);
        continue;
      }
      String[] w = words(e, tokens);
      String country = null;
      String sector = null;
      boolean clash = false;
      for (int i = 0; i < donors.size() && !clash; i++) {
        if (matches(w, donorWords.get(i))) {
          Entity d = donors.get(i);
          if (country == null) {
            country = d.country();
            sector = d.sector();
          } else if (!country.equals(d.country())) {
            clash = true;
          } else if (sector == null) {
            sector = d.sector();
          }
        }
      }
      if (country == null || clash) {
        out.add(e);
      } else {
        out.add(new Entity(e.id(), e.type(), e.text(), e.start(), e.end(), e.name(), country, null, e.lat(), e.lon(),
            e.sector() != null ? e.sector() : sector, e.source()));
      }
    }
    return out;
  }

  /** True when name {@code w} (its first word possibly with proclitics) names the person {@code full}. */
  static boolean matches(String[] w, String[] full) {
    if (w.length == 0 || w.length > full.length) {
      return false;
    }
    for (String first : Clitics.prefixCandidates(w[0])) {
      if (!usable(first)) {
        continue;
      }
      if (w.length == 1 && definite(first) && !NerRecognizer.definiteNisba(first)) {
        continue; // «وأضاف البيان» after «خورخي فاوري البيان»: a common noun, not «القذافي»
      }
      if (w.length == 1) {
        if (full.length >= 2 && (first.equals(full[full.length - 1]) && !particle(full[full.length - 2])
            || first.equals(full[0]))) {
          return true;
        }
        if (full.length == 1 && first.equals(full[0])) {
          return true;
        }
        continue;
      }
      int off = full.length - w.length;
      boolean same = first.equals(full[off]);
      for (int k = 1; k < w.length && same; k++) {
        same = w[k].equals(full[off + k]);
      }
      if (same && usable(w[w.length - 1])) {
        return true;
      }
    }
    return false;
  }

  /** True when normalised word {@code w} carries the article, alone or after a proclitic («الشاهد»، «والبيان»). */
  static boolean definite(String w) {
    for (String p : DEFINITE) {
      if (w.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean usable(String word) {
    return word.length() >= MIN_LETTERS && !particle(word);
  }

  private static boolean particle(String word) {
    return GazetteerRecognizer.NAME_PARTICLES.contains(word);
  }

  /** The normalised words of {@code e}. */
  private static String[] words(Entity e, List<Token> tokens) {
    List<String> out = new ArrayList<>(4);
    for (int i = Offsets.firstEndingAfter(tokens, Token::end, e.start());
         i < tokens.size() && tokens.get(i).start() < e.end(); i++) {
      if (tokens.get(i).kind() == Token.Kind.WORD) {
        out.add(tokens.get(i).norm());
      }
    }
    return out.toArray(new String[0]);
  }
}
