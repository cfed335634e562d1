package org.marsad.ner;

import java.util.HashMap;
import java.util.Map;

/**
 * Viterbi decoding of a linear-chain CRF ({@link CrfWeights}) over the static features of
 * {@link ArabicNerFeatures#extract} plus the document memory ({@code pm=}, {@code pms=}: the CRF's own last
 * tag of the same word and stem earlier in the document), in plain Java.
 *
 * <p>Rules:
 * <ul>
 *   <li>a token's score for label {@code y} is the sum of the state weights of its attributes for {@code y}
 *       (every attribute has value 1, as the CRF was trained), a sequence's score adds the transition weights
 *       of its adjacent labels (no start or end weights, as in CRFsuite's {@code crf1d}); the best sequence
 *       is returned, the lower label id on ties;</li>
 *   <li>the summed weights of a word in each role (the token itself, 1 or 2 before / after another token) and
 *       of each word bigram are computed once and cached (per decoder, up to 200,000 words);</li>
 *   <li>{@link #decode} returns labels as trained (BIO); {@link #bio} turns an {@code I-X} without its start
 *       into {@code B-X}; the memory remembers the BIO tags.</li>
 * </ul>
 * Not thread-safe: one per thread (it owns the document memory and caches).
 */
final class CrfDecoder {
  private static final int CACHE_LIMIT = CachedWord.CACHE_LIMIT;
  private static final String[] K_PREFIX = {ArabicNerFeatures.K0, ArabicNerFeatures.K0, ArabicNerFeatures.KM1,
      ArabicNerFeatures.KP1};
  private static final String[] K_SUFFIX = {"B", "I", "", ""};
  private static final int K_BEGIN = 0;
  private static final int K_INSIDE = 1;
  private static final int K_BEFORE = 2;
  private static final int K_AFTER = 3;

  private final CrfWeights w;
  private final ArabicNerFeatures features;
  private final int n;
  private final String[] labels;
  private final double[] trans;
  private final double[][][] kinds;
  private final double[] first;
  private final double[] before1Bos;
  private final double[] before2Bos;
  private final double[] after1Eos;
  private final double[] after2Eos;
  private final Map<String, double[]> memoryScores = new HashMap<>();
  private final Map<String, double[]> stemMemoryScores = new HashMap<>();
  private final Map<String, WordScores> cache = new HashMap<>();
  private final Map<Long, double[][]> pairs = new HashMap<>();
  private final Map<String, String> memory = new HashMap<>();
  private final Map<String, String> stemMemory = new HashMap<>();
  private int nextId;
  /** Subtracted from the {@code O} label's state score of every token (0 = the CRF as trained). */
  private final double oBias;
  private final int outside;

  private static final class WordScores {
    final int id;
    final CachedWord word;
    final double[] self;
    final double[] before1;
    final double[] before2;
    final double[] after1;
    final double[] after2;

    WordScores(int id, CachedWord word, double[] self, double[] before1, double[] before2, double[] after1,
        double[] after2) {
      this.id = id;
      this.word = word;
      this.self = self;
      this.before1 = before1;
      this.before2 = before2;
      this.after1 = after1;
      this.after2 = after2;
    }
  }

  CrfDecoder(CrfWeights weights, ArabicNerFeatures features) {
    this(weights, features, Double.parseDouble(System.getProperty("marsad.ner.crfOBias", "0")));
  }

  CrfDecoder(CrfWeights weights, ArabicNerFeatures features, double oBias) {
    this.w = weights;
    this.oBias = oBias;
    this.outside = java.util.Arrays.asList(weights.labels()).indexOf("O");
    this.features = features;
    this.n = weights.labelCount();
    this.labels = weights.labels();
    this.trans = new double[n * n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        trans[a * n + b] = weights.transition(a, b);
      }
    }
    Lexicon.Kind[] ks = Lexicon.Kind.values();
    this.kinds = new double[K_PREFIX.length][ks.length][];
    for (int r = 0; r < K_PREFIX.length; r++) {
      for (Lexicon.Kind k : ks) {
        kinds[r][k.ordinal()] = scores(K_PREFIX[r] + k.feature + K_SUFFIX[r]);
      }
    }
    this.first = scores(ArabicNerFeatures.FIRST);
    this.before1Bos = scores(ArabicNerFeatures.BEFORE1_BOS);
    this.before2Bos = scores(ArabicNerFeatures.BEFORE2_BOS);
    this.after1Eos = scores(ArabicNerFeatures.AFTER1_EOS);
    this.after2Eos = scores(ArabicNerFeatures.AFTER2_EOS);
  }

  void clearMemory() {
    memory.clear();
    stemMemory.clear();
  }

  private double[] scores(String... fs) {
    double[] out = null;
    for (String f : fs) {
      float[] v = w.state(f);
      if (v != null) {
        if (out == null) {
          out = new double[n];
        }
        for (int k = 0; k < n; k++) {
          out[k] += v[k];
        }
      }
    }
    return out;
  }

  private WordScores word(String token) {
    WordScores ws = cache.get(token);
    if (ws == null) {
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
        pairs.clear();
      }
      ArabicNerFeatures.Word x = features.word(token);
      ws = new WordScores(nextId++, CachedWord.of(x), scores(x.self), scores(x.before1), scores(x.before2),
          scores(x.after1), scores(x.after2));
      cache.put(token, ws);
    }
    return ws;
  }

  private double[][] pair(WordScores a, WordScores b) {
    long key = ((long) a.id << 32) | (b.id & 0xffffffffL);
    double[][] v = pairs.get(key);
    if (v == null) {
      if (pairs.size() >= CACHE_LIMIT) {
        pairs.clear();
      }
      v = new double[][] {scores(ArabicNerFeatures.bigramAfter(a.word.norm(), b.word.norm())),
          scores(ArabicNerFeatures.bigramBefore(a.word.norm(), b.word.norm()))};
      pairs.put(key, v);
    }
    return v;
  }

  private double[] memoryScores(Map<String, double[]> table, String prefix, String tag) {
    double[] v = table.get(tag);
    if (v == null && !table.containsKey(tag)) {
      v = scores(prefix + tag);
      table.put(tag, v);
    }
    return v;
  }

  private static void add(double[] acc, int off, double[] v) {
    if (v != null) {
      for (int k = 0; k < v.length; k++) {
        acc[off + k] += v[k];
      }
    }
  }

  private void addKinds(double[] acc, int off, int role, int mask) {
    while (mask != 0) {
      int k = Integer.numberOfTrailingZeros(mask);
      mask &= mask - 1;
      if (k < kinds[role].length) {
        add(acc, off, kinds[role][k]);
      }
    }
  }

  /** The state scores of every token ({@code len * L}, row-major), with the current document memory. */
  double[] stateScores(String[] tokens, WordScores[] ws) {
    int len = tokens.length;
    String[] norms = new String[len];
    for (int i = 0; i < len; i++) {
      norms[i] = ws[i].word.norm();
    }
    int[] begin = new int[len];
    int[] inside = new int[len];
    features.lexicon().match(norms, begin, inside);
    double[] s = new double[len * n];
    for (int i = 0; i < len; i++) {
      int o = i * n;
      add(s, o, ws[i].self);
      if (i > 0) {
        add(s, o, ws[i - 1].before1);
        add(s, o, pair(ws[i - 1], ws[i])[1]);
        addKinds(s, o, K_BEFORE, ws[i - 1].word.kinds() | begin[i - 1] | inside[i - 1]);
      } else {
        add(s, o, before1Bos);
        add(s, o, first);
      }
      add(s, o, i > 1 ? ws[i - 2].before2 : before2Bos);
      if (i + 1 < len) {
        add(s, o, ws[i + 1].after1);
        add(s, o, pair(ws[i], ws[i + 1])[0]);
        addKinds(s, o, K_AFTER, ws[i + 1].word.kinds() | begin[i + 1]);
      } else {
        add(s, o, after1Eos);
      }
      add(s, o, i + 2 < len ? ws[i + 2].after2 : after2Eos);
      addKinds(s, o, K_BEGIN, begin[i]);
      addKinds(s, o, K_INSIDE, inside[i]);
      add(s, o, memoryScores(memoryScores, ArabicNameContextGenerator.MEMORY,
          memory.getOrDefault(norms[i], ArabicNameContextGenerator.NONE)));
      add(s, o, memoryScores(stemMemoryScores, ArabicNameContextGenerator.STEM_MEMORY,
          stemMemory.getOrDefault(ws[i].word.stem(), ArabicNameContextGenerator.NONE)));
    }
    return s;
  }

  /** The best label sequence (the CRF's labels) for one sentence; updates the document memory. */
  String[] decode(String[] tokens) {
    int len = tokens.length;
    String[] result = new String[len];
    if (len == 0) {
      return result;
    }
    WordScores[] ws = new WordScores[len];
    for (int i = 0; i < len; i++) {
      ws[i] = word(tokens[i]);
    }
    double[] s = stateScores(tokens, ws);
    if (oBias != 0) {
      for (int i = 0; i < len; i++) {
        s[i * n + outside] -= oBias;
      }
    }
    double[] delta = new double[n];
    double[] next = new double[n];
    int[] back = new int[len * n];
    System.arraycopy(s, 0, delta, 0, n);
    for (int i = 1; i < len; i++) {
      for (int b = 0; b < n; b++) {
        double best = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int a = 0; a < n; a++) {
          double v = delta[a] + trans[a * n + b];
          if (v > best) {
            best = v;
            arg = a;
          }
        }
        next[b] = best + s[i * n + b];
        back[i * n + b] = arg;
      }
      double[] t = delta;
      delta = next;
      next = t;
    }
    int y = 0;
    for (int b = 1; b < n; b++) {
      if (delta[b] > delta[y]) {
        y = b;
      }
    }
    for (int i = len - 1; i >= 0; i--) {
      result[i] = labels[y];
      y = back[i * n + y];
    }
    String[] tags = bio(result);
    for (int i = 0; i < len; i++) {
      String norm = ws[i].word.norm();
      if (ArabicNameContextGenerator.remembered(norm)) {
        memory.put(norm, tags[i]);
        stemMemory.put(ws[i].word.stem(), tags[i]);
      }
    }
    return result;
  }

  /** BIO tags from BIO labels: an {@code I-X} that does not continue a name of type X opens one. */
  static String[] bio(String[] labels) {
    String[] out = new String[labels.length];
    for (int i = 0; i < labels.length; i++) {
      String x = labels[i];
      if (x.equals("O") || x.startsWith("B-")) {
        out[i] = x;
      } else {
        String type = x.substring(2);
        boolean cont = i > 0 && !out[i - 1].equals("O") && out[i - 1].substring(2).equals(type);
        out[i] = (cont ? "I-" : "B-") + type;
      }
    }
    return out;
  }
}
