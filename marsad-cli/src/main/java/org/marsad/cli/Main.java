package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} command. */
@Command(name = "marsad", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Marsad (مرصد): Arabic conflict-event extraction.",
    subcommands = {ExtractCommand.class, ServeCommand.class, DemoCommand.class, EvalCommand.class, BenchCommand.class,
        LoadCommand.class,
        TrainCommand.class, TagCommand.class,
        IngestCommand.class, SearchCommand.class, ExportCommand.class, // store
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Exit codes shared by every subcommand. */
  public static final int OK = 0;
  /** Some input could not be processed; the rest was. */
  public static final int INPUT_ERROR = 1;
  /** Bad usage. */
  public static final int USAGE = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The command line with its error handling, not run yet (tests reach the subcommand objects through it). */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
      cmd.getErr().println("marsad: " + oneLine(ex));
      if (Boolean.getBoolean("marsad.debug")) {
        ex.printStackTrace(cmd.getErr());
      }
      return INPUT_ERROR;
    });
    return cl;
  }

  /** One line describing {@code ex}, without a stack trace. */
  static String oneLine(Throwable ex) {
    String m = ex.getMessage();
    if (m == null || m.isBlank()) {
      m = ex.getClass().getSimpleName();
    }
    return m.replace('\n', ' ');
  }

  /** Version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"marsad " + (v == null ? "dev" : v)};
    }
  }
}
