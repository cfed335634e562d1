package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.json.RecordJson;

/**
 * Hostile input through {@code marsad extract --input}: random Unicode of every plane with controls and NUL,
 * bidi and zero-width marks spliced into news sentences, a 1 MB line without punctuation, markup nested
 * 20,000 deep, and lines that are not UTF-8, in one JSONL file. Every line gets exactly one record, in order;
 * the lines that are not UTF-8 get an error record and the lines after them are still processed; and every
 * record validates against the marsad/1 contract with its own validator ({@code ../shared/eval/validate.py},
 * skipped when ../shared or python3 is absent). The texts are generated here (seeded), from sentences written
 * for this test.
 */
class HostileInputContractTest {
  @TempDir
  Path dir;

  private static final String[] NEWS = {
      "قصفت المدفعية أحياء في شرق المدينة مساء السبت.",
      "قتل سبعة أشخاص وأصيب 12 آخرون في انفجار سيارة مفخخة قرب السوق.",
      "طالبت الأمم المتحدة بوقف فوري لإطلاق النار في الإقليم.",
      "اعتقلت الشرطة 40 متظاهرا في العاصمة أمس.",
  };
  private static final int[] INVISIBLE = {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D,
      0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0x0000, 0x0007, 0x001B, 0x0085, 0x2028};

  @Test
  void everyHostileLineGetsOneValidRecordInOrder() throws Exception {
    Random r = new Random(20261126L);
    List<byte[]> lines = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<Boolean> broken = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      add(lines, ids, broken, "unicode-" + i, randomUnicode(r, 1 + r.nextInt(400)));
    }
    for (int i = 0; i < 20; i++) {
      add(lines, ids, broken, "marks-" + i, spliced(r));
    }
    add(lines, ids, broken, "one-mb-line", "قصفت الطائرات مواقع المدينة ".repeat(1_048_576 / 28));
    for (int depth : new int[] {2_000, 20_000}) {
      add(lines, ids, broken, "nested-" + depth,
          "<div><p><span>".repeat(depth) + NEWS[0] + "</span></p></div>".repeat(depth));
      add(lines, ids, broken, "unclosed-" + depth, "<li><b>".repeat(depth) + NEWS[1]);
    }
    for (byte[] bad : new byte[][] {{(byte) 0xC3, 0x28}, {(byte) 0xFF, (byte) 0xFE, 0x41}, {(byte) 0xED, (byte) 0xA0,
        (byte) 0x80}}) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      b.writeBytes(("{\"id\": \"bad\", \"text\": \"" + NEWS[2]).getBytes(StandardCharsets.UTF_8));
      b.writeBytes(bad);
      b.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
      lines.add(b.toByteArray());
      ids.add("line-" + lines.size());
      broken.add(true);
      add(lines, ids, broken, "after-bad-" + lines.size(), NEWS[3]);
    }
    Path docs = dir.resolve("hostile.jsonl");
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] l : lines) {
      all.writeBytes(l);
      all.write('\n');
    }
    Files.write(docs, all.toByteArray());

    Path out = dir.resolve("out.jsonl");
    int rc = Main.run("extract", "--input", docs.toString(), "--output", out.toString());
    assertThat(rc).as("lines that are not UTF-8 make the exit code non-zero").isEqualTo(Main.INPUT_ERROR);
    List<String> records = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(records).hasSize(lines.size());
    for (int i = 0; i < records.size(); i++) {
      JsonNode rec = RecordJson.mapper().readTree(records.get(i));
      assertThat(rec.at("/doc/id").asText()).as("record " + (i + 1)).isEqualTo(ids.get(i));
      if (broken.get(i)) {
        assertThat(rec.path("error").asText()).isEqualTo("line " + (i + 1) + ": not UTF-8");
      } else {
        assertThat(rec.has("error")).as(ids.get(i) + ": " + rec.path("error").asText()).isFalse();
      }
    }

    Path validate = DevSetContractTest.shared().resolve("eval/validate.py");
    Assumptions.assumeTrue(Files.isRegularFile(validate), "../shared absent: contract validator skipped");
    Assumptions.assumeTrue(DevSetContractTest.hasPython(), "python3 absent: contract validator skipped");
    // the validator reads the inputs as UTF-8: the broken lines stand in as empty texts under their record ids
    Path readable = dir.resolve("readable.jsonl");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      sb.append(broken.get(i) ? "{\"id\": \"" + ids.get(i) + "\", \"text\": \"\"}"
          : new String(lines.get(i), StandardCharsets.UTF_8)).append('\n');
    }
    Files.writeString(readable, sb.toString(), StandardCharsets.UTF_8);
    Process p = new ProcessBuilder("python3", validate.toString(), out.toString(), readable.toString())
        .redirectErrorStream(true).start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(report).isZero();
    assertThat(report.strip()).endsWith("records: " + lines.size() + " problems: 0");
  }

  private static void add(List<byte[]> lines, List<String> ids, List<Boolean> broken, String id, String text)
      throws Exception {
    ObjectNode n = RecordJson.mapper().createObjectNode();
    n.put("id", id);
    n.put("text", text);
    n.put("published", "2024-03-05");
    lines.add(RecordJson.mapper().writeValueAsBytes(n));
    ids.add(id);
    broken.add(false);
  }

  /** Code points of every plane (no surrogate halves: those cannot be written as UTF-8), Arabic more often. */
  private static String randomUnicode(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(10);
      int cp;
      if (kind < 4) {
        cp = 0x0600 + r.nextInt(0x100);
      } else if (kind < 6) {
        cp = INVISIBLE[r.nextInt(INVISIBLE.length)];
      } else if (kind < 8) {
        cp = r.nextInt(0x80);
      } else {
        do {
          cp = r.nextInt(0x110000);
        } while (cp >= 0xD800 && cp <= 0xDFFF);
      }
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  private static String spliced(Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
      sb.append(NEWS[r.nextInt(NEWS.length)]).append(' ');
    }
    for (int i = 0, n = r.nextInt(25); i < n; i++) {
      sb.insert(r.nextInt(sb.length() + 1), Character.toString(INVISIBLE[r.nextInt(INVISIBLE.length)]));
    }
    return sb.toString();
  }
}
