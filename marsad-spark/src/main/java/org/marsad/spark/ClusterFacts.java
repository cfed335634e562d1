package org.marsad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.marsad.cluster.ClusterInput;

/**
 * The serializable form of a {@link ClusterInput} that Spark ships between executors, plus the event's
 * reference ({@code docId}, {@code eventId}) for the output.
 */
record ClusterFacts(long uid, String docId, String eventId, String type, String actorCountry,
                    String recipientCountry, String placeCountry, Double lat, Double lon, LocalDate day,
                    LinkedHashMap<String, Long> numbers, String source) implements Serializable {

  private static final int UID = EventRows.index("uid");
  private static final int DOC = EventRows.index("doc_id");
  private static final int EVENT = EventRows.index("event_id");
  private static final int TYPE = EventRows.index("type");
  private static final int ACTOR = EventRows.index("actor_country");
  private static final int RECIPIENT = EventRows.index("recipient_country");
  private static final int PLACE = EventRows.index("location_country");
  private static final int LAT = EventRows.index("location_lat");
  private static final int LON = EventRows.index("location_lon");
  private static final int DAY = EventRows.index("day");
  private static final int SOURCE = EventRows.index("source");

  /** The facts of an event row ({@link EventRows#SCHEMA}). */
  static ClusterFacts of(Row r) {
    LinkedHashMap<String, Long> numbers = new LinkedHashMap<>();
    for (String k : EventRows.NUMBER_KINDS) {
      int i = EventRows.index(k);
      if (!r.isNullAt(i)) {
        numbers.put(k, r.getLong(i));
      }
    }
    return new ClusterFacts(r.getLong(UID), r.getString(DOC), r.getString(EVENT), r.getString(TYPE),
        r.getString(ACTOR), r.getString(RECIPIENT), r.getString(PLACE),
        r.isNullAt(LAT) ? null : r.getDouble(LAT), r.isNullAt(LON) ? null : r.getDouble(LON),
        r.isNullAt(DAY) ? null : LocalDate.parse(r.getString(DAY)), numbers, r.getString(SOURCE));
  }

  /** What {@code org.marsad.cluster} reads. */
  ClusterInput input() {
    return new ClusterInput(uid, type, actorCountry, recipientCountry, placeCountry, lat, lon, day,
        Map.copyOf(numbers), source);
  }
}
