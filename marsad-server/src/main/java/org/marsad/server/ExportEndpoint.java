package org.marsad.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;
import org.marsad.store.ExportFormat;
import org.marsad.store.Exporter;

/**
 * {@code GET /api/export?format=F&<filters>}: the matching events as a file, in the formats of
 * {@code marsad export} ({@code acled-csv}, {@code gdelt-tsv}, {@code jsonl}, {@code geojson},
 * {@code parquet}), as an attachment. Paging parameters do not apply: every matching event is written.
 */
final class ExportEndpoint {
  private static final Set<String> ALLOWED;

  static {
    Set<String> s = new HashSet<>(Params.FILTERS);
    s.add("format");
    ALLOWED = Set.copyOf(s);
  }

  private final Exporter exporter;

  ExportEndpoint(EventStore store) {
    this.exporter = new Exporter(store);
  }

  void handle(Context ctx) throws IOException {
    Params.only(ctx, ALLOWED);
    String f = ctx.queryParam("format");
    if (f == null || f.isBlank()) {
      throw ApiException.badParam("'format' is required: acled-csv, gdelt-tsv, jsonl, geojson or parquet");
    }
    ExportFormat format;
    try {
      format = ExportFormat.parse(f);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParam("'format' must be acled-csv, gdelt-tsv, jsonl, geojson or parquet");
    }
    EventQuery q = Params.query(ctx);
    ctx.header("Content-Disposition", "attachment; filename=\"marsad-events." + extension(format) + "\"");
    ctx.contentType(contentType(format));
    if (format == ExportFormat.PARQUET) {
      Path tmp = Files.createTempFile("marsad-export-", ".parquet");
      try {
        Files.delete(tmp);
        exporter.writeFile(q, format, tmp);
        ctx.header("Content-Length", Long.toString(Files.size(tmp)));
        try (InputStream in = Files.newInputStream(tmp); OutputStream out = ctx.outputStream()) {
          in.transferTo(out);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } else {
      try (OutputStream out = ctx.outputStream()) {
        exporter.write(q, format, out);
      }
    }
  }

  static String extension(ExportFormat f) {
    return switch (f) {
      case ACLED_CSV -> "csv";
      case GDELT_TSV -> "tsv";
      case JSONL -> "jsonl";
      case GEOJSON -> "geojson";
      case PARQUET -> "parquet";
    };
  }

  static String contentType(ExportFormat f) {
    return switch (f) {
      case ACLED_CSV -> "text/csv; charset=utf-8";
      case GDELT_TSV -> "text/tab-separated-values; charset=utf-8";
      case JSONL -> "application/x-ndjson; charset=utf-8";
      case GEOJSON -> "application/geo+json; charset=utf-8";
      case PARQUET -> "application/vnd.apache.parquet";
    };
  }
}
