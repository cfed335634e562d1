package org.marsad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.marsad.cluster.ClusterInput;

/**
 * The serializable form of a {@link ClusterInput} that Spark ships between executors, plus the event's
 * reference ({@code docId}, {@code eventId}) for the output. Participants and places are named as
 * marsad-store names them (knowledge-base name, else the words of the text).
 */
record ClusterFacts(long uid, String docId, String eventId, String type, String actor, String actorCountry,
                    String actorSector, String recipient, String recipientCountry, String recipientSector,
                    String place, String placeCountry, String placePrecision, Double lat, Double lon, LocalDate day, String dayBasis,
                    LinkedHashMap<String, Long> numbers, String source) implements Serializable {

  private static final int UID = EventRows.index("uid");
  private static final int DOC = EventRows.index("doc_id");
  private static final int EVENT = EventRows.index("event_id");
  private static final int TYPE = EventRows.index("type");
  private static final int PLACE = EventRows.index("location_country");
  private static final int LAT = EventRows.index("location_lat");
  private static final int LON = EventRows.index("location_lon");
  private static final int PRECISION = EventRows.index("location_precision");
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
        named(r, "actor"), r.getString(EventRows.index("actor_country")), r.getString(EventRows.index("actor_sector")),
        named(r, "recipient"), r.getString(EventRows.index("recipient_country")),
        r.getString(EventRows.index("recipient_sector")), named(r, "location"), r.getString(PLACE),
        r.getString(PRECISION), r.isNullAt(LAT) ? null : r.getDouble(LAT), r.isNullAt(LON) ? null : r.getDouble(LON),
        r.isNullAt(DAY) ? null : LocalDate.parse(r.getString(DAY)),
        ClusterInput.basisOf(r.getString(EventRows.index("date_precision")), r.getString(EventRows.index("date_basis"))),
        numbers, r.getString(SOURCE));
  }

  /** The name of a participant or place, else its text (as marsad-store keeps it). */
  private static String named(Row r, String prefix) {
    String name = r.getString(EventRows.index(prefix + "_name"));
    return name != null ? name : r.getString(EventRows.index(prefix + "_text"));
  }

  /** What {@code org.marsad.cluster} reads. */
  ClusterInput input() {
    return new ClusterInput(uid, docId, type, new ClusterInput.Party(actor, actorCountry, actorSector),
        new ClusterInput.Party(recipient, recipientCountry, recipientSector),
        new ClusterInput.Site(place, placeCountry, placePrecision, lat, lon), day, dayBasis, Map.copyOf(numbers),
        source);
  }
}
