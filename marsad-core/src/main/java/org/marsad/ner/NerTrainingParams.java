package org.marsad.ner;

import java.util.List;

/**
 * How to train a NER model.
 *
 * @param algorithm  OpenNLP trainer: {@code MAXENT} (GIS), {@code MAXENT_QN} (L-BFGS), {@code PERCEPTRON},
 *                   or {@code PERCEPTRON_SEQUENCE} (Collins' structured perceptron)
 * @param iterations training iterations (at least 1)
 * @param cutoff     features seen fewer times are dropped (at least 0)
 * @param beamSize   decoding beam size (at least 1)
 */
public record NerTrainingParams(String algorithm, int iterations, int cutoff, int beamSize) {
  /** The algorithms accepted. */
  public static final List<String> ALGORITHMS = List.of("MAXENT", "MAXENT_QN", "PERCEPTRON", "PERCEPTRON_SEQUENCE");

  /** The defaults the shipped model is trained with. */
  public static final NerTrainingParams DEFAULT = new NerTrainingParams("MAXENT_QN", 300, 1, 3);

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
  }
}
