package org.marsad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;
import org.marsad.store.StoreException;
import picocli.CommandLine.Option;

/** Options shared by the store commands: the database and the event filters. */
final class StoreOptions {
  /** Exit code: the database failed (locked, unreachable, damaged). */
  static final int STORE_ERROR = 3;

  @Option(names = "--db", paramLabel = "FILE|JDBC-URL",
      description = "DuckDB file, or jdbc:postgresql://host/db?user=..&password=.. (default: ~/.marsad/marsad.duckdb)")
  String db;

  String spec() {
    return db != null ? db : EventStore.defaultSpec();
  }

  /** Opens the store, or prints one line and returns null. */
  EventStore open(PrintWriter err, String command) {
    try {
      return EventStore.open(spec());
    } catch (StoreException e) {
      err.println("marsad " + command + ": " + Main.oneLine(e));
      return null;
    }
  }

  /** Event filters. */
  static final class Filters {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first event day")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last event day")
    String to;

    @Option(names = "--country", paramLabel = "ISO3", description = "country of the event (e.g. SYR)")
    String country;

    @Option(names = "--type", paramLabel = "PLOVER", description = "PLOVER event type (e.g. ASSAULT, PROTEST)")
    String type;

    @Option(names = "--actor", paramLabel = "NAME|ISO3", description = "actor or recipient: country code or words of the name")
    String actor;

    @Option(names = "--text", paramLabel = "QUERY", description = "only events of articles matching this full-text query")
    String text;

    @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat", description = "only events inside this box")
    String bbox;

    @Option(names = "--all-factuality", description = "include negated, hypothetical, demanded and historical events")
    boolean allFactuality;

    /** The query, or throws IllegalArgumentException with a one-line reason. */
    EventQuery query() {
      EventQuery q = EventQuery.all().withDates(day(from, "--from"), day(to, "--to")).withCountry(country)
          .withType(type).withActor(actor).withText(text).withFactual(!allFactuality);
      if (bbox != null) {
        q = q.withBBox(EventQuery.BBox.parse(bbox));
      }
      return q;
    }

    private static LocalDate day(String s, String option) {
      if (s == null) {
        return null;
      }
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(option + " must be YYYY-MM-DD, not '" + s + "'");
      }
    }
  }
}
