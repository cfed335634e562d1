package org.marsad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.marsad.json.RecordJson;

/**
 * Reads articles from JSONL or Parquet on any Hadoop file system ({@code file:}, {@code hdfs:}, {@code s3a:}).
 *
 * <p>Rules:
 * <ul>
 *   <li><b>JSONL</b>: one JSON object per line, {@code {"id","text","published"?,"title"?,"url"?,"outlet"?}},
 *       read exactly as {@code marsad extract --input} reads it: blank lines are skipped, a line that is not
 *       JSON or lacks {@code text} becomes an error record, a missing id becomes {@code line-N}. Line numbers
 *       count every line of the input, files in path order.</li>
 *   <li><b>Parquet</b>: a string column {@code text} is required; {@code id}, {@code published} (string, date
 *       or timestamp), {@code title}, {@code url}, {@code outlet} are read when present. Row N (1-based, in
 *       file order) without an id becomes {@code line-N}, like JSONL.</li>
 *   <li>Input order is kept: the N-th article of the input is the N-th record of the output.</li>
 * </ul>
 */
final class ArticleReader {
  /** Input formats. */
  enum Format {
    JSONL, PARQUET;

    /** The format named by {@code name} ({@code jsonl}, {@code json}, {@code parquet}) or guessed from the path. */
    static Format of(String name, String path) {
      String n = name == null || name.equals("auto") ? guess(path) : name.toLowerCase(Locale.ROOT);
      switch (n) {
        case "jsonl":
        case "json":
          return JSONL;
        case "parquet":
          return PARQUET;
        default:
          throw new IllegalArgumentException("unknown input format '" + name + "' (use jsonl or parquet)");
      }
    }

    private static String guess(String path) {
      String p = path.toLowerCase(Locale.ROOT);
      while (p.endsWith("/")) {
        p = p.substring(0, p.length() - 1);
      }
      return p.endsWith(".parquet") || p.endsWith(".pq") ? "parquet" : "jsonl";
    }
  }

  private ArticleReader() {
  }

  /** The articles at {@code path}, in input order, in at least {@code minPartitions} partitions. */
  static JavaRDD<Article> read(SparkSession spark, String path, Format format, int minPartitions) {
    if (format == Format.JSONL) {
      JavaRDD<String> lines = new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext())
          .textFile(path, minPartitions);
      return lines.zipWithIndex()
          .filter(t -> !t._1().isBlank())
          .map(t -> fromJsonLine(t._1(), t._2() + 1));
    }
    Dataset<Row> rows = spark.read().parquet(path);
    StructType schema = rows.schema();
    if (!java.util.Arrays.asList(schema.fieldNames()).contains("text")) {
      throw new MarsadSparkJob.BadPath(path + ": Parquet input has no 'text' column (columns: "
          + String.join(", ", schema.fieldNames()) + ")");
    }
    String[] cols = {"id", "text", "published", "title", "url", "outlet"};
    int[] idx = new int[cols.length];
    for (int i = 0; i < cols.length; i++) {
      idx[i] = java.util.Arrays.asList(schema.fieldNames()).indexOf(cols[i]);
    }
    return rows.javaRDD().zipWithIndex().map(t -> fromRow(t._1(), idx, t._2() + 1));
  }

  /** One JSONL line, as {@code marsad extract --input} reads it. */
  static Article fromJsonLine(String line, long lineNo) {
    JsonNode node;
    try {
      node = RecordJson.mapper().readTree(line);
    } catch (IOException e) {
      return new Article(lineNo, null, null, null, null, null, null, "not JSON");
    }
    if (node == null || !node.isObject()) {
      String id = node != null && node.hasNonNull("id") ? node.get("id").asText() : null;
      return new Article(lineNo, id, null, null, null, null, null, null);
    }
    String text = node.hasNonNull("text") && node.get("text").isTextual() ? node.get("text").asText() : null;
    return new Article(lineNo, str(node, "id"), text, str(node, "published"), str(node, "title"),
        str(node, "url"), str(node, "outlet"), null);
  }

  /** One Parquet row; {@code idx} holds the positions of id, text, published, title, url, outlet (-1: absent). */
  static Article fromRow(Row row, int[] idx, long rowNo) {
    String[] v = new String[idx.length];
    for (int i = 0; i < idx.length; i++) {
      if (idx[i] >= 0 && !row.isNullAt(idx[i])) {
        v[i] = String.valueOf(row.get(idx[i]));
      }
    }
    if (idx[1] >= 0 && !row.isNullAt(idx[1]) && !(row.get(idx[1]) instanceof String)) {
      v[1] = null;
    }
    return new Article(rowNo, v[0], v[1], v[2], v[3], v[4], v[5], null);
  }

  private static String str(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }
}
