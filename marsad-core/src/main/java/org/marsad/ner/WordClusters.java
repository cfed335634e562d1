package org.marsad.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distributional word clusters learned from unlabelled Arabic news ({@link ClusterBuilder}), as
 * features: one cluster id per granularity for a normalised word (or, failing that, its clitic-free
 * stem). Immutable and thread-safe.
 *
 * <p>Resource format: {@code word<TAB>id1<TAB>id2...} lines, the word normalised, one id per granularity
 * (coarse first); {@code #} lines are comments.
 */
final class WordClusters {
  private final Map<String, String[]> ids;
  private final int columns;

  private WordClusters(Map<String, String[]> ids, int columns) {
    this.ids = ids;
    this.columns = columns;
  }

  /** Loads a bundled cluster table; a missing resource is fatal. */
  static WordClusters load(String resource) {
    return parse(Lexicon.readLines(resource));
  }

  /** Loads a cluster table from a file (feature experiments, {@code marsad.ner.clustersFile}). */
  static WordClusters loadFile(java.nio.file.Path file) {
    try {
      return parse(java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read word clusters " + file, e);
    }
  }

  private static WordClusters parse(Iterable<String> lines) {
    Map<String, String[]> m = new HashMap<>(1 << 16);
    // the few distinct "granularity:id" values, shared (the table has tens of thousands of words)
    Map<String, String> ids = new HashMap<>();
    int cols = 0;
    List<String> row = new java.util.ArrayList<>(4);
    for (String line : lines) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      row.clear();
      int from = 0;
      int tab;
      while ((tab = line.indexOf('\t', from)) >= 0) {
        row.add(line.substring(from, tab));
        from = tab + 1;
      }
      row.add(line.substring(from));
      if (row.size() < 2) {
        continue;
      }
      String[] v = new String[row.size() - 1];
      for (int k = 1; k < row.size(); k++) {
        String id = k + ":" + row.get(k);
        v[k - 1] = ids.computeIfAbsent(id, x -> x);
      }
      cols = Math.max(cols, v.length);
      m.put(row.get(0), v);
    }
    // m is private to this instance: wrapped, not copied (Map.copyOf of ~28k words cost ~40% of this load)
    return new WordClusters(java.util.Collections.unmodifiableMap(m), cols);
  }

  int size() {
    return ids.size();
  }

  int columns() {
    return columns;
  }

  /** Adds {@code prefix=granularity:id} features for {@code word}, or nothing for an unknown word. */
  void addFeatures(List<String> f, String prefix, String word) {
    String[] v = ids.get(word);
    if (v == null) {
      v = ids.get(Clitics.stem(word));
      if (v == null) {
        f.add(prefix + "=unk");
        return;
      }
    }
    for (String id : v) {
      f.add(prefix + "=" + id);
    }
  }
}
