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

  @Option(names = "--crf", description = "also train a linear-chain CRF (CRFsuite at training time, plain-Java Viterbi"
      + " when tagging) whose names come first, the name finder's filling in where they overlap none (default: off,"
      + " the name finder alone, as shipped; see docs/ner.md)")
  boolean crf;

  @Option(names = "--crf-c2", paramLabel = "C2", description = "the CRF's L2 coefficient (default: ${DEFAULT-VALUE})")
  double crfC2 = NerTrainingParams.CRF_C2;

  @Option(names = "--crf-iterations", paramLabel = "N", description = "the CRF's L-BFGS iteration limit (default: ${DEFAULT-VALUE})")
  int crfIterations = NerTrainingParams.CRF_ITERATIONS;

  @Option(names = "--crf-prune", paramLabel = "W",
      description = "drop CRF state weights below W in absolute value (default: ${DEFAULT-VALUE})")
  double crfPrune = NerTrainingParams.CRF_PRUNE;

  NerTrainingParams params() {
    return new NerTrainingParams(algorithm, iterations, cutoff, beam).withCrf(crf, crfC2, crfIterations, crfPrune);
  }
}
