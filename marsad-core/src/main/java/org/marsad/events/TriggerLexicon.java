package org.marsad.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The Arabic event-trigger lexicon, loaded once from the bundled {@code triggers.tsv} (built by
 * {@code tools/build-ontology.py} from the hand-written lexicon and the filtered Arabic CAMEO dictionaries).
 * Immutable and thread-safe.
 *
 * <p>Matching rules:
 * <ol>
 *   <li>the first word of an entry matches a token through its clitic stems ({@link Clitics});</li>
 *   <li>further words match the following tokens exactly or without «و»/«ال»/«ب»/«ل» prefixes; a {@code *}
 *       in an entry skips up to {@value #MAX_GAP} tokens, a {@code **} up to {@value #LONG_GAP} (session 21: «حمّل
 *       الجيش الإسرائيلي دمشق وإيران وحزب الله اللبناني المسؤولية», where the object is a list of parts);</li>
 *   <li>a stem with the article or a preposition matches nouns only; the future «س» matches verbs only;</li>
 *   <li>the longest entry wins, then the least stripped stem, then hand-written over CAMEO-derived entries.</li>
 * </ol>
 */
final class TriggerLexicon {
  static final int MAX_GAP = 4;
  /** Tokens a {@code **} of an entry skips at most. */
  static final int LONG_GAP = 8;

  /** One lexicon entry. */
  record Entry(String[] words, String type, String mode, String cameo, boolean verb, List<String> preps,
               Set<String> flags, boolean hand, boolean plural, boolean feminine) {
    boolean has(String flag) {
      return flags.contains(flag);
    }

    boolean gapped() {
      for (String w : words) {
        if (w.equals("*") || w.equals("**")) {
          return true;
        }
      }
      return false;
    }
  }

  /** A match: the entry, its token range {@code [first, end)} and the clitic flags of its first token. */
  record Match(Entry entry, int first, int end, int cliticFlags) {
  }

  private final Map<String, List<Entry>> byFirst;

  TriggerLexicon() {
    Map<String, List<Entry>> m = new HashMap<>();
    List<String[]> rows = Tsv.read("triggers.tsv");
    Set<String> verbForms = new java.util.HashSet<>();
    for (String[] r : rows) {
      if (r[4].equals("V")) {
        verbForms.add(r[0].split(" ")[0]);
      }
    }
    for (String[] r : rows) {
      String[] words = r[0].split(" ");
      List<String> preps = r[5].isEmpty() ? List.of() : List.of(r[5].split(","));
      Set<String> flags = r[6].isEmpty() ? Set.of() : Set.of(r[6].split(","));
      boolean verb = r[4].equals("V");
      Entry e = new Entry(words, r[1], r[2].isEmpty() ? null : r[2], r[3], verb, preps, flags,
          r[7].equals("hand"), verb && plural(words[0], verbForms),
          verb && !plural(words[0], verbForms) && feminine(words[0], verbForms));
      m.computeIfAbsent(words[0], k -> new ArrayList<>()).add(e);
    }
    Map<String, List<Entry>> f = new HashMap<>();
    m.forEach((k, v) -> f.put(k, List.copyOf(v)));
    byFirst = Collections.unmodifiableMap(f);
  }

  /**
   * True when the verb form is the plural or dual of another verb form of the lexicon («قصفوا», «يستهدفون»,
   * «استهدفا», «تستهدفان» beside «قصف», «يستهدف», «استهدف»). A verb before its subject is singular in Arabic,
   * so such a form has its subject before it (or in itself), and the noun after it is its object.
   */
  static boolean plural(String form, Set<String> verbForms) {
    int n = form.length();
    if (n > 4 && (form.endsWith("ون") || form.endsWith("وا") || form.endsWith("ان") || form.endsWith("تا"))) {
      String base = form.substring(0, n - 2);
      if (verbForms.contains(base) || form.endsWith("وا") && (verbForms.contains(base + "ي")
          || verbForms.contains(base + "ا"))) {
        return true;
      }
    }
    return n > 3 && form.endsWith("ا") && verbForms.contains(form.substring(0, n - 1));
  }

  /**
   * True when the verb form is the feminine singular of the past tense of another verb form of the lexicon
   * («استهدفت», «استدعت», «حثت», «دعت» beside «استهدف», «استدعى», «حث», «دعا»): its subject is feminine, so a
   * masculine noun right after it is its object. Session 16: also the feminine present, a form in «ت» beside the
   * same form in «ي» that has no past in «ـت» of its own («وتدعم نظام الأسد», «تساند الجيش الوطني», «وتلتقي رئيس
   * كوريا الجنوبية»; «تفاوض» beside «تفاوضت» is a masculine past).
   */
  static boolean feminine(String form, Set<String> verbForms) {
    int n = form.length();
    if (n > 3 && form.charAt(0) == 'ت' && verbForms.contains("ي" + form.substring(1)) && !verbForms.contains(form + "ت")) {
      return true; // «تدعم», «تساند», «تلتقي» beside «يدعم»: the present's «ت» (not «تفاوض», a past with «تفاوضت»)
    }
    if (n < 3 || !form.endsWith("ت")) {
      return false;
    }
    String base = form.substring(0, n - 1);
    return verbForms.contains(base) || verbForms.contains(base + "ي") || verbForms.contains(base + "ا");
  }

  private final java.util.concurrent.ConcurrentHashMap<String, Integer> kindCache =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Bit 1: some verb entry starts with a stem of the word; bit 2: some noun entry does. Cached per word. */
  private int kinds(String norm) {
    Integer k = kindCache.get(norm);
    if (k == null) {
      int v = 0;
      for (Clitics.Stem s : Clitics.stems(norm)) {
        for (Entry e : byFirst.getOrDefault(s.text(), List.of())) {
          v |= e.verb() ? 1 : 2;
        }
      }
      k = v;
      if (kindCache.size() < 200_000) {
        kindCache.put(norm, k);
      }
    }
    return k;
  }

  /** The entries whose first word is {@code form} (for tests and tools). */
  List<Entry> entries(String form) {
    return byFirst.getOrDefault(form, List.of());
  }

  /** The best match starting at token {@code i} (tokens up to {@code end} exclusive), or null. */
  Match match(List<Token> tokens, int i, int end) {
    return match(tokens, i, end, () -> false);
  }

  /**
   * The best match at token {@code i}; {@code objectPosition} says the word stands where an object noun stands
   * («أعلنت ألمانيا دعمها»), so a form that is both a verb and a verbal noun is read as the noun.
   */
  Match match(List<Token> tokens, int i, int end, java.util.function.BooleanSupplier objectPosition) {
    Token t = tokens.get(i);
    if (t.kind() != Token.Kind.WORD) {
      return null;
    }
    Match best = null;
    int bestRank = Integer.MAX_VALUE;
    int kinds = kinds(t.norm());
    if (kinds == 0) {
      return null;
    }
    List<Clitics.Stem> stems = Clitics.stems(t.norm());
    boolean tehMarbuta = endsWithTehMarbuta(t.text());
    boolean anyVerb = (kinds & 1) != 0;
    boolean anyNoun = (kinds & 2) != 0;
    // only a form that is both a verb and a noun needs its context
    boolean nounContext = anyVerb && anyNoun && (objectPosition.getAsBoolean() || i > 0 && nounContext(tokens, i - 1));
    for (int si = 0; si < stems.size(); si++) {
      Clitics.Stem s = stems.get(si);
      List<Entry> es = byFirst.get(s.text());
      if (es == null) {
        continue;
      }
      for (Entry e : es) {
        if (e.verb() && (s.flags() & (Clitics.ARTICLE | Clitics.PREPOSITION)) != 0) {
          continue;
        }
        if (tehMarbuta && (s.flags() & Clitics.SUFFIX) != 0) {
          continue; // «رحلة» normalises to «رحله» but is no «رحل» + «ه»: «ة» is never a pronoun
        }
        if (!e.verb() && (s.flags() & Clitics.FUTURE) != 0) {
          continue;
        }
        if (e.verb() && (s.flags() & Clitics.CONJ) != 0 && (s.flags() & Clitics.SUFFIX) != 0 && s.text().length() < 4) {
          continue; // «وزارة» is no «و» + «زار» + «ه»
        }
        if ((s.flags() & Clitics.CONJ) != 0 && s.text().length() <= Clitics.MIN_STEM && e.words().length > 1) {
          continue; // «وحث» is «و» + «حث» (session 14), but «وتم اعتقال» keeps its noun «اعتقال» as trigger
        }
        if (e.verb() && (s.flags() & Clitics.CONJ) != 0 && t.norm().startsWith("وزارت")) {
          continue; // «وزارتها», «وزارته» (its ministry) are no «و» + «زارت» + pronoun
        }
        int stop = rest(e.words(), tokens, i + 1, end);
        if (stop < 0) {
          continue;
        }
        // longer entries first, then fewer stripped clitics, then hand-written entries
        int rank = -(stop - i) * 1000 + si * 10 + (e.hand() ? 0 : 5) + (e.verb() == nounContext ? 3 : 0);
        if (rank < bestRank) {
          bestRank = rank;
          // an entry with a gap («تراجع * عن») is anchored on its verb: the words after it are its complement
          best = new Match(e, i, e.gapped() ? i + 1 : stop, s.flags());
        }
      }
    }
    return best;
  }

  private static final char TEH_MARBUTA = '\u0629';

  /** True when the surface word's last letter (diacritics and tatweel skipped) is «ة». */
  static boolean endsWithTehMarbuta(String text) {
    for (int k = text.length() - 1; k >= 0; k--) {
      char c = text.charAt(k);
      if (c >= '\u064B' && c <= '\u0652' || c == '\u0640' || c == '\u0670') {
        continue;
      }
      return c == TEH_MARBUTA;
    }
    return false;
  }

  /** Words after which a form that is both a verb and a verbal noun («قتل», «قصف», «رفض») is the noun. */
  private static final java.util.Set<String> NOUN_CONTEXT = java.util.Set.of("في", "علي", "عن", "بعد", "قبل", "اثر",
      "عقب", "جراء", "خلال", "منذ", "الي", "ضد", "بسبب", "نتيجه", "من", "مع", "لوقف", "وقف", "بوقف", "عمليات", "عمليه");

  /** True when token {@code k} makes the next word a noun: a preposition or a trigger verb («أدان قتل»). */
  private boolean nounContext(List<Token> tokens, int k) {
    String n = tokens.get(k).norm();
    if (NOUN_CONTEXT.contains(n) || n.length() > 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف')
        && NOUN_CONTEXT.contains(n.substring(1))) {
      return true;
    }
    return verbAt(tokens, k);
  }

  /** True when token {@code k} is a one-word trigger verb («أدان», «انتقدت»). */
  boolean verbAt(List<Token> tokens, int k) {
    for (Clitics.Stem s : Clitics.stems(tokens.get(k).norm())) {
      for (Entry e : byFirst.getOrDefault(s.text(), List.of())) {
        if (e.verb() && e.words().length == 1 && (s.flags() & (Clitics.ARTICLE | Clitics.PREPOSITION)) == 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The end token of the entry's remaining words matched from token {@code j}, or -1. */
  private static int rest(String[] words, List<Token> tokens, int j, int end) {
    int k = j;
    for (int w = 1; w < words.length; w++) {
      if (words[w].equals("*") || words[w].equals("**")) {
        if (w + 1 >= words.length) {
          return -1;
        }
        int found = -1;
        int limit = k + (words[w].length() == 1 ? MAX_GAP : LONG_GAP) + 1;
        for (int g = k; g < Math.min(end, limit); g++) {
          int skip = Asides.afterAside(tokens, g, end);
          if (skip > g) {
            limit += skip - g; // «حمّل الجيش، في بيان له، حركة حماس المسؤولية»: an aside does not count
            g = skip - 1;
            continue;
          }
          if (wordMatches(words[w + 1], tokens.get(g).norm())) {
            found = g;
            break;
          }
        }
        if (found < 0) {
          return -1;
        }
        k = found + 1;
        w++;
        continue;
      }
      if (k >= end || !wordMatches(words[w], tokens.get(k).norm())) {
        return -1;
      }
      k++;
    }
    return k;
  }

  static boolean wordMatches(String word, String norm) {
    if (norm.equals(word)) {
      return true;
    }
    String n = norm;
    if (n.length() > 3 && (n.charAt(0) == '\u0648' || n.charAt(0) == '\u0641')) {
      n = n.substring(1);
      if (n.equals(word)) {
        return true;
      }
    }
    for (String p : new String[] {"\u0627\u0644", "\u0628\u0627\u0644", "\u0644\u0644", "\u0628", "\u0644"}) {
      if (n.startsWith(p) && n.length() > p.length() + 1) {
        String s = n.substring(p.length());
        if (s.equals(word) || ("\u0627\u0644" + s).equals(word)
            || (word.startsWith("\u0627\u0644") && s.equals(word.substring(2)))) {
          return true;
        }
      }
    }
    return word.startsWith("\u0627\u0644") && n.equals(word.substring(2));
  }
}
