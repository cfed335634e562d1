package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code marsad load}: a short run against its own server reports every request kind and no error. */
class LoadCommandTest {

  @Test
  void aShortRunReportsEveryKindAndNoError() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int rc = cl.execute("load", "--clients", "3", "--seconds", "2", "--articles", "12");
    String text = out.toString();
    assertThat(rc).as(text + err).isZero();
    assertThat(text).contains("rate limit 10000000 requests/min per client address (all 3 clients share 127.0.0.1)")
        .contains("0 errors (rate 0.0000)");
    for (String kind : new String[] {"all", "events", "search", "clusters", "detail", "extract"}) {
      assertThat(text).contains("load " + kind + ": ").contains("p99");
    }
  }

  @Test
  void badArgumentsAreAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new Main());
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute("load", "--clients", "0")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("must be positive");
  }
}
