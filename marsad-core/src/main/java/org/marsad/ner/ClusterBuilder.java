package org.marsad.ner;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.marsad.model.Token;
import org.marsad.text.Tokenizer;

/**
 * Learns distributional word clusters from unlabelled text, for {@link WordClusters}.
 *
 * <p>Method: every word seen at least {@code minCount} times (at most {@code maxWords}, most frequent
 * first) gets a vector of its neighbours at positions -2, -1, +1, +2 restricted to the
 * {@code contexts} most frequent words, weighted log(1 + count) and L2-normalised; spherical k-means
 * (cosine, deterministic seed, {@code iterations} rounds) then groups the vectors, once per
 * granularity. Words are the normalised forms of {@link Tokenizer} tokens.
 *
 * <p>Not thread-safe; one instance per run.
 */
public final class ClusterBuilder {
  private final int minCount;
  private final int maxWords;
  private final int contexts;
  private final Map<String, Integer> counts = new HashMap<>();
  private final List<String[]> docs = new ArrayList<>();

  private final boolean stems;

  public ClusterBuilder(int minCount, int maxWords, int contexts) {
    this(minCount, maxWords, contexts, false);
  }

  /** With {@code stems}, words are clitic-free stems ({@link Clitics#stem}) of the normalised tokens. */
  public ClusterBuilder(int minCount, int maxWords, int contexts, boolean stems) {
    this.minCount = minCount;
    this.maxWords = maxWords;
    this.contexts = contexts;
    this.stems = stems;
  }

  /** Adds one text. */
  public void add(String text) {
    List<Token> toks = Tokenizer.INSTANCE.tokenize(text);
    String[] w = new String[toks.size()];
    for (int i = 0; i < w.length; i++) {
      Token t = toks.get(i);
      w[i] = t.kind() == Token.Kind.NUMBER ? "<num>" : stems ? Clitics.stem(t.norm()) : t.norm();
      counts.merge(w[i], 1, Integer::sum);
    }
    docs.add(w);
  }

  /**
   * Clusters the words and writes {@code word<TAB>id...} lines, one id per entry of {@code ks}.
   *
   * @return the number of words written
   */
  public int build(int[] ks, int iterations, long seed, Writer out, String header) throws IOException {
    List<Map.Entry<String, Integer>> byFreq = new ArrayList<>(counts.entrySet());
    byFreq.sort((a, b) -> b.getValue() != a.getValue().intValue() ? Integer.compare(b.getValue(), a.getValue())
        : a.getKey().compareTo(b.getKey()));
    Map<String, Integer> ctxIndex = new HashMap<>();
    for (int i = 0; i < Math.min(contexts, byFreq.size()); i++) {
      ctxIndex.put(byFreq.get(i).getKey(), i);
    }
    Map<String, Integer> vocab = new HashMap<>();
    List<String> words = new ArrayList<>();
    for (Map.Entry<String, Integer> e : byFreq) {
      if (e.getValue() < minCount || words.size() >= maxWords) {
        break;
      }
      if (e.getKey().isEmpty() || e.getKey().equals("<num>") || !Character.isLetter(e.getKey().codePointAt(0))) {
        continue;
      }
      vocab.put(e.getKey(), words.size());
      words.add(e.getKey());
    }
    int dim = 4 * ctxIndex.size();
    List<Map<Integer, Integer>> raw = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      raw.add(new HashMap<>());
    }
    int[] offs = {-2, -1, 1, 2};
    for (String[] d : docs) {
      for (int i = 0; i < d.length; i++) {
        Integer v = vocab.get(d[i]);
        if (v == null) {
          continue;
        }
        for (int k = 0; k < offs.length; k++) {
          int j = i + offs[k];
          if (j < 0 || j >= d.length) {
            continue;
          }
          Integer c = ctxIndex.get(d[j]);
          if (c != null) {
            raw.get(v).merge(k * ctxIndex.size() + c, 1, Integer::sum);
          }
        }
      }
    }
    int n = words.size();
    int[][] idx = new int[n][];
    float[][] val = new float[n][];
    for (int i = 0; i < n; i++) {
      Map<Integer, Integer> m = raw.get(i);
      idx[i] = new int[m.size()];
      val[i] = new float[m.size()];
      int k = 0;
      double norm = 0;
      for (Map.Entry<Integer, Integer> e : m.entrySet()) {
        idx[i][k] = e.getKey();
        val[i][k] = (float) Math.log1p(e.getValue());
        norm += val[i][k] * val[i][k];
        k++;
      }
      float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
      for (int q = 0; q < k; q++) {
        val[i][q] *= inv;
      }
      raw.set(i, null);
    }
    int[][] assign = new int[ks.length][];
    for (int g = 0; g < ks.length; g++) {
      assign[g] = kmeans(idx, val, dim, ks[g], iterations, new Random(seed + g));
    }
    out.write(header);
    for (int i = 0; i < n; i++) {
      out.write(words.get(i));
      for (int[] a : assign) {
        out.write('\t');
        out.write(Integer.toString(a[i]));
      }
      out.write('\n');
    }
    return n;
  }

  /**
   * Clusters the words with {@link ExchangeClustering} (class bigram likelihood), once per entry of
   * {@code ks}, and writes {@code word<TAB>id...} lines for the words that start with a letter.
   * Every token type seen {@code minCount} times (at most {@code maxWords}) is a word; rarer ones share
   * one id, and each text starts with a boundary word.
   *
   * @return the number of words written
   */
  public int buildExchange(int[] ks, int rounds, Writer out, String header) throws IOException {
    List<Map.Entry<String, Integer>> byFreq = new ArrayList<>(counts.entrySet());
    byFreq.sort((a, b) -> b.getValue() != a.getValue().intValue() ? Integer.compare(b.getValue(), a.getValue())
        : a.getKey().compareTo(b.getKey()));
    Map<String, Integer> vocab = new HashMap<>();
    List<String> words = new ArrayList<>();
    for (Map.Entry<String, Integer> e : byFreq) {
      if (e.getValue() < minCount || words.size() >= maxWords) {
        break;
      }
      if (!e.getKey().isEmpty()) {
        vocab.put(e.getKey(), words.size());
        words.add(e.getKey());
      }
    }
    int rare = words.size();
    int boundary = rare + 1;
    int v = rare + 2;
    Map<Long, Integer> bigrams = new HashMap<>();
    long[] count = new long[v];
    for (String[] d : docs) {
      int prev = boundary;
      for (String t : d) {
        Integer id = vocab.get(t);
        int w = id == null ? rare : id;
        bigrams.merge((long) w * v + prev, 1, Integer::sum);
        count[w]++;
        prev = w;
      }
    }
    int[] start = new int[v + 1];
    for (long key : bigrams.keySet()) {
      start[(int) (key / v) + 1]++;
    }
    for (int w = 0; w < v; w++) {
      start[w + 1] += start[w];
    }
    int[] fill = Arrays.copyOf(start, v);
    int[] predWord = new int[bigrams.size()];
    int[] predCount = new int[bigrams.size()];
    for (Map.Entry<Long, Integer> e : bigrams.entrySet()) {
      int w = (int) (e.getKey() / v);
      int p = fill[w]++;
      predWord[p] = (int) (e.getKey() % v);
      predCount[p] = e.getValue();
    }
    bigrams = null;
    ExchangeClustering ex = new ExchangeClustering(v, start, predWord, predCount, count);
    int[][] assign = new int[ks.length][];
    for (int g = 0; g < ks.length; g++) {
      assign[g] = ex.cluster(ks[g], rounds);
    }
    out.write(header);
    int written = 0;
    for (int i = 0; i < rare; i++) {
      String w = words.get(i);
      if (w.equals("<num>") || !Character.isLetter(w.codePointAt(0))) {
        continue;
      }
      out.write(w);
      for (int[] a : assign) {
        out.write('\t');
        out.write(Integer.toString(a[i]));
      }
      out.write('\n');
      written++;
    }
    return written;
  }

  private static int[] kmeans(int[][] idx, float[][] val, int dim, int k, int iterations, Random rnd) {
    int n = idx.length;
    k = Math.min(k, n);
    float[][] cent = new float[k][dim];
    // seeds: distinct random words among the more frequent half
    int[] perm = new int[Math.max(k, n / 2)];
    for (int i = 0; i < perm.length; i++) {
      perm[i] = i;
    }
    for (int c = 0; c < k; c++) {
      int j = c + rnd.nextInt(perm.length - c);
      int t = perm[c];
      perm[c] = perm[j];
      perm[j] = t;
      for (int q = 0; q < idx[perm[c]].length; q++) {
        cent[c][idx[perm[c]][q]] = val[perm[c]][q];
      }
    }
    int[] a = new int[n];
    for (int it = 0; it < iterations; it++) {
      for (int i = 0; i < n; i++) {
        int best = 0;
        double bestDot = -1;
        int[] ii = idx[i];
        float[] vv = val[i];
        for (int c = 0; c < k; c++) {
          float[] cc = cent[c];
          double dot = 0;
          for (int q = 0; q < ii.length; q++) {
            dot += cc[ii[q]] * vv[q];
          }
          if (dot > bestDot) {
            bestDot = dot;
            best = c;
          }
        }
        a[i] = best;
      }
      for (float[] cc : cent) {
        Arrays.fill(cc, 0f);
      }
      for (int i = 0; i < n; i++) {
        float[] cc = cent[a[i]];
        for (int q = 0; q < idx[i].length; q++) {
          cc[idx[i][q]] += val[i][q];
        }
      }
      for (float[] cc : cent) {
        double norm = 0;
        for (float x : cc) {
          norm += x * x;
        }
        if (norm > 0) {
          float inv = (float) (1 / Math.sqrt(norm));
          for (int q = 0; q < dim; q++) {
            cc[q] *= inv;
          }
        }
      }
    }
    return a;
  }
}
