package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs extraction over the shared dev set and checks every record with the contract's own
 * validator ({@code ../shared/eval/validate.py}). Skips when ../shared or python3 is absent.
 */
class DevSetContractTest {
  @TempDir
  Path dir;

  static Path shared() {
    return Path.of(System.getProperty("marsad.shared", "../shared"));
  }

  static boolean hasPython() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void devSetRecordsValidateAgainstTheContract() throws Exception {
    Path docs = shared().resolve("eval/dev/docs.jsonl");
    Assumptions.assumeTrue(Files.isRegularFile(docs), "../shared/eval/dev absent: skipped");
    Assumptions.assumeTrue(hasPython(), "python3 absent: skipped");
    Path out = dir.resolve("out.jsonl");
    int rc = Main.run("extract", "--input", docs.toString(), "--output", out.toString());
    assertThat(rc).isZero();
    Process p = new ProcessBuilder("python3", shared().resolve("eval/validate.py").toString(), out.toString(),
        docs.toString()).redirectErrorStream(true).start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(report).isZero();
    List<String> lines = report.lines().toList();
    assertThat(lines.get(lines.size() - 1)).endsWith("problems: 0");
  }
}
