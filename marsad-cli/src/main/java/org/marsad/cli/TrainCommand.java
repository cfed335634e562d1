package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad train}: parent of the model-training subcommands. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model (see the subcommands).",
    subcommands = {TrainNerCommand.class, TrainClustersCommand.class, TrainTopicCommand.class,
        TrainCommonWordsCommand.class})
public final class TrainCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
