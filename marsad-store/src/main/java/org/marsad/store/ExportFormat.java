package org.marsad.store;

import java.util.Locale;

/** Export formats of {@link Exporter}. */
public enum ExportFormat {
  /** ACLED-like CSV, one row per event report. */
  ACLED_CSV("acled-csv"),
  /** GDELT-2.0-like tab-separated events, one row per event report. */
  GDELT_TSV("gdelt-tsv"),
  /** marsad/1 records, one line per article, with the matching events. */
  JSONL("jsonl"),
  /** A GeoJSON FeatureCollection of the located events. */
  GEOJSON("geojson"),
  /** Parquet (written by DuckDB) with the ACLED columns and Marsad's own. */
  PARQUET("parquet");

  private final String id;

  ExportFormat(String id) {
    this.id = id;
  }

  /** The command-line name. */
  public String id() {
    return id;
  }

  /** Parses a command-line name. */
  public static ExportFormat parse(String s) {
    for (ExportFormat f : values()) {
      if (f.id.equals(s.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + s + "' (acled-csv, gdelt-tsv, jsonl, geojson, parquet)");
  }
}
