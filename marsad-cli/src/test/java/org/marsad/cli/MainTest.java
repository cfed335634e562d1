package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/** The command line built for one subcommand behaves as the full tree for that subcommand. */
class MainTest {
  @RegisterExtension
  final StdCapture io = new StdCapture();

  @Test
  void oneSubcommandIsBuiltAloneUnderTheSameRoot() {
    CommandLine lean = Main.commandLine("extract");
    assertThat(lean).isNotNull();
    assertThat(lean.getCommandName()).isEqualTo("marsad");
    assertThat(lean.getSubcommands()).containsOnlyKeys("extract");
    // nested subcommands come with their parent
    assertThat(Main.commandLine("train").getSubcommands().get("train").getSubcommands()).isNotEmpty();
    assertThat(Main.commandLine("no-such-command")).isNull();
    assertThat(Main.commandLine("help")).isNull();
  }

  @Test
  void usageErrorsAndHelpAreThoseOfTheFullTree() {
    int lean = Main.run("extract", "--no-such-option");
    String leanErr = io.err();
    io.reset();
    int full = Main.commandLine().execute("extract", "--no-such-option");
    assertThat(lean).isEqualTo(full).isEqualTo(Main.USAGE);
    assertThat(leanErr).isEqualTo(io.err()).contains("marsad extract");
    io.reset();
    Main.run("extract", "--help");
    String leanHelp = io.out();
    io.reset();
    Main.commandLine().execute("extract", "--help");
    assertThat(leanHelp).isEqualTo(io.out()).startsWith("Usage: marsad extract");
  }
}
