package org.marsad.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lexicon induced from unlabelled news tagged by a name-finder model ({@link InducedLexiconBuilder}): how often
 * each normalised word, and each clitic-free stem, was tagged at the start ({@code B-}) or inside ({@code I-}) of
 * a name of each type, turned into bucketed features. Immutable and thread-safe.
 *
 * <p>Rules, for an entry seen {@code n} times ({@code n} at least the table's minimum count):
 * <ul>
 *   <li>each label {@code L} (e.g. {@code B-PERS}) with {@code P(L) = count(L) / n} of at least 0.9 gives
 *       {@code L/9}, at least 0.5 {@code L/5}, at least 0.15 {@code L/1} (only the highest bucket);</li>
 *   <li>the share inside any name, bucketed the same way, gives {@code N/9}, {@code N/5} or {@code N/1};</li>
 *   <li>an entry with none of these (at least 85% outside names) gives {@code O} (not with
 *       {@code -Dmarsad.ner.inducedNoO=true}, an experiment switch).</li>
 * </ul>
 * A word or stem not in the table gives nothing.
 *
 * <p>Resource format: {@code #} comment lines, then {@code w<TAB>word<TAB>n<TAB>label:count ...} for words and
 * {@code s<TAB>stem<TAB>n<TAB>label:count ...} for stems (labels with a count of zero left out).
 */
final class InducedLexicon {
  /** The table with no entry (no features at all). */
  static final InducedLexicon EMPTY = new InducedLexicon(Map.of(), Map.of());

  static final double HIGH = 0.9;
  static final double MID = 0.5;
  static final double LOW = 0.15;
  static final String WORD_ROW = "w";
  static final String STEM_ROW = "s";
  static final String NAME = "N";
  static final String OUTSIDE = "O";

  private final Map<String, String[]> words;
  private final Map<String, String[]> stems;

  private InducedLexicon(Map<String, String[]> words, Map<String, String[]> stems) {
    this.words = words;
    this.stems = stems;
  }

  /** Loads a bundled table; a missing resource is fatal. */
  static InducedLexicon load(String resource) {
    return parse(Lexicon.readLines(resource));
  }

  /** Loads a table from a file (feature experiments, {@code marsad.ner.inducedFile}). */
  static InducedLexicon loadFile(java.nio.file.Path file) {
    try {
      return parse(java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the induced lexicon " + file, e);
    }
  }

  /** Experiment: add-k smoothing of the shares towards the table's label prior ({@code marsad.ner.inducedK}). */
  static final double K = Double.parseDouble(System.getProperty("marsad.ner.inducedK", "0"));
  private static Map<String, Double> priors = Map.of();

  static InducedLexicon parse(Iterable<String> lines) {
    if (K > 0) {
      Map<String, Double> pr = new HashMap<>();
      double tot = 0;
      for (String line : lines) {
        if (line.isEmpty() || line.startsWith("#") || !line.startsWith(WORD_ROW + "\t")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        tot += Integer.parseInt(cols[2]);
        if (cols.length > 3 && !cols[3].isEmpty()) {
          for (String lc : cols[3].split(" ")) {
            int colon = lc.lastIndexOf(':');
            pr.merge(lc.substring(0, colon), Double.parseDouble(lc.substring(colon + 1)), Double::sum);
          }
        }
      }
      double named = 0;
      for (Map.Entry<String, Double> e : pr.entrySet()) {
        named += e.getValue();
        e.setValue(e.getValue() / tot);
      }
      pr.put(NAME, named / tot);
      priors = pr;
      System.err.println("induced lexicon priors " + pr);
    }
    Map<String, String[]> w = new HashMap<>(1 << 15);
    Map<String, String[]> s = new HashMap<>(1 << 15);
    Map<String, String> shared = new HashMap<>();
    for (String line : lines) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 3) {
        throw new IllegalArgumentException("induced lexicon: bad line: " + line);
      }
      int n = Integer.parseInt(cols[2]);
      String counts = cols.length > 3 ? cols[3] : "";
      String[] values = buckets(n, counts.isEmpty() ? new String[0] : counts.split(" "));
      for (int k = 0; k < values.length; k++) {
        values[k] = shared.computeIfAbsent(values[k], x -> x);
      }
      (cols[0].equals(STEM_ROW) ? s : w).put(cols[1], values);
    }
    return new InducedLexicon(java.util.Collections.unmodifiableMap(w), java.util.Collections.unmodifiableMap(s));
  }

  /** The bucket values of an entry seen {@code n} times with {@code label:count} pairs. */
  static String[] buckets(int n, String[] labelCounts) {
    List<String> out = new java.util.ArrayList<>(4);
    int named = 0;
    for (String lc : labelCounts) {
      int colon = lc.lastIndexOf(':');
      int c = Integer.parseInt(lc.substring(colon + 1));
      named += c;
      String b = K > 0 ? smoothed(c, n, priors.getOrDefault(lc.substring(0, colon), 0.0)) : bucket(c, n);
      if (b != null) {
        out.add(lc.substring(0, colon) + "/" + b);
      }
    }
    String b = K > 0 ? smoothed(named, n, priors.getOrDefault(NAME, 0.0)) : bucket(named, n);
    if (b != null) {
      out.add(NAME + "/" + b);
    }
    if (out.isEmpty() && !Boolean.getBoolean("marsad.ner.inducedNoO")) {
      out.add(OUTSIDE);
    }
    return out.toArray(new String[0]);
  }

  private static String smoothed(int count, int n, double prior) {
    double p = (count + K * prior) / (n + K);
    return p >= HIGH ? "9" : p >= MID ? "5" : p >= LOW ? "1" : null;
  }

  private static String bucket(int count, int n) {
    double p = (double) count / n;
    return p >= HIGH ? "9" : p >= MID ? "5" : p >= LOW ? "1" : null;
  }

  int words() {
    return words.size();
  }

  int stems() {
    return stems.size();
  }

  /** Adds {@code prefix=value} features of the normalised {@code word}. */
  void addWordFeatures(List<String> f, String prefix, String word) {
    add(f, prefix, words.get(word));
  }

  /** Adds {@code prefix=value} features of the clitic-free {@code stem}. */
  void addStemFeatures(List<String> f, String prefix, String stem) {
    add(f, prefix, stems.get(stem));
  }

  private static void add(List<String> f, String prefix, String[] values) {
    if (values != null) {
      for (String v : values) {
        f.add(prefix + v);
      }
    }
  }
}
