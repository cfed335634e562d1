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
    CommandLine lean = args.length == 0 ? null : commandLine(args[0]);
    return (lean != null ? lean : commandLine()).execute(args);
  }

  /** The command line with its error handling, not run yet (tests reach the subcommand objects through it). */
  static CommandLine commandLine() {
    return withHandler(new CommandLine(new Main()));
  }

  /**
   * The command line with only subcommand {@code name} (a name or alias of one of {@link Main}'s subcommands), or
   * null when there is none of that name. Picocli builds the model of every declared subcommand by reflection
   * (about 0.2 s of CPU at start-up, an eighth of a one-file {@code extract}); running one needs only its own.
   * The root has {@link Main}'s name and options, so usage, errors and exit codes are those of the full tree.
   */
  static CommandLine commandLine(String name) {
    for (Class<?> c : Main.class.getAnnotation(Command.class).subcommands()) {
      Command sub = c.getAnnotation(Command.class);
      if (c != CommandLine.HelpCommand.class && sub != null
          && (sub.name().equals(name) || java.util.Arrays.asList(sub.aliases()).contains(name))) {
        CommandLine cl = new CommandLine(new Root());
        cl.addSubcommand(c);
        return withHandler(cl);
      }
    }
    return null;
  }

  /** {@link Main} without its subcommands: the root of {@link #commandLine(String)}. */
  @Command(name = "marsad", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
      description = "Marsad (مرصد): Arabic conflict-event extraction.")
  static final class Root implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(System.out);
    }
  }

  private static CommandLine withHandler(CommandLine cl) {
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
