package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code tag --conll}, {@code train ner} and {@code eval ner} on hand-written files. */
class NerCommandsTest {
  static final String GOLD = String.join("\n",
      "قال O", "الرئيس O", "سمير B-PERS", "الخالدي I-PERS", "إن O", "زهران B-LOC", "آمنة O", ". O", "",
      "وصل O", "سمير B-PERS", "الخالدي I-PERS", "إلى O", "مدينة O", "زهران B-LOC", ". O", "",
      "", "أعلنت O", "شركة B-ORG", "النور I-ORG", "عن O", "مشروع O", "في O", "زهران B-LOC", ". O", "");

  @TempDir
  Path dir;
  @RegisterExtension
  final StdCapture io = new StdCapture();

  /** Token lines and sentence breaks (blank-line runs count as one break, like score.py). */
  static List<String> skeleton(String conll) {
    List<String> s = new ArrayList<>();
    boolean blank = true;
    for (String line : conll.split("\n", -1)) {
      String[] p = line.strip().split("\\s+");
      if (line.isBlank()) {
        if (!blank) {
          s.add("|");
        }
        blank = true;
      } else {
        s.add(p[0]);
        blank = false;
      }
    }
    if (!blank) {
      s.add("|");
    }
    return s;
  }

  @Test
  void tagPreservesTokensAndSentenceBreaks() throws Exception {
    Path in = dir.resolve("in.conll");
    Files.writeString(in, "قال O\nالرئيس O\nمحمود\nعباس\n\nفي O\nغزة O\n.\n\n\n(\nأ O\n)\n", StandardCharsets.UTF_8);
    int rc = Main.run("tag", "--conll", in.toString());
    assertThat(rc).as(io.err()).isZero();
    String got = io.out();
    assertThat(skeleton(got)).isEqualTo(skeleton(Files.readString(in)));
    for (String line : got.split("\n")) {
      if (!line.isEmpty()) {
        assertThat(line).matches("\\S+ (O|[BI]-(PERS|LOC|ORG|MISC))");
      }
    }
  }

  @Test
  void tagRefusesABadTagWithOneLine() throws Exception {
    Path in = dir.resolve("bad.conll");
    Files.writeString(in, "قال O\nعباس PERSON\n", StandardCharsets.UTF_8);
    assertThat(Main.run("tag", "--conll", in.toString())).isEqualTo(Main.INPUT_ERROR);
    assertThat(io.err().strip())
        .isEqualTo("marsad tag: " + in + ": line 2: 'PERSON' is not a BIO tag (O, B-TYPE or I-TYPE)");
  }

  @Test
  void tagRefusesAMissingFile() {
    assertThat(Main.run("tag", "--conll", dir.resolve("nope.conll").toString())).isEqualTo(Main.INPUT_ERROR);
    assertThat(io.err()).contains("no such file");
  }

  @Test
  void trainEvalAndTagWithATinyModel() throws Exception {
    Path gold = dir.resolve("gold.conll");
    Files.writeString(gold, GOLD, StandardCharsets.UTF_8);
    Path model = dir.resolve("m.zip");
    int rc = Main.run("train", "ner", "--train", gold.toString(), "--model", model.toString(),
        "--algorithm", "PERCEPTRON", "--iterations", "40", "--cutoff", "0");
    assertThat(rc).as(io.err()).isZero();
    assertThat(model).isRegularFile();

    assertThat(Main.run("eval", "ner", "--test", gold.toString(), "--model", model.toString())).isZero();
    String report = io.out();
    assertThat(report).contains("  PERS  precision 1.000 recall 1.000 f1 1.000 (gold 2)")
        .contains("ner_f1: 1.000 precision: 1.000 recall: 1.000");

    io.reset();
    Path pred = dir.resolve("pred.conll");
    assertThat(Main.run("tag", "--conll", gold.toString(), "--model", model.toString(), "-o", pred.toString())).isZero();
    assertThat(Files.readString(pred)).contains("سمير B-PERS\nالخالدي I-PERS\n");
  }

  @Test
  void trainWithCrfWritesAUnionBundleThatEvalAndTagUse() throws Exception {
    Path gold = dir.resolve("gold.conll");
    Files.writeString(gold, GOLD, StandardCharsets.UTF_8);
    Path model = dir.resolve("u.zip");
    int rc = Main.run("train", "ner", "--train", gold.toString(), "--model", model.toString(),
        "--algorithm", "PERCEPTRON", "--iterations", "40", "--cutoff", "0", "--crf", "--crf-iterations", "50");
    assertThat(rc).as(io.err()).isZero();
    String manifest;
    try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(model.toFile())) {
      assertThat(z.getEntry("crf-weights.bin")).isNotNull();
      manifest = new String(z.getInputStream(z.getEntry("manifest.properties")).readAllBytes(), StandardCharsets.ISO_8859_1);
    }
    assertThat(manifest).contains("combination=crf+perceptron-union").contains("max_iterations\\=50");
    assertThat(Main.run("eval", "ner", "--test", gold.toString(), "--model", model.toString())).isZero();
    assertThat(io.out()).contains("ner_f1: 1.000 precision: 1.000 recall: 1.000");
    io.reset();
    Path pred = dir.resolve("upred.conll");
    assertThat(Main.run("tag", "--conll", gold.toString(), "--model", model.toString(), "-o", pred.toString())).isZero();
    assertThat(Files.readString(pred)).contains("سمير B-PERS\nالخالدي I-PERS\n");
  }

  @Test
  void trainRejectsAnUnknownAlgorithm() throws Exception {
    Path gold = dir.resolve("gold.conll");
    Files.writeString(gold, GOLD, StandardCharsets.UTF_8);
    assertThat(Main.run("train", "ner", "--train", gold.toString(), "--model", dir.resolve("m.zip").toString(),
        "--algorithm", "SVM")).isEqualTo(Main.USAGE);
    assertThat(io.err()).contains("algorithm must be one of");
  }

  @Test
  void evalNeedsTestOrCv() {
    assertThat(Main.run("eval", "ner")).isEqualTo(Main.USAGE);
    assertThat(io.err()).contains("give either --test FILE or --cv K --train FILE");
  }

  @Test
  void evalRefusesABrokenModelFile() throws Exception {
    Path gold = dir.resolve("gold.conll");
    Files.writeString(gold, GOLD, StandardCharsets.UTF_8);
    Path junk = dir.resolve("junk.zip");
    Files.writeString(junk, "not a zip");
    assertThat(Main.run("eval", "ner", "--test", gold.toString(), "--model", junk.toString())).isEqualTo(Main.INPUT_ERROR);
    assertThat(io.err()).contains("not a Marsad NER model bundle");
  }

  @Test
  void trainCommonWordsRefusesALineThatIsNotJson() throws Exception {
    Path in = dir.resolve("bad.jsonl");
    Files.writeString(in, "{\"id\":\"a\",\"text\":\"قال المتحدث\"}\nnot json\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("common.tsv");
    assertThat(Main.run("train", "common-words", "--input", in.toString(), "--output", out.toString()))
        .isEqualTo(Main.INPUT_ERROR);
    assertThat(io.err().strip()).isEqualTo("marsad train common-words: " + in + ": line 2: not JSON");
    assertThat(out).doesNotExist();
  }
}
