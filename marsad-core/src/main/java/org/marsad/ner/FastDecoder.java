package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
  private final String[] outcomes;
  private final int n;
  private final int beam;
  private final ArabicNameContextGenerator cg;
  /** Per outcome: -1 other, else the type id; and whether it is a continuation. */
  private final boolean[] cont;
  private final String[] type;
  private final String[] dyn = new String[3];

  private FastDecoder(Map<String, Context> pmap, String[] outcomes, int beam, ArabicNameContextGenerator cg) {
    this.pmap = pmap;
    this.outcomes = outcomes;
    this.n = outcomes.length;
    this.beam = beam;
    this.cg = cg;
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
  }

  /** A decoder for {@code model}, or null when the model is not a perceptron (use OpenNLP's decoder then). */
  @SuppressWarnings("unchecked")
  static FastDecoder of(MaxentModel model, int beam, ArabicNameContextGenerator cg) {
    if (!(model instanceof PerceptronModel)) {
      return null;
    }
    Object[] ds = ((AbstractModel) model).getDataStructures();
    if (ds.length < 3 || !(ds[1] instanceof Map) || !(ds[2] instanceof String[])) {
      return null;
    }
    return new FastDecoder((Map<String, Context>) ds[1], (String[]) ds[2], beam, cg);
  }

  void clearMemory() {
    cg.clearAdaptiveData();
  }

  private static final class Hyp {
    final int[] out;
    final double score;

    Hyp(int[] out, double score) {
      this.out = out;
      this.score = score;
    }
  }

  /** The best outcome sequence (OpenNLP outcome names) for one sentence; updates the document memory. */
  String[] decode(String[] tokens) {
    int len = tokens.length;
    String[] result = new String[len];
    if (len == 0) {
      return result;
    }
    cg.prepare(tokens);
    List<Hyp> hyps = new ArrayList<>(beam);
    hyps.add(new Hyp(new int[0], 0));
    double[] stat = new double[n];
    double[] raw = new double[n];
    double[] sorted = new double[n];
    for (int i = 0; i < len; i++) {
      java.util.Arrays.fill(stat, 0);
      for (String f : cg.staticFeatures(i)) {
        add(stat, f);
      }
      add(stat, cg.memoryFeature(i));
      add(stat, cg.stemMemoryFeature(i));
      List<Hyp> next = new ArrayList<>(beam * n);
      for (Hyp h : hyps) {
        String po = i > 0 ? outcomes[h.out[i - 1]] : ArabicNameContextGenerator.start();
        String ppo = i > 1 ? outcomes[h.out[i - 2]] : ArabicNameContextGenerator.start();
        System.arraycopy(stat, 0, raw, 0, n);
        cg.dynamicFeatures(i, po, ppo, dyn);
        for (String f : dyn) {
          add(raw, f);
        }
        normalise(raw);
        System.arraycopy(raw, 0, sorted, 0, n);
        java.util.Arrays.sort(sorted);
        double min = sorted[Math.max(0, n - beam)];
        int added = 0;
        for (int o = 0; o < n; o++) {
          if (raw[o] >= min && valid(h, i, o)) {
            next.add(extend(h, o, raw[o]));
            added++;
          }
        }
        if (added == 0) {
          for (int o = 0; o < n; o++) {
            if (valid(h, i, o)) {
              next.add(extend(h, o, raw[o]));
            }
          }
        }
      }
      next.sort((a, b) -> Double.compare(b.score, a.score));
      hyps = next.size() > beam ? new ArrayList<>(next.subList(0, beam)) : next;
    }
    int[] best = hyps.get(0).out;
    for (int i = 0; i < len; i++) {
      result[i] = outcomes[best[i]];
    }
    cg.updateAdaptiveData(tokens, result);
    return result;
  }

  private static Hyp extend(Hyp h, int o, double p) {
    int[] out = java.util.Arrays.copyOf(h.out, h.out.length + 1);
    out[h.out.length] = o;
    return new Hyp(out, h.score + Math.log(p));
  }

  private boolean valid(Hyp h, int i, int o) {
    if (!cont[o]) {
      return true;
    }
    if (i == 0) {
      return false;
    }
    int prev = h.out[i - 1];
    return type[prev] != null && type[prev].equals(type[o]);
  }

  private void add(double[] scores, String feature) {
    Context c = pmap.get(feature);
    if (c != null) {
      int[] os = c.getOutcomes();
      double[] ps = c.getParameters();
      for (int k = 0; k < os.length; k++) {
        scores[os[k]] += ps[k];
      }
    }
  }

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
