package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.json.RecordJson;

/** The extract command on good and bad input: one-line errors, error records, exit codes. */
class ExtractCommandTest {
  @TempDir
  Path dir;

  @RegisterExtension
  final StdCapture io = new StdCapture();

  private String stderr() {
    return io.err();
  }

  private void assertOneLineError(String expectedFragment) {
    String e = stderr().strip();
    assertThat(e).contains(expectedFragment);
    assertThat(e.lines()).hasSize(1);
    assertThat(e).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void extractsOneFileAsOneRecord() throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "قال الرئيس إن الوضع هادئ.\nوأضاف أن المفاوضات مستمرة.");
    int rc = Main.run("extract", f.toString(), "--published", "2024-01-02");
    assertThat(rc).isZero();
    JsonNode rec = RecordJson.mapper().readTree(io.out());
    assertThat(rec.get("schema").asText()).isEqualTo("marsad/1");
    assertThat(rec.get("doc").get("id").asText()).isEqualTo("a");
    assertThat(rec.get("doc").get("published").asText()).isEqualTo("2024-01-02");
    assertThat(rec.get("entities").isArray()).isTrue();
    assertThat(rec.get("events").isArray()).isTrue();
  }

  @Test
  void emptyFileIsAOneLineError() throws Exception {
    Path f = dir.resolve("empty.txt");
    Files.write(f, new byte[0]);
    assertThat(Main.run("extract", f.toString())).isEqualTo(Main.INPUT_ERROR);
    assertOneLineError("empty.txt: empty file");
  }

  @Test
  void binaryFileIsAOneLineError() throws Exception {
    Path f = dir.resolve("image.png");
    Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
    assertThat(Main.run("extract", f.toString())).isEqualTo(Main.INPUT_ERROR);
    assertOneLineError("binary file");
  }

  @Test
  void nonUtf8FileIsAOneLineError() throws Exception {
    Path f = dir.resolve("cp1256.txt");
    // «مرحبا» in Windows-1256
    Files.write(f, new byte[] {(byte) 0xE3, (byte) 0xD1, (byte) 0xCD, (byte) 0xC8, (byte) 0xC7, '\n'});
    assertThat(Main.run("extract", f.toString())).isEqualTo(Main.INPUT_ERROR);
    assertOneLineError("not UTF-8");
  }

  @Test
  void hugeFileIsRefusedWithoutReadingIt() throws Exception {
    Path f = dir.resolve("huge.txt");
    try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
      ch.write(java.nio.ByteBuffer.wrap("ا".getBytes(StandardCharsets.UTF_8)), 50L * 1024 * 1024);
    }
    assertThat(Main.run("extract", f.toString())).isEqualTo(Main.INPUT_ERROR);
    assertOneLineError("too large");
  }

  @Test
  void missingFileIsAOneLineError() {
    assertThat(Main.run("extract", dir.resolve("nope.txt").toString())).isEqualTo(Main.INPUT_ERROR);
    assertOneLineError("no such file");
  }

  @Test
  void badJsonlLinesGetErrorRecordsAndTheRestIsProcessed() throws Exception {
    Path in = dir.resolve("docs.jsonl");
    Path outFile = dir.resolve("out.jsonl");
    Files.write(in, List.of(
        "{\"id\": \"d1\", \"text\": \"اجتمع الوزيران في القاهرة.\", \"published\": \"2024-03-01\"}",
        "this is not json",
        "{\"id\": \"d3\", \"title\": \"no text here\"}",
        "{\"id\": \"d4\", \"text\": \"وقال المتحدث إن الهدوء عاد.\"}"), StandardCharsets.UTF_8);
    int rc = Main.run("extract", "--input", in.toString(), "--output", outFile.toString());
    assertThat(rc).isEqualTo(Main.INPUT_ERROR);
    List<String> lines = Files.readAllLines(outFile, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(4);
    JsonNode r1 = RecordJson.mapper().readTree(lines.get(0));
    JsonNode r2 = RecordJson.mapper().readTree(lines.get(1));
    JsonNode r3 = RecordJson.mapper().readTree(lines.get(2));
    JsonNode r4 = RecordJson.mapper().readTree(lines.get(3));
    assertThat(r1.get("doc").get("id").asText()).isEqualTo("d1");
    assertThat(r1.has("error")).isFalse();
    assertThat(r2.get("error").asText()).contains("line 2").contains("not JSON");
    assertThat(r3.get("doc").get("id").asText()).isEqualTo("d3");
    assertThat(r3.get("error").asText()).contains("text");
    assertThat(r4.get("doc").get("id").asText()).isEqualTo("d4");
    assertThat(r4.has("error")).isFalse();
    assertThat(stderr().lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("marsad extract: "));
  }

  @Test
  void neitherFileNorInputIsAUsageError() {
    assertThat(Main.run("extract")).isEqualTo(Main.USAGE);
  }

  @Test
  void badPublishedDateIsAUsageError() throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "نص قصير.");
    assertThat(Main.run("extract", f.toString(), "--published", "19/09/2023")).isEqualTo(Main.USAGE);
    assertOneLineError("YYYY-MM-DD");
  }
}
