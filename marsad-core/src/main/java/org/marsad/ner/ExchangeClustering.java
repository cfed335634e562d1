package org.marsad.ner;

import java.util.Arrays;

/**
 * Predictive exchange clustering (Uszkoreit and Brants 2008, after Kneser and Ney 1993): words are
 * grouped into {@code k} classes that maximise the likelihood of the class bigram model
 * P(w_i | c(w_i)) P(c(w_i) | w_{i-1}) over a corpus. Each round moves every word, most frequent first,
 * to the class that increases the likelihood most. Deterministic. Not thread-safe; one instance per run.
 *
 * <p>The objective is {@code Σ_{v,c} f(N(v,c)) − Σ_c f(N(c))}, {@code f(x) = x ln x}, where
 * {@code N(v,c)} counts word {@code v} followed by a word of class {@code c}.
 */
final class ExchangeClustering {
  private final int words;
  /** Predecessors of each word (CSR): word ids and bigram counts. */
  private final int[] predStart;
  private final int[] predWord;
  private final int[] predCount;
  private final long[] count;
  private final double[] xlogx;

  /**
   * @param words     vocabulary size (ids 0..words-1, most frequent first)
   * @param predStart {@code predStart[w]..predStart[w+1]} index the predecessors of word {@code w}
   * @param predWord  predecessor word ids
   * @param predCount bigram counts (predecessor, w)
   * @param count     number of times each word occurs after another token
   */
  ExchangeClustering(int words, int[] predStart, int[] predWord, int[] predCount, long[] count) {
    this.words = words;
    this.predStart = predStart;
    this.predWord = predWord;
    this.predCount = predCount;
    this.count = count;
    long total = 0;
    for (long c : count) {
      total += c;
    }
    for (int p : predCount) {
      total += p;
    }
    // every N(v,c) and N(c) is at most the number of bigrams; larger values (never reached) are computed
    int size = (int) Math.min(total + 2, 1 << 26);
    xlogx = new double[size];
    for (int i = 1; i < size; i++) {
      xlogx[i] = i * Math.log(i);
    }
  }

  private double f(long x) {
    return x < xlogx.length ? xlogx[(int) x] : x * Math.log(x);
  }

  /** Classes (0..k-1) of every word after {@code rounds} exchange rounds. */
  int[] cluster(int k, int rounds) {
    int[] cls = new int[words];
    for (int w = 0; w < words; w++) {
      cls[w] = w % k;
    }
    int[][] n = new int[words][k];
    long[] nc = new long[k];
    for (int w = 0; w < words; w++) {
      nc[cls[w]] += count[w];
      for (int p = predStart[w]; p < predStart[w + 1]; p++) {
        n[predWord[p]][cls[w]] += predCount[p];
      }
    }
    double[] delta = new double[k];
    for (int round = 0; round < rounds; round++) {
      int moved = 0;
      for (int w = 0; w < words; w++) {
        int a = cls[w];
        int from = predStart[w];
        int to = predStart[w + 1];
        if (from == to) {
          continue;
        }
        nc[a] -= count[w];
        for (int p = from; p < to; p++) {
          n[predWord[p]][a] -= predCount[p];
        }
        for (int b = 0; b < k; b++) {
          delta[b] = f(nc[b]) - f(nc[b] + count[w]);
        }
        for (int p = from; p < to; p++) {
          int[] row = n[predWord[p]];
          int c = predCount[p];
          for (int b = 0; b < k; b++) {
            int x = row[b];
            delta[b] += xlogx[x + c] - xlogx[x];
          }
        }
        int best = a;
        for (int b = 0; b < k; b++) {
          if (delta[b] > delta[best] + 1e-9) {
            best = b;
          }
        }
        if (best != a) {
          moved++;
        }
        cls[w] = best;
        nc[best] += count[w];
        for (int p = from; p < to; p++) {
          n[predWord[p]][best] += predCount[p];
        }
      }
      if (moved == 0) {
        break;
      }
    }
    return cls;
  }

  /** The objective (log-likelihood up to a constant) of a clustering; for tests. */
  double objective(int[] cls, int k) {
    long[][] n = new long[words][k];
    long[] nc = new long[k];
    for (int w = 0; w < words; w++) {
      nc[cls[w]] += count[w];
      for (int p = predStart[w]; p < predStart[w + 1]; p++) {
        n[predWord[p]][cls[w]] += predCount[p];
      }
    }
    double o = 0;
    for (long[] row : n) {
      for (long x : row) {
        o += f(x);
      }
    }
    return o - Arrays.stream(nc).mapToDouble(this::f).sum();
  }
}
