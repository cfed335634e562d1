package org.marsad.ner;

import java.util.List;

/**
 * How to train a NER model.
 *
 * @param algorithm     OpenNLP trainer: {@code MAXENT} (GIS), {@code MAXENT_QN} (L-BFGS), {@code PERCEPTRON},
 *                      or {@code PERCEPTRON_SEQUENCE} (Collins' structured perceptron)
 * @param iterations    training iterations (at least 1)
 * @param cutoff        features seen fewer times are dropped (at least 0)
 * @param beamSize      decoding beam size (at least 1)
 * @param crf           whether a linear-chain CRF is trained too ({@link CrfTrainer}); its names come first
 *                      and the name finder's fill in ({@link NerManifest#UNION})
 * @param crfC2         the CRF's L2 coefficient (at least 0)
 * @param crfIterations the CRF's L-BFGS iteration limit (at least 1)
 * @param crfPrune      CRF state weights with a smaller absolute value are dropped (at least 0)
 */
public record NerTrainingParams(String algorithm, int iterations, int cutoff, int beamSize, boolean crf, double crfC2,
                                int crfIterations, double crfPrune) {
  /** The algorithms accepted. */
  public static final List<String> ALGORITHMS = List.of("MAXENT", "MAXENT_QN", "PERCEPTRON", "PERCEPTRON_SEQUENCE");

  /** The CRF settings of the shipped model. */
  public static final double CRF_C2 = 0.1;
  public static final int CRF_ITERATIONS = 200;
  public static final double CRF_PRUNE = 0.01;

  /** The defaults of the library (the shipped model's command line is in docs/ner.md). */
  public static final NerTrainingParams DEFAULT = new NerTrainingParams("MAXENT_QN", 300, 1, 3);

  /** Without a CRF. */
  public NerTrainingParams(String algorithm, int iterations, int cutoff, int beamSize) {
    this(algorithm, iterations, cutoff, beamSize, false, CRF_C2, CRF_ITERATIONS, CRF_PRUNE);
  }

  public NerTrainingParams {
    if (!ALGORITHMS.contains(algorithm)) {
      throw new IllegalArgumentException("algorithm must be one of " + ALGORITHMS + ", not '" + algorithm + "'");
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be at least 1");
    }
    if (cutoff < 0) {
      throw new IllegalArgumentException("cutoff must be at least 0");
    }
    if (beamSize < 1) {
      throw new IllegalArgumentException("beam size must be at least 1");
    }
    if (!(crfC2 >= 0) || crfIterations < 1 || !(crfPrune >= 0)) {
      throw new IllegalArgumentException("CRF needs c2 >= 0, iterations >= 1 and prune >= 0");
    }
  }

  /** A copy with the CRF on ({@code crf}) or off, and its settings. */
  public NerTrainingParams withCrf(boolean on, double c2, int iterations, double prune) {
    return new NerTrainingParams(algorithm, this.iterations, cutoff, beamSize, on, c2, iterations, prune);
  }

  CrfTrainer crfTrainer() {
    return crf ? new CrfTrainer(crfC2, crfIterations, crfPrune) : null;
  }
}
