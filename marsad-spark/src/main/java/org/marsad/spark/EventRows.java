package org.marsad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.marsad.json.RecordJson;
import org.marsad.model.Document;

/**
 * The Parquet layout of events: one row per event, the marsad/1 event flattened into columns, plus the
 * event's full JSON. Column names are {@code <object>_<field>} of the marsad/1 event ({@code actor_country},
 * {@code location_lat}, {@code date_value} ...); see docs/spark.md for the list.
 *
 * <p>Columns not in marsad/1: {@code uid}, the event's number in this run ({@code lineNo * 10000 + k},
 * so earlier articles have smaller numbers, as marsad-store's ids); {@code day} and {@code source}, what
 * clustering reads ({@link ClusterFacts}), computed as marsad-store does; {@code cluster_id}, the cluster
 * the event belongs to (asserted events only).
 */
final class EventRows {
  /** Events kept per document; also the multiplier of {@code uid}. */
  static final int MAX_EVENTS_PER_DOC = 10_000;
  /** The number kinds of marsad/1, each a column. */
  static final List<String> NUMBER_KINDS = List.of("killed", "injured", "arrested", "displaced", "missing");

  /** The rows the extraction makes. */
  static final StructType SCHEMA;
  /** The rows written: {@link #SCHEMA} and {@code cluster_id} (null for events not clustered). */
  static final StructType OUTPUT_SCHEMA;

  static {
    List<StructField> f = new ArrayList<>();
    f.add(col("uid", DataTypes.LongType, false));
    f.add(col("doc_id", DataTypes.StringType, false));
    for (String c : List.of("doc_published", "doc_outlet", "doc_url", "event_id", "type", "mode", "cameo",
        "acled_type", "acled_subtype")) {
      f.add(col(c, DataTypes.StringType, true));
    }
    f.add(col("score", DataTypes.DoubleType, true));
    f.add(col("factuality", DataTypes.StringType, true));
    f.add(col("trigger_text", DataTypes.StringType, true));
    f.add(col("trigger_start", DataTypes.IntegerType, true));
    f.add(col("trigger_end", DataTypes.IntegerType, true));
    for (String p : List.of("actor", "recipient")) {
      for (String c : List.of("text", "name", "country", "sector")) {
        f.add(col(p + "_" + c, DataTypes.StringType, true));
      }
    }
    for (String c : List.of("text", "name", "country")) {
      f.add(col("location_" + c, DataTypes.StringType, true));
    }
    f.add(col("location_lat", DataTypes.DoubleType, true));
    f.add(col("location_lon", DataTypes.DoubleType, true));
    f.add(col("location_precision", DataTypes.StringType, true));
    f.add(col("location_geonames", DataTypes.LongType, true));
    for (String c : List.of("value", "precision", "basis")) {
      f.add(col("date_" + c, DataTypes.StringType, true));
    }
    for (String k : NUMBER_KINDS) {
      f.add(col(k, DataTypes.LongType, true));
      f.add(col(k + "_qualifier", DataTypes.StringType, true));
      f.add(col(k + "_civilians", DataTypes.LongType, true));
    }
    f.add(col("confidence", DataTypes.DoubleType, true));
    f.add(col("day", DataTypes.StringType, true));
    f.add(col("source", DataTypes.StringType, true));
    f.add(col("json", DataTypes.StringType, false));
    SCHEMA = DataTypes.createStructType(f);
    f.add(col("cluster_id", DataTypes.LongType, true));
    OUTPUT_SCHEMA = DataTypes.createStructType(f);
  }

  /** Whether clustering takes this event: only asserted events, as in marsad-store. */
  static boolean clustered(Row r) {
    return "asserted".equals(r.getString(FACTUALITY));
  }

  /** {@code r} with its cluster id appended ({@link #OUTPUT_SCHEMA}). */
  static Row withCluster(Row r, Long clusterId) {
    Object[] v = new Object[r.size() + 1];
    for (int i = 0; i < r.size(); i++) {
      v[i] = r.get(i);
    }
    v[r.size()] = clusterId;
    return RowFactory.create(v);
  }

  private static final int FACTUALITY = index("factuality");

  /** The position of column {@code name}. */
  static int index(String name) {
    return SCHEMA.fieldIndex(name);
  }

  private EventRows() {
  }

  private static StructField col(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  /** The row of event {@code ev} (a marsad/1 event object) of document {@code doc}. */
  static Row row(long uid, Document doc, JsonNode ev) {
    List<Object> v = new ArrayList<>(SCHEMA.size());
    v.add(uid);
    v.add(doc.id());
    v.add(doc.published() == null ? null : doc.published().toString());
    v.add(doc.outlet());
    v.add(doc.url());
    v.add(text(ev, "id"));
    v.add(text(ev, "type"));
    v.add(text(ev, "mode"));
    v.add(text(ev, "cameo"));
    v.add(text(ev.path("acled"), "type"));
    v.add(text(ev.path("acled"), "subtype"));
    v.add(dbl(ev, "score"));
    v.add(text(ev, "factuality"));
    v.add(text(ev.path("trigger"), "text"));
    v.add(integer(ev.path("trigger"), "start"));
    v.add(integer(ev.path("trigger"), "end"));
    for (String p : List.of("actor", "recipient")) {
      for (String c : List.of("text", "name", "country", "sector")) {
        v.add(text(ev.path(p), c));
      }
    }
    JsonNode loc = ev.path("location");
    v.add(text(loc, "text"));
    v.add(text(loc, "name"));
    v.add(text(loc, "country"));
    v.add(dbl(loc, "lat"));
    v.add(dbl(loc, "lon"));
    v.add(text(loc, "precision"));
    v.add(lng(loc, "geonames"));
    for (String c : List.of("value", "precision", "basis")) {
      v.add(text(ev.path("date"), c));
    }
    for (String k : NUMBER_KINDS) {
      JsonNode num = ev.path("numbers").path(k);
      v.add(lng(num, "value"));
      v.add(text(num, "qualifier"));
      v.add(lng(num, "civilians"));
    }
    v.add(dbl(ev, "confidence"));
    LocalDate day = day(text(ev.path("date"), "value"), doc.published());
    v.add(day == null ? null : day.toString());
    v.add(source(doc));
    try {
      v.add(RecordJson.mapper().writeValueAsString(ev));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return RowFactory.create(v.toArray());
  }

  /**
   * The day clustering compares, as marsad-store computes it: the event's date (a month or a year: its first
   * day), else the publication day, else null.
   */
  static LocalDate day(String dateValue, LocalDate published) {
    if (dateValue != null) {
      try {
        if (dateValue.length() >= 10) {
          return LocalDate.parse(dateValue.substring(0, 10));
        }
        if (dateValue.length() == 7) {
          return LocalDate.parse(dateValue + "-01");
        }
        if (dateValue.length() == 4) {
          return LocalDate.parse(dateValue + "-01-01");
        }
      } catch (DateTimeParseException e) {
        // fall through to the publication day
      }
    }
    return published;
  }

  /** Who reported it, as marsad-store names it: the outlet, else the URL, else {@code doc:<id>}. */
  static String source(Document doc) {
    if (doc.outlet() != null && !doc.outlet().isBlank()) {
      return doc.outlet();
    }
    if (doc.url() != null && !doc.url().isBlank()) {
      return doc.url();
    }
    return "doc:" + doc.id();
  }

  private static String text(JsonNode n, String f) {
    JsonNode x = n.get(f);
    return x == null || x.isNull() ? null : x.asText();
  }

  private static Double dbl(JsonNode n, String f) {
    JsonNode x = n.get(f);
    return x == null || x.isNull() || !x.isNumber() ? null : x.asDouble();
  }

  private static Long lng(JsonNode n, String f) {
    JsonNode x = n.get(f);
    return x == null || x.isNull() || !x.isNumber() ? null : x.asLong();
  }

  private static Integer integer(JsonNode n, String f) {
    JsonNode x = n.get(f);
    return x == null || x.isNull() || !x.isNumber() ? null : x.asInt();
  }
}
