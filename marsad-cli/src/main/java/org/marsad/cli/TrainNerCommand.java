package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.ner.NerEvaluation;
import org.marsad.ner.NerModel;
import org.marsad.ner.NerTrainingParams;
import org.marsad.ner.TaggedSentence;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad train ner}: trains a NER model bundle from a CoNLL file. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {"Train the Arabic NER model from a CoNLL file (token TAG lines, blank line = sentence end).",
        "With --heldout F the last F of the sentences is held out and scored, and the score goes into the",
        "manifest; add --full to then retrain on every sentence (the score stays the held-out one)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:model written", "1:bad input", "2:bad usage"})
public final class TrainNerCommand implements Callable<Integer> {
  @Option(names = "--train", required = true, paramLabel = "FILE", description = "training data (CoNLL)")
  String train;

  @Option(names = "--model", required = true, paramLabel = "OUT", description = "where to write the model bundle")
  Path model;

  @Mixin
  NerParams params;

  @Option(names = "--heldout", paramLabel = "F", description = "fraction of sentences (from the end) held out and scored")
  double heldout;

  @Option(names = "--full", description = "with --heldout: retrain on all sentences before writing")
  boolean full;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    NerTrainingParams p;
    try {
      p = params.params();
    } catch (IllegalArgumentException e) {
      err.println("marsad train ner: " + e.getMessage());
      return Main.USAGE;
    }
    if (heldout < 0 || heldout >= 1) {
      err.println("marsad train ner: --heldout must be in [0, 1)");
      return Main.USAGE;
    }
    List<TaggedSentence> all;
    try {
      all = NerData.read(train);
    } catch (NerData.Bad e) {
      err.println("marsad train ner: " + e.getMessage());
      return Main.INPUT_ERROR;
    }
    int cut = (int) Math.round(all.size() * (1 - heldout));
    List<TaggedSentence> trainPart = all.subList(0, cut);
    long t0 = System.nanoTime();
    NerModel m;
    try {
      m = NerModel.train(trainPart, p, NerData.describe(train, 0, cut, all.size()));
    } catch (IllegalArgumentException e) {
      err.println("marsad train ner: " + train + ": " + e.getMessage());
      return Main.INPUT_ERROR;
    }
    err.printf(Locale.ROOT, "trained on %d sentences in %.1f s%n", cut, (System.nanoTime() - t0) / 1e9);
    if (cut < all.size()) {
      NerEvaluation ev = m.evaluate(all.subList(cut, all.size()));
      String report = ev.report();
      err.print("held-out sentences " + (cut + 1) + ".." + all.size() + ":\n" + report);
      String scores = String.format(Locale.ROOT, "held-out last %d%% (sentences %d..%d, trained on the rest): F1 %.4f P %.4f R %.4f",
          Math.round(heldout * 100), cut + 1, all.size(), ev.overall().f1(), ev.overall().precision(), ev.overall().recall());
      for (var e : ev.byType().entrySet()) {
        scores += String.format(Locale.ROOT, "; %s %.4f", e.getKey(), e.getValue().f1());
      }
      if (full) {
        t0 = System.nanoTime();
        m = NerModel.train(all, p, NerData.describe(train, 0, all.size(), all.size()));
        err.printf(Locale.ROOT, "retrained on all %d sentences in %.1f s%n", all.size(), (System.nanoTime() - t0) / 1e9);
      }
      m = m.withScores(scores);
    }
    m.save(model);
    err.println("wrote " + model);
    return Main.OK;
  }
}
