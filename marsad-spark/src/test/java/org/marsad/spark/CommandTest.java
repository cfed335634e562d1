package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.json.RecordJson;

/** The command line of the job: usage errors, bad paths, and Parquet input. */
class CommandTest {
  @TempDir
  Path tmp;

  @BeforeAll
  static void shareOneSession() {
    TestSpark.session();
  }

  private record Run(int code, String out, String err) {
  }

  private static Run run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = MarsadSpark.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  @Test
  void badUsageIsOneLineAndExitCode2() {
    Run r = run("--input", "x.jsonl");
    assertThat(r.code()).isEqualTo(MarsadSpark.USAGE);
    assertThat(r.err()).startsWith("marsad spark: missing --output").doesNotContain("Exception");
    assertThat(run("--input", "a", "--output", "b", "--frobnicate", "1").err()).contains("unknown option --frobnicate");
    assertThat(run("--input", "a", "--output", "b", "--partitions", "many").err())
        .contains("--partitions must be a non-negative number");
    assertThat(run("--input", "a.jsonl", "--output", "b", "--format", "csv").err())
        .contains("unknown input format 'csv'");
    assertThat(run("explode").code()).isEqualTo(MarsadSpark.USAGE);
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--input PATH --output DIR");
  }

  @Test
  void missingInputAndExistingOutputAreOneLineErrors() throws Exception {
    Run missing = run("--master", "local[2]", "--input", tmp.resolve("nope.jsonl").toString(),
        "--output", tmp.resolve("out").toString());
    assertThat(missing.code()).isEqualTo(MarsadSpark.INPUT_ERROR);
    assertThat(missing.err().strip()).endsWith("nope.jsonl: no such file or directory").doesNotContain("\n");

    Path docs = tmp.resolve("docs.jsonl");
    Files.write(docs, CorpusGenerator.generate(5, 1), StandardCharsets.UTF_8);
    Files.createDirectories(tmp.resolve("exists"));
    Run exists = run("--master", "local[2]", "--input", docs.toString(), "--output", tmp.resolve("exists").toString());
    assertThat(exists.code()).isEqualTo(MarsadSpark.INPUT_ERROR);
    assertThat(exists.err()).contains("output exists (use --overwrite to replace it)");
    Run over = run("--master", "local[2]", "--input", docs.toString(), "--output", tmp.resolve("exists").toString(),
        "--overwrite", "--no-cluster");
    assertThat(over.code()).as(over.err()).isZero();
    assertThat(over.out()).contains("5 articles (0 bad)");
    assertThat(TestSpark.partLines(tmp.resolve("exists/records"))).hasSize(5);
  }

  @Test
  void parquetInputGivesTheSameRecordsAsJsonl() throws Exception {
    List<String> lines = CorpusGenerator.generate(30, 5);
    Path jsonl = tmp.resolve("docs.jsonl");
    Files.write(jsonl, lines, StandardCharsets.UTF_8);
    SparkSession spark = TestSpark.session();
    StructType schema = new StructType()
        .add("id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("published", DataTypes.DateType).add("title", DataTypes.StringType)
        .add("outlet", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    for (String l : lines) {
      var n = RecordJson.mapper().readTree(l);
      rows.add(RowFactory.create(n.get("id").asText(), n.get("text").asText(),
          Date.valueOf(n.get("published").asText()), n.get("title").asText(), n.get("outlet").asText()));
    }
    Path parquet = tmp.resolve("docs.parquet");
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(parquet.toString());

    Run a = run("--master", "local[2]", "--input", jsonl.toString(), "--output", tmp.resolve("a").toString());
    Run b = run("--master", "local[2]", "--input", parquet.toString(), "--output", tmp.resolve("b").toString());
    assertThat(a.code()).as(a.err()).isZero();
    assertThat(b.code()).as(b.err()).isZero();
    assertThat(TestSpark.partLines(tmp.resolve("b/records")))
        .containsExactlyElementsOf(TestSpark.partLines(tmp.resolve("a/records")));
  }
}
