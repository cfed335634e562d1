package org.marsad.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.json.RecordJson;

/**
 * Writes the events matching a query in one of the {@link ExportFormat}s.
 *
 * <p><b>ACLED-like CSV</b> columns: {@value #ACLED_HEADER}. {@code country} is the ISO alpha-3 code;
 * {@code geo_precision} is 1 (town or place), 2 (district), 3 (province or country); {@code source} is the
 * outlet (else URL); {@code notes} is the sentence that reports it; {@code fatalities} the killed count (0 when
 * none is given).
 *
 * <p><b>GDELT-like TSV</b> columns: {@value #GDELT_HEADER} (tab-separated, no quoting; tabs and line breaks in
 * values become spaces). {@code ActionGeo_Type}: 1 country, 5 first-order division, 4 town or place.
 * {@code QuadClass} from the CAMEO root: 01–05 verbal cooperation (1), 06–09 material cooperation (2), 10–14
 * verbal conflict (3), 15–20 material conflict (4).
 *
 * <p><b>Parquet</b> is written by DuckDB ({@code COPY ... (FORMAT parquet)}) from an in-memory table filled from
 * the store, so it works the same for DuckDB and PostgreSQL stores.
 */
public final class Exporter {
  public static final String ACLED_HEADER = "event_id,event_date,event_type,sub_event_type,actor1,actor2,country,"
      + "location,latitude,longitude,geo_precision,source,notes,fatalities,cluster_id,plover_type,url";
  public static final String GDELT_HEADER = "GLOBALEVENTID\tSQLDATE\tActor1Name\tActor1CountryCode\tActor2Name\t"
      + "Actor2CountryCode\tIsRootEvent\tEventCode\tEventBaseCode\tEventRootCode\tQuadClass\tGoldsteinScale\t"
      + "NumMentions\tNumSources\tNumArticles\tActionGeo_Type\tActionGeo_FullName\tActionGeo_CountryCode\t"
      + "ActionGeo_Lat\tActionGeo_Long\tDATEADDED\tSOURCEURL";
  private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

  private final EventStore store;

  public Exporter(EventStore store) {
    this.store = store;
  }

  /** Writes the events of {@code q} (paging ignored) to {@code out} (not closed); returns the row count. */
  public long write(EventQuery q, ExportFormat format, OutputStream out) throws IOException {
    if (format == ExportFormat.PARQUET) {
      throw new IllegalArgumentException("parquet needs a file: use writeFile");
    }
    Writer w = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    long n;
    try {
      n = switch (format) {
        case ACLED_CSV -> acled(q, w);
        case GDELT_TSV -> gdelt(q, w);
        case JSONL -> jsonl(q, w);
        case GEOJSON -> geojson(q, w);
        case PARQUET -> throw new IllegalStateException();
      };
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    w.flush();
    return n;
  }

  /** Writes a file in any format (parquet included); returns the row count. */
  public long writeFile(EventQuery q, ExportFormat format, Path file) throws IOException {
    if (format == ExportFormat.PARQUET) {
      return parquet(q, file);
    }
    try (OutputStream out = java.nio.file.Files.newOutputStream(file)) {
      return write(q, format, out);
    }
  }

  private long acled(EventQuery q, Writer w) throws IOException {
    w.write(ACLED_HEADER);
    w.write('\n');
    long[] n = {0};
    store.forEachEvent(q, e -> {
      List<String> row = acledRow(e);
      try {
        for (int i = 0; i < row.size(); i++) {
          if (i > 0) {
            w.write(',');
          }
          w.write(csv(row.get(i)));
        }
        w.write('\n');
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      n[0]++;
    });
    return n[0];
  }

  static List<String> acledRow(EventSummary e) {
    List<String> r = new ArrayList<>(17);
    r.add(Long.toString(e.id()));
    r.add(e.date() == null ? "" : e.date().toString());
    r.add(nz(e.acledType()));
    r.add(nz(e.acledSubtype()));
    r.add(nz(e.actor()));
    r.add(nz(e.recipient()));
    r.add(nz(e.country()));
    r.add(nz(e.place()));
    r.add(e.lat() == null ? "" : Double.toString(e.lat()));
    r.add(e.lon() == null ? "" : Double.toString(e.lon()));
    r.add(e.geoPrecision() == null ? "" : Integer.toString(acledPrecision(e.geoPrecision())));
    r.add(source(e));
    r.add(nz(e.sentence()).replaceAll("\\s+", " ").strip());
    r.add(Long.toString(e.numbers().getOrDefault("killed", 0L)));
    r.add(e.clusterId() == null ? "" : Long.toString(e.clusterId()));
    r.add(e.type());
    r.add(nz(e.url()));
    return r;
  }

  static int acledPrecision(String p) {
    return switch (p) {
      case "place", "city" -> 1;
      case "admin2", "district" -> 2;
      default -> 3;
    };
  }

  private static String source(EventSummary e) {
    return e.outlet() != null ? e.outlet() : nz(e.url());
  }

  static String csv(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private long gdelt(EventQuery q, Writer w) throws IOException {
    w.write(GDELT_HEADER);
    w.write('\n');
    long[] n = {0};
    store.forEachEvent(q, e -> {
      try {
        w.write(String.join("\t", gdeltRow(e, mentions(e))));
        w.write('\n');
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      n[0]++;
    });
    return n[0];
  }

  private int mentions(EventSummary e) {
    return store.event(e.id()).map(d -> Math.max(1, d.mentions().size())).orElse(1);
  }

  static List<String> gdeltRow(EventSummary e, int mentions) {
    String cameo = nz(e.cameo());
    String root = cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
    String base = cameo.length() >= 3 ? cameo.substring(0, 3) : cameo;
    List<String> r = new ArrayList<>(22);
    r.add(Long.toString(e.id()));
    r.add(e.date() == null ? "" : e.date().format(YMD));
    r.add(tsv(e.actor()));
    r.add(nz(e.actorCountry()));
    r.add(tsv(e.recipient()));
    r.add(nz(e.recipientCountry()));
    r.add(e.clusterId() != null && e.clusterId() == e.id() ? "1" : "0");
    r.add(cameo);
    r.add(base);
    r.add(root);
    r.add(quadClass(root));
    r.add(String.format(Locale.ROOT, "%.1f", scoreOf(e)));
    r.add(Integer.toString(mentions));
    r.add("1");
    r.add("1");
    r.add(e.geoPrecision() == null ? "0" : gdeltGeoType(e.geoPrecision()));
    r.add(tsv(e.place()));
    r.add(nz(e.country()));
    r.add(e.lat() == null ? "" : Double.toString(e.lat()));
    r.add(e.lon() == null ? "" : Double.toString(e.lon()));
    r.add(e.published() == null ? "" : e.published().format(YMD));
    r.add(tsv(e.url() != null ? e.url() : e.outlet()));
    return r;
  }

  private static double scoreOf(EventSummary e) {
    return e.score();
  }

  static String quadClass(String root) {
    if (root.isEmpty() || !root.chars().allMatch(Character::isDigit)) {
      return "";
    }
    int r = Integer.parseInt(root);
    return r <= 5 ? "1" : r <= 9 ? "2" : r <= 14 ? "3" : "4";
  }

  static String gdeltGeoType(String p) {
    return switch (p) {
      case "country" -> "1";
      case "admin1" -> "5";
      default -> "4";
    };
  }

  private static String tsv(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
  }

  private long jsonl(EventQuery q, Writer w) throws IOException {
    ObjectMapper m = RecordJson.mapper();
    long[] n = {0};
    List<EventSummary> group = new ArrayList<>();
    store.forEachEvent(q.withSort(EventQuery.Sort.ID_ASC), e -> {
      if (!group.isEmpty() && group.get(0).documentId() != e.documentId()) {
        writeRecord(m, group, w);
        n[0]++;
        group.clear();
      }
      group.add(e);
    });
    if (!group.isEmpty()) {
      writeRecord(m, group, w);
      n[0]++;
    }
    return n[0];
  }

  private void writeRecord(ObjectMapper m, List<EventSummary> events, Writer w) {
    EventSummary first = events.get(0);
    ObjectNode rec = m.createObjectNode();
    rec.put("schema", RecordJson.SCHEMA);
    ObjectNode doc = rec.putObject("doc");
    String key = store.document(first.documentId()).map(d -> d.summary().key()).orElse(null);
    doc.put("id", key);
    doc.put("lang", "ar");
    doc.put("published", first.published() == null ? null : first.published().toString());
    doc.put("title", first.title());
    doc.put("url", first.url());
    doc.put("outlet", first.outlet());
    ArrayNode ents = rec.putArray("entities");
    try (Connection c = store.connection();
         PreparedStatement ps = c.prepareStatement("SELECT local_id, type, text, start_off, end_off, name, country,"
             + " kb, lat, lon, sector, origin FROM entities WHERE document_id = ? ORDER BY start_off, local_id")) {
      ps.setLong(1, first.documentId());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ObjectNode e = ents.addObject();
          e.put("id", rs.getString(1));
          e.put("type", rs.getString(2));
          e.put("text", rs.getString(3));
          e.put("start", rs.getInt(4));
          e.put("end", rs.getInt(5));
          e.put("name", rs.getString(6));
          e.put("country", rs.getString(7));
          e.put("kb", rs.getString(8));
          e.put("lat", Rows.dbl(rs, "lat"));
          e.put("lon", Rows.dbl(rs, "lon"));
          e.put("sector", rs.getString(11));
          e.put("source", rs.getString(12));
        }
      }
      ArrayNode evs = rec.putArray("events");
      for (EventSummary e : events) {
        String r = store.eventRecord(e.id()).orElseThrow();
        JsonNode node = m.readTree(r);
        evs.add(node);
      }
      w.write(m.writeValueAsString(rec));
      w.write('\n');
    } catch (SQLException e) {
      throw new StoreException("export failed: " + Db.firstLine(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long geojson(EventQuery q, Writer w) throws IOException {
    ObjectMapper m = RecordJson.mapper();
    JsonGenerator g = m.getFactory().createGenerator(w);
    g.writeStartObject();
    g.writeStringField("type", "FeatureCollection");
    g.writeArrayFieldStart("features");
    long[] n = {0};
    store.forEachEvent(q, e -> {
      if (e.lat() == null || e.lon() == null) {
        return;
      }
      try {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeNumberField("id", e.id());
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(e.lon());
        g.writeNumber(e.lat());
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("event_date", e.date() == null ? null : e.date().toString());
        g.writeStringField("type", e.type());
        g.writeStringField("event_type", e.acledType());
        g.writeStringField("sub_event_type", e.acledSubtype());
        g.writeStringField("actor1", e.actor());
        g.writeStringField("actor2", e.recipient());
        g.writeStringField("country", e.country());
        g.writeStringField("location", e.place());
        g.writeStringField("geo_precision", e.geoPrecision());
        g.writeNumberField("fatalities", e.numbers().getOrDefault("killed", 0L));
        if (e.clusterId() == null) {
          g.writeNullField("cluster_id");
        } else {
          g.writeNumberField("cluster_id", e.clusterId());
        }
        g.writeStringField("source", source(e));
        g.writeStringField("url", e.url());
        g.writeStringField("notes", e.sentence());
        g.writeEndObject();
        g.writeEndObject();
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      n[0]++;
    });
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    w.write('\n');
    return n[0];
  }

  private long parquet(EventQuery q, Path file) throws IOException {
    String target = file.toAbsolutePath().toString();
    if (target.indexOf('\n') >= 0 || target.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("bad output file name");
    }
    String[] cols = ACLED_HEADER.split(",");
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement st = duck.createStatement()) {
        st.execute("CREATE TABLE export (event_id BIGINT, event_date DATE, event_type VARCHAR, sub_event_type VARCHAR,"
            + " actor1 VARCHAR, actor2 VARCHAR, country VARCHAR, location VARCHAR, latitude DOUBLE, longitude DOUBLE,"
            + " geo_precision INTEGER, source VARCHAR, notes VARCHAR, fatalities BIGINT, cluster_id BIGINT,"
            + " plover_type VARCHAR, url VARCHAR)");
      }
      long[] n = {0};
      try (PreparedStatement ps = duck.prepareStatement("INSERT INTO export VALUES (" + Rows.marks(cols.length)
          + ")")) {
        List<EventSummary> buf = new ArrayList<>();
        store.forEachEvent(q, e -> {
          buf.add(e);
          if (buf.size() >= 1000) {
            flush(ps, buf);
            n[0] += buf.size();
            buf.clear();
          }
        });
        flush(ps, buf);
        n[0] += buf.size();
      }
      try (Statement st = duck.createStatement()) {
        // COPY takes no bound parameter for its target: the path is quoted as an SQL string literal
        st.execute("COPY export TO '" + target.replace("'", "''") + "' (FORMAT parquet)");
      }
      return n[0];
    } catch (SQLException e) {
      throw new IOException("cannot write " + file + ": " + Db.firstLine(e), e);
    }
  }

  private static void flush(PreparedStatement ps, List<EventSummary> rows) {
    try {
      for (EventSummary e : rows) {
        int k = 1;
        ps.setLong(k++, e.id());
        Rows.date(ps, k++, e.date());
        Rows.str(ps, k++, e.acledType());
        Rows.str(ps, k++, e.acledSubtype());
        Rows.str(ps, k++, e.actor());
        Rows.str(ps, k++, e.recipient());
        Rows.str(ps, k++, e.country());
        Rows.str(ps, k++, e.place());
        Rows.dbl(ps, k++, e.lat());
        Rows.dbl(ps, k++, e.lon());
        Rows.lng(ps, k++, e.geoPrecision() == null ? null : (long) acledPrecision(e.geoPrecision()));
        Rows.str(ps, k++, source(e));
        Rows.str(ps, k++, e.sentence());
        ps.setLong(k++, e.numbers().getOrDefault("killed", 0L));
        Rows.lng(ps, k++, e.clusterId());
        Rows.str(ps, k++, e.type());
        Rows.str(ps, k, e.url());
        ps.addBatch();
      }
      if (!rows.isEmpty()) {
        ps.executeBatch();
      }
    } catch (SQLException e) {
      throw new StoreException("export failed: " + Db.firstLine(e), e);
    }
  }
}
