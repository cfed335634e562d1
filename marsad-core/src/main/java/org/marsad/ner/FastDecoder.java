package org.marsad.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * Beam-search decoding of a perceptron name-finder model, equivalent to OpenNLP's {@code BeamSearch}
 * with the BIO sequence validator, but faster: the scores of a token's static features (all but the
 * three that depend on the previous decisions) are summed once per token instead of once per beam
 * entry. Scores are OpenNLP's perceptron probabilities (exp of the sums scaled by the largest absolute
 * sum, normalised); a sequence's score is the sum of their logs.
 *
 * <p>Not thread-safe: one per thread (it owns a context generator with the document memory).
 */
final class FastDecoder {
  private final Map<String, Context> pmap;
  private final PairKeys keys;
  private final String[] outcomes;
  private final int n;
  private final int beam;
  private final ArabicNerFeatures features;
  /** Per outcome: -1 other, else the type id; and whether it is a continuation. */
  private final boolean[] cont;
  private final String[] type;
  /** Scores of {@code po=X} and {@code ppo=Y,X} by outcome id ({@code n} = sentence start); null = no weight. */
  private final double[][] po;
  private final double[][] ppo;
  private final double[][][] kinds;
  private final double[] first;
  private final double[] before1Bos;
  private final double[] before2Bos;
  private final double[] after1Eos;
  private final double[] after2Eos;
  private final Map<String, double[]> memoryScores = new HashMap<>();
  private final Map<String, double[]> stemMemoryScores = new HashMap<>();
  /** Per-word scores, by raw token; cleared when it grows past {@link #CACHE_LIMIT}. */
  private final Map<String, WordScores> cache = new HashMap<>();
  private static final int CACHE_LIMIT = CachedWord.CACHE_LIMIT;
  private int nextId;
  /** Bigram scores by the two words' ids. */
  private final Map<Long, double[][]> pairs = new HashMap<>();
  /** {@code valid[prev][o]}: outcome {@code o} may follow {@code prev} ({@code n} = sentence start). */
  private final boolean[][] valid;
  /** Document memory: last outcome of a normalised word and of a stem. */
  private final Map<String, String> memory = new HashMap<>();
  private final Map<String, String> stemMemory = new HashMap<>();

  private static final String[] K_PREFIX = {ArabicNerFeatures.K0, ArabicNerFeatures.K0, ArabicNerFeatures.KM1,
      ArabicNerFeatures.KP1};
  private static final String[] K_SUFFIX = {"B", "I", "", ""};
  private static final int K_BEGIN = 0;
  private static final int K_INSIDE = 1;
  private static final int K_BEFORE = 2;
  private static final int K_AFTER = 3;

  /** A word's summed feature scores in each role, and of {@code pow=X,word} by previous outcome. */
  private static final class WordScores {
    final int id;
    final CachedWord word;
    /** {@link PairKeys#flags} of the word. */
    final int flags;
    final double[] self;
    final double[] before1;
    final double[] before2;
    final double[] after1;
    final double[] after2;
    final double[][] pow;

    WordScores(int id, CachedWord word, int flags, double[] self, double[] before1, double[] before2, double[] after1,
        double[] after2, double[][] pow) {
      this.id = id;
      this.word = word;
      this.flags = flags;
      this.self = self;
      this.before1 = before1;
      this.before2 = before2;
      this.after1 = after1;
      this.after2 = after2;
      this.pow = pow;
    }
  }

  private FastDecoder(Map<String, Context> pmap, PairKeys keys, String[] outcomes, int beam,
                      ArabicNerFeatures features) {
    this.pmap = pmap;
    this.keys = keys;
    this.outcomes = outcomes;
    this.n = outcomes.length;
    this.beam = beam;
    this.features = features;
    String start = ArabicNameContextGenerator.start();
    this.po = new double[n + 1][];
    this.ppo = new double[(n + 1) * (n + 1)][];
    for (int a = 0; a <= n; a++) {
      String pa = a == n ? start : outcomes[a];
      po[a] = scores(ArabicNameContextGenerator.previousFeature(pa));
      for (int b = 0; b <= n; b++) {
        String pb = b == n ? start : outcomes[b];
        ppo[b * (n + 1) + a] = scores(ArabicNameContextGenerator.previousTwoFeature(pb, pa));
      }
    }
    Lexicon.Kind[] ks = Lexicon.Kind.values();
    this.kinds = new double[K_PREFIX.length][ks.length][];
    for (int r = 0; r < K_PREFIX.length; r++) {
      for (Lexicon.Kind k : ks) {
        kinds[r][k.ordinal()] = scores(K_PREFIX[r] + k.feature + K_SUFFIX[r]);
      }
    }
    this.cont = new boolean[n];
    this.type = new String[n];
    for (int o = 0; o < n; o++) {
      String s = outcomes[o];
      if (s.endsWith("-cont")) {
        cont[o] = true;
        type[o] = s.substring(0, s.length() - 5);
      } else if (s.endsWith("-start")) {
        type[o] = s.substring(0, s.length() - 6);
      }
    }
    this.valid = new boolean[n + 1][n];
    for (int a = 0; a <= n; a++) {
      for (int o = 0; o < n; o++) {
        valid[a][o] = !cont[o] || (a < n && type[a] != null && type[a].equals(type[o]));
      }
    }
    this.first = scores(ArabicNerFeatures.FIRST);
    this.before1Bos = scores(ArabicNerFeatures.BEFORE1_BOS);
    this.before2Bos = scores(ArabicNerFeatures.BEFORE2_BOS);
    this.after1Eos = scores(ArabicNerFeatures.AFTER1_EOS);
    this.after2Eos = scores(ArabicNerFeatures.AFTER2_EOS);
  }

  /** A decoder for {@code model}, or null when the model is not a perceptron (use OpenNLP's decoder then). */
  static FastDecoder of(MaxentModel model, int beam, ArabicNerFeatures features) {
    Supplier<FastDecoder> s = factory(model, beam, features);
    return s == null ? null : s.get();
  }

  /**
   * A source of decoders for {@code model} (one per thread) that share the model's tables and its {@link PairKeys},
   * built once here; null when the model is not a perceptron (use OpenNLP's decoder then).
   */
  @SuppressWarnings("unchecked")
  static Supplier<FastDecoder> factory(MaxentModel model, int beam, ArabicNerFeatures features) {
    if (!(model instanceof PerceptronModel)) {
      return null;
    }
    Object[] ds = ((AbstractModel) model).getDataStructures();
    if (ds.length < 3 || !(ds[1] instanceof Map) || !(ds[2] instanceof String[])) {
      return null;
    }
    Map<String, Context> pmap = (Map<String, Context>) ds[1];
    String[] outcomes = (String[]) ds[2];
    PairKeys keys = PairKeys.of(pmap.keySet());
    return () -> new FastDecoder(pmap, keys, outcomes, beam, features);
  }

  void clearMemory() {
    memory.clear();
    stemMemory.clear();
  }

  /** The summed scores of {@code fs} (null when none has a weight). */
  private double[] scores(String... fs) {
    double[] out = null;
    for (String f : fs) {
      Context c = pmap.get(f);
      if (c != null) {
        if (out == null) {
          out = new double[n];
        }
        int[] os = c.getOutcomes();
        double[] ps = c.getParameters();
        for (int k = 0; k < os.length; k++) {
          out[os[k]] += ps[k];
        }
      }
    }
    return out;
  }

  private WordScores word(String token) {
    WordScores ws = cache.get(token);
    return ws != null ? ws : newWord(token);
  }

  /** A word not in the cache: its features scored, then cached (the cache and pairs emptied when full). */
  private WordScores newWord(String token) {
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
      pairs.clear();
    }
    ArabicNerFeatures.Word w = features.word(token);
    int flags = keys.flags(w.norm);
    double[][] pow = new double[n + 1][];
    if ((flags & PairKeys.POW) != 0) {
      for (int a = 0; a <= n; a++) {
        pow[a] = scores(ArabicNameContextGenerator.previousWordFeature(a == n ? ArabicNameContextGenerator.start()
            : outcomes[a], w.norm));
      }
    }
    WordScores ws = new WordScores(nextId++, CachedWord.of(w), flags, scores(w.self), scores(w.before1),
        scores(w.before2), scores(w.after1), scores(w.after2), pow);
    cache.put(token, ws);
    return ws;
  }

  private double[] memoryScores(Map<String, double[]> table, String prefix, String outcome) {
    double[] v = table.get(outcome);
    if (v == null && !table.containsKey(outcome)) {
      v = newMemoryScores(table, prefix, outcome);
    }
    return v;
  }

  private double[] newMemoryScores(Map<String, double[]> table, String prefix, String outcome) {
    double[] v = scores(prefix + outcome);
    table.put(outcome, v);
    return v;
  }

  private static void add(double[] acc, double[] v) {
    if (v != null) {
      for (int k = 0; k < acc.length; k++) {
        acc[k] += v[k];
      }
    }
  }

  private void addKinds(double[] acc, int role, int mask) {
    while (mask != 0) {
      int k = Integer.numberOfTrailingZeros(mask);
      mask &= mask - 1;
      if (k < kinds[role].length) {
        add(acc, kinds[role][k]);
      }
    }
  }

  /**
   * The best outcome sequence (OpenNLP outcome names) for one sentence; updates the document memory. The work per
   * position is in {@link #context} and {@link #extend} (and rare paths such as cache misses in methods of their
   * own), so the JIT compiles small methods instead of recompiling one very large one as inputs take new paths.
   */
  String[] decode(String[] tokens) {
    int len = tokens.length;
    String[] result = new String[len];
    if (len == 0) {
      return result;
    }
    WordScores[] ws = new WordScores[len];
    String[] norms = new String[len];
    for (int i = 0; i < len; i++) {
      ws[i] = word(tokens[i]);
      norms[i] = ws[i].word.norm();
    }
    int[] begin = new int[len];
    int[] inside = new int[len];
    features.lexicon().match(norms, begin, inside);
    Beam b = new Beam(len);
    for (int i = 0; i < len; i++) {
      context(b.stat, ws, norms, begin, inside, i);
      extend(b, ws[i], i);
    }
    int k = 0;
    for (int i = len - 1; i >= 0; i--) {
      result[i] = outcomes[b.out[i * beam + k]];
      k = b.parent[i * beam + k];
    }
    remember(ws, norms, result);
    return result;
  }

  /** The beam of one sentence: per position, each entry's outcome and parent entry; scores of the current entries. */
  private final class Beam {
    final int[] out;
    final int[] parent;
    final double[] score = new double[beam];
    int size = 1;
    final double[] stat = new double[n];
    final double[] raw = new double[n];
    final double[] sorted = new double[n];
    final double[] cScore = new double[beam * n];
    final int[] cOut = new int[beam * n];
    final int[] cParent = new int[beam * n];
    final boolean[] taken = new boolean[beam * n];
    final double[] nextScore = new double[beam];

    Beam(int len) {
      out = new int[len * beam];
      parent = new int[len * beam];
    }
  }

  /** The scores of position {@code i}'s context features (everything but the previous outcomes) into {@code stat}. */
  private void context(double[] stat, WordScores[] ws, String[] norms, int[] begin, int[] inside, int i) {
    int len = ws.length;
    java.util.Arrays.fill(stat, 0);
    add(stat, ws[i].self);
    if (i > 0) {
      double[][] pair = pair(ws[i - 1], ws[i]);
      add(stat, ws[i - 1].before1);
      add(stat, pair[1]);
      addKinds(stat, K_BEFORE, ws[i - 1].word.kinds() | begin[i - 1] | inside[i - 1]);
    } else {
      add(stat, before1Bos);
      add(stat, first);
    }
    add(stat, i > 1 ? ws[i - 2].before2 : before2Bos);
    if (i + 1 < len) {
      add(stat, ws[i + 1].after1);
      add(stat, pair(ws[i], ws[i + 1])[0]);
      addKinds(stat, K_AFTER, ws[i + 1].word.kinds() | begin[i + 1]);
    } else {
      add(stat, after1Eos);
    }
    add(stat, i + 2 < len ? ws[i + 2].after2 : after2Eos);
    addKinds(stat, K_BEGIN, begin[i]);
    addKinds(stat, K_INSIDE, inside[i]);
    add(stat, memoryScores(memoryScores, ArabicNameContextGenerator.MEMORY,
        memory.getOrDefault(norms[i], ArabicNameContextGenerator.NONE)));
    add(stat, memoryScores(stemMemoryScores, ArabicNameContextGenerator.STEM_MEMORY,
        stemMemory.getOrDefault(ws[i].word.stem(), ArabicNameContextGenerator.NONE)));
  }

  /** One beam step at position {@code i}: every entry extended by its best outcomes, the best entries kept. */
  private void extend(Beam b, WordScores w, int i) {
    int[] out = b.out;
    int[] parent = b.parent;
    double[] raw = b.raw;
    int count = 0;
    for (int h = 0; h < b.size; h++) {
      int a = i > 0 ? out[(i - 1) * beam + h] : n;
      int p = i > 1 ? out[(i - 2) * beam + parent[(i - 1) * beam + h]] : n;
      System.arraycopy(b.stat, 0, raw, 0, n);
      add(raw, po[a]);
      add(raw, ppo[p * (n + 1) + a]);
      add(raw, w.pow[a]);
      normalise(raw);
      System.arraycopy(raw, 0, b.sorted, 0, n);
      java.util.Arrays.sort(b.sorted);
      double min = b.sorted[Math.max(0, n - beam)];
      int added = 0;
      for (int o = 0; o < n; o++) {
        if (raw[o] >= min && valid[a][o]) {
          b.cScore[count] = b.score[h] + Math.log(raw[o]);
          b.cOut[count] = o;
          b.cParent[count++] = h;
          added++;
        }
      }
      if (added == 0) {
        count = extendAll(b, h, a, count);
      }
    }
    // the best entries, earlier candidates first on ties (as a stable sort would)
    int keep = Math.min(beam, count);
    java.util.Arrays.fill(b.taken, 0, count, false);
    for (int k = 0; k < keep; k++) {
      int best = -1;
      for (int c = 0; c < count; c++) {
        if (!b.taken[c] && (best < 0 || b.cScore[c] > b.cScore[best])) {
          best = c;
        }
      }
      b.taken[best] = true;
      out[i * beam + k] = b.cOut[best];
      parent[i * beam + k] = b.cParent[best];
      b.nextScore[k] = b.cScore[best];
    }
    System.arraycopy(b.nextScore, 0, b.score, 0, keep);
    b.size = keep;
  }

  /** The rare case where none of the best outcomes may follow {@code a}: every valid outcome is a candidate. */
  private int extendAll(Beam b, int h, int a, int count) {
    for (int o = 0; o < n; o++) {
      if (valid[a][o]) {
        b.cScore[count] = b.score[h] + Math.log(b.raw[o]);
        b.cOut[count] = o;
        b.cParent[count++] = h;
      }
    }
    return count;
  }

  /** The document memory: the outcome of every remembered word and its stem. */
  private void remember(WordScores[] ws, String[] norms, String[] result) {
    for (int i = 0; i < ws.length; i++) {
      if (ArabicNameContextGenerator.remembered(norms[i])) {
        memory.put(norms[i], result[i]);
        stemMemory.put(ws[i].word.stem(), result[i]);
      }
    }
  }

  /** The bigram features' scores of two adjacent words: {@code b+=} for the first, {@code b-=} for the second. */
  private double[][] pair(WordScores first, WordScores second) {
    if (!PairKeys.mayPair(first.flags, second.flags)) {
      return NO_PAIR;
    }
    long key = ((long) first.id << 32) | (second.id & 0xffffffffL);
    double[][] v = pairs.get(key);
    return v != null ? v : newPair(key, first, second);
  }

  private double[][] newPair(long key, WordScores first, WordScores second) {
    if (pairs.size() >= CACHE_LIMIT) {
      pairs.clear();
    }
    double[][] v = new double[][] {scores(ArabicNerFeatures.bigramAfter(first.word.norm(), second.word.norm())),
        scores(ArabicNerFeatures.bigramBefore(first.word.norm(), second.word.norm()))};
    pairs.put(key, v);
    return v;
  }

  /** The scores of a pair with no bigram feature in the model. */
  private static final double[][] NO_PAIR = new double[2][];

  /** OpenNLP's perceptron normalisation. */
  private static void normalise(double[] s) {
    double max = 1;
    for (double v : s) {
      if (max < Math.abs(v)) {
        max = Math.abs(v);
      }
    }
    double sum = 0;
    for (int o = 0; o < s.length; o++) {
      s[o] = StrictMath.exp(s[o] / max);
      sum += s[o];
    }
    for (int o = 0; o < s.length; o++) {
      s[o] /= sum;
    }
  }
}
