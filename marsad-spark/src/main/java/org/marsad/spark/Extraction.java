package org.marsad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.marsad.Marsad;
import org.marsad.json.RecordJson;
import org.marsad.model.Document;

/**
 * The extraction step, run by {@code mapPartitions} on each executor: one article in, one marsad/1 record out.
 *
 * <p>Rules (the same as {@code marsad extract --input}, so both write the same lines):
 * <ul>
 *   <li>The extractor is {@link Marsad#standard()}: built once per executor JVM, on first use, and shared by
 *       every task of that JVM.</li>
 *   <li>An article that cannot be analysed (not JSON, no text, empty text, a bad {@code published}, or an
 *       extractor failure) yields an error record ({@link RecordJson#errorLine}) with the same message the CLI
 *       prints; nothing is dropped.</li>
 *   <li>Each event also becomes one flat row ({@link EventRows}) numbered {@code lineNo * 10000 + k}.</li>
 * </ul>
 */
final class Extraction implements FlatMapFunction<Iterator<Article>, Extraction.Result> {
  private static final long serialVersionUID = 1L;

  /** The record of one article and the rows of its events. */
  record Result(long lineNo, String docId, String json, String error, List<Row> events)
      implements java.io.Serializable {
  }

  @Override
  public Iterator<Result> call(Iterator<Article> articles) {
    Marsad marsad = Marsad.standard();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Result next() {
        return process(marsad, articles.next());
      }
    };
  }

  /** One article to its record. */
  static Result process(Marsad marsad, Article a) {
    long n = a.lineNo();
    if (a.problem() != null) {
      return error(n, "line-" + n, "line " + n + ": " + a.problem());
    }
    String docId = a.id() != null ? a.id() : "line-" + n;
    if (a.text() == null) {
      return error(n, docId, "line " + n + " (id " + docId + "): no \"text\" field");
    }
    if (a.text().isBlank()) {
      return error(n, docId, "line " + n + " (id " + docId + "): empty text");
    }
    LocalDate pub = null;
    if (a.published() != null) {
      try {
        String s = a.published();
        pub = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
      } catch (DateTimeParseException e) {
        return error(n, docId, "line " + n + " (id " + docId + "): published is not YYYY-MM-DD");
      }
    }
    Document doc = Document.of(docId, a.text(), pub, a.title(), a.url(), a.outlet());
    ObjectNode tree;
    try {
      tree = RecordJson.toTree(marsad.extract(doc));
    } catch (RuntimeException e) {
      String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
      return error(n, docId, "line " + n + " (id " + docId + "): extraction failed: " + m.replace('\n', ' '));
    }
    List<Row> rows = new ArrayList<>();
    int k = 0;
    for (JsonNode ev : tree.get("events")) {
      rows.add(EventRows.row(n * EventRows.MAX_EVENTS_PER_DOC + k, doc, ev));
      k++;
      if (k >= EventRows.MAX_EVENTS_PER_DOC) {
        break;
      }
    }
    String line;
    try {
      line = RecordJson.mapper().writeValueAsString(tree);   // what RecordJson.toLine writes
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return new Result(n, docId, line, null, rows);
  }

  private static Result error(long n, String docId, String message) {
    return new Result(n, docId, RecordJson.errorLine(docId, message), message, List.of());
  }
}
