package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad eval events} prints exactly what {@code score.py events} prints for the same records. */
class EvalEventsCommandTest {
  @TempDir
  Path dir;

  private static String runCapturing(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      int rc = new picocli.CommandLine(new Main()).execute(args);
      assertThat(rc).isZero();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void ownFixtureIsScored() throws Exception {
    Path gold = dir.resolve("gold.json");
    Path docs = dir.resolve("docs.jsonl");
    Files.writeString(gold, "[{\"id\":\"t1\",\"events\":[{\"type\":[\"ACCUSE\"],\"actor\":[\"USA\"],"
        + "\"recipient\":[\"IRN\"]}]}]");
    Files.writeString(docs, "{\"id\":\"t1\",\"published\":\"2024-01-10\",\"text\":\"أدانت الولايات المتحدة إيران بشدة.\"}\n");
    String out = runCapturing("eval", "events", gold.toString(), docs.toString());
    assertThat(out).contains("events: tp 1 fp 0 fn 0").contains("events_f1: 1.000");
  }

  @Test
  void badGoldIsAOneLineUsageError() throws Exception {
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, "{not json");
    Path docs = dir.resolve("docs.jsonl");
    Files.writeString(docs, "");
    assertThat(Main.run("eval", "events", gold.toString(), docs.toString())).isEqualTo(Main.USAGE);
    Files.writeString(gold, "[]");
    assertThat(Main.run("eval", "events", gold.toString(), dir.resolve("none.jsonl").toString())).isEqualTo(Main.USAGE);
    Files.writeString(docs, "{\"id\": 1}\n");
    assertThat(Main.run("eval", "events", gold.toString(), docs.toString())).isEqualTo(Main.USAGE);
  }

  @Test
  void devSetFiguresEqualScorePy() throws Exception {
    Path shared = DevSetContractTest.shared();
    Path docs = shared.resolve("eval/dev/docs.jsonl");
    Assumptions.assumeTrue(Files.isRegularFile(docs), "../shared/eval/dev absent: skipped");
    Assumptions.assumeTrue(DevSetContractTest.hasPython(), "python3 absent: skipped");
    Path gold = shared.resolve("eval/dev/gold.json");
    Path out = dir.resolve("out.jsonl");
    String mine = runCapturing("eval", "events", gold.toString(), docs.toString(), "--output", out.toString());
    Process p = new ProcessBuilder("python3", shared.resolve("eval/score.py").toString(), "events", gold.toString(),
        out.toString()).redirectErrorStream(true).start();
    String theirs = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(mine).isEqualTo(theirs);
  }
}
