package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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

/** {@code marsad eval ner}: entity-level P/R/F1 on a CoNLL file, or k-fold cross-validation. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {"Score the NER model on a tagged CoNLL file (per-type precision, recall, F1, as score.py ner),",
        "or cross-validate training: --cv K --train FILE (K contiguous folds; training options as in 'train ner')."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:scored", "1:bad input", "2:bad usage"})
public final class EvalNerCommand implements Callable<Integer> {
  @Option(names = "--test", paramLabel = "FILE", description = "gold CoNLL file to score the model on")
  String test;

  @Option(names = "--model", paramLabel = "M", description = "model bundle (default: the one in the jar)")
  Path model;

  @Option(names = "--cv", paramLabel = "K", description = "k-fold cross-validation of training on --train")
  Integer cv;

  @Option(names = "--train", paramLabel = "FILE", description = "training data for --cv")
  String train;

  @Mixin
  NerParams params;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if ((test == null) == (cv == null)) {
      err.println("marsad eval ner: give either --test FILE or --cv K --train FILE (see --help)");
      return Main.USAGE;
    }
    try {
      if (test != null) {
        NerModel m = NerData.model(model);
        out.print(m.evaluate(NerData.read(test)).report());
        out.flush();
        return Main.OK;
      }
      if (train == null || cv < 2) {
        err.println("marsad eval ner: --cv needs K >= 2 and --train FILE");
        return Main.USAGE;
      }
      NerTrainingParams p;
      try {
        p = params.params();
      } catch (IllegalArgumentException e) {
        err.println("marsad eval ner: " + e.getMessage());
        return Main.USAGE;
      }
      List<TaggedSentence> all = NerData.read(train);
      if (all.size() < cv) {
        err.println("marsad eval ner: " + train + " has fewer sentences than folds");
        return Main.INPUT_ERROR;
      }
      NerEvaluation pooled = new NerEvaluation();
      for (int k = 0; k < cv; k++) {
        int from = (int) ((long) all.size() * k / cv);
        int to = (int) ((long) all.size() * (k + 1) / cv);
        List<TaggedSentence> tr = new ArrayList<>(all.subList(0, from));
        tr.addAll(all.subList(to, all.size()));
        NerModel m = NerModel.train(tr, p, "cv fold " + (k + 1));
        NerEvaluation ev = m.evaluate(all.subList(from, to));
        out.printf(Locale.ROOT, "fold %d/%d (sentences %d..%d): f1 %.3f%n", k + 1, cv, from + 1, to, ev.overall().f1());
        out.flush();
        pooled.addAll(ev);
      }
      out.println("pooled over " + cv + " folds:");
      out.print(pooled.report());
      out.flush();
      return Main.OK;
    } catch (NerData.Bad e) {
      err.println("marsad eval ner: " + e.getMessage());
      return Main.INPUT_ERROR;
    } catch (IllegalArgumentException e) {
      err.println("marsad eval ner: " + e.getMessage());
      return Main.INPUT_ERROR;
    }
  }
}
