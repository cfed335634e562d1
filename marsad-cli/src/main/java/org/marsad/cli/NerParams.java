package org.marsad.cli;

import org.marsad.ner.NerTrainingParams;
import picocli.CommandLine.Option;

/** Typed training options shared by {@code train ner} and {@code eval ner --cv}. */
final class NerParams {
  @Option(names = "--algorithm", paramLabel = "ALG",
      description = "MAXENT_QN (default), MAXENT, PERCEPTRON or PERCEPTRON_SEQUENCE")
  String algorithm = NerTrainingParams.DEFAULT.algorithm();

  @Option(names = "--iterations", description = "training iterations (default: ${DEFAULT-VALUE})")
  int iterations = NerTrainingParams.DEFAULT.iterations();

  @Option(names = "--cutoff", description = "drop features seen fewer times (default: ${DEFAULT-VALUE})")
  int cutoff = NerTrainingParams.DEFAULT.cutoff();

  @Option(names = "--beam", description = "decoding beam size (default: ${DEFAULT-VALUE})")
  int beam = NerTrainingParams.DEFAULT.beamSize();

  NerTrainingParams params() {
    return new NerTrainingParams(algorithm, iterations, cutoff, beam);
  }
}
