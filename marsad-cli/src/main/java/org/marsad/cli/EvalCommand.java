package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad eval}: accuracy measurement against gold files; one subcommand per task. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure accuracy against gold annotations.",
    subcommands = {EvalEventsCommand.class, EvalNerCommand.class})
public final class EvalCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
