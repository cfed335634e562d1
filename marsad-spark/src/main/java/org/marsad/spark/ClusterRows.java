package org.marsad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.marsad.cluster.Cluster;
import org.marsad.cluster.Figures;
import org.marsad.json.RecordJson;

/**
 * The output layout of clusters: one row per cluster (Parquet) and the same as one JSON object per line.
 *
 * <p>Columns: {@code cluster_id} (the smallest member {@code uid}), {@code type}, {@code country} (the blocking
 * country), {@code first_day}/{@code last_day}, {@code size}, {@code members} (uids, ascending),
 * {@code events} ({@code docId#eventId} of each member, same order), {@code sources} (alphabetical),
 * {@code <kind>_low/_best/_high/_reports} for killed, injured, arrested, displaced, missing (see
 * {@link Figures}), and {@code json}.
 */
final class ClusterRows {
  static final StructType SCHEMA;

  static {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("cluster_id", DataTypes.LongType, false));
    f.add(DataTypes.createStructField("type", DataTypes.StringType, false));
    f.add(DataTypes.createStructField("country", DataTypes.StringType, false));
    f.add(DataTypes.createStructField("first_day", DataTypes.StringType, true));
    f.add(DataTypes.createStructField("last_day", DataTypes.StringType, true));
    f.add(DataTypes.createStructField("size", DataTypes.IntegerType, false));
    f.add(DataTypes.createStructField("members", DataTypes.createArrayType(DataTypes.LongType, false), false));
    f.add(DataTypes.createStructField("events", DataTypes.createArrayType(DataTypes.StringType, false), false));
    f.add(DataTypes.createStructField("sources", DataTypes.createArrayType(DataTypes.StringType, false), false));
    for (String k : EventRows.NUMBER_KINDS) {
      f.add(DataTypes.createStructField(k + "_low", DataTypes.LongType, true));
      f.add(DataTypes.createStructField(k + "_best", DataTypes.LongType, true));
      f.add(DataTypes.createStructField(k + "_high", DataTypes.LongType, true));
      f.add(DataTypes.createStructField(k + "_reports", DataTypes.IntegerType, true));
    }
    f.add(DataTypes.createStructField("json", DataTypes.StringType, false));
    SCHEMA = DataTypes.createStructType(f);
  }

  private ClusterRows() {
  }

  /** The row of cluster {@code c}; {@code members} are its members' facts in ascending uid order. */
  static Row row(Cluster c, List<ClusterFacts> members) {
    if (members.size() != c.members().size()) {
      throw new IllegalArgumentException("cluster " + c.id() + ": " + members.size() + " facts for "
          + c.members().size() + " members");
    }
    ClusterFacts first = members.get(0);
    String country = first.input().blockCountry();
    LocalDate lo = null;
    LocalDate hi = null;
    Long[] uids = new Long[members.size()];
    String[] refs = new String[members.size()];
    ObjectNode json = RecordJson.mapper().createObjectNode();
    json.put("id", c.id());
    json.put("type", first.type());
    json.put("country", country);
    ArrayNode evs = RecordJson.mapper().createArrayNode();
    for (int i = 0; i < members.size(); i++) {
      ClusterFacts m = members.get(i);
      if (m.uid() != c.members().get(i)) {
        throw new IllegalArgumentException("cluster " + c.id() + ": facts out of order");
      }
      uids[i] = m.uid();
      refs[i] = m.docId() + "#" + m.eventId();
      if (m.day() != null) {
        lo = lo == null || m.day().isBefore(lo) ? m.day() : lo;
        hi = hi == null || m.day().isAfter(hi) ? m.day() : hi;
      }
      ObjectNode e = evs.addObject();
      e.put("uid", m.uid());
      e.put("doc", m.docId());
      e.put("event", m.eventId());
    }
    json.put("first_day", lo == null ? null : lo.toString());
    json.put("last_day", hi == null ? null : hi.toString());
    json.put("size", members.size());
    json.set("events", evs);
    ObjectNode nums = json.putObject("numbers");
    List<Object> v = new ArrayList<>(SCHEMA.size());
    v.add(c.id());
    v.add(first.type());
    v.add(country);
    v.add(lo == null ? null : lo.toString());
    v.add(hi == null ? null : hi.toString());
    v.add(members.size());
    v.add(uids);
    v.add(refs);
    v.add(c.sources().toArray(new String[0]));
    for (String k : EventRows.NUMBER_KINDS) {
      Figures fig = c.numbers().get(k);
      v.add(fig == null ? null : fig.low());
      v.add(fig == null ? null : fig.best());
      v.add(fig == null ? null : fig.high());
      v.add(fig == null ? null : fig.reports());
    }
    for (Map.Entry<String, Figures> e : c.numbers().entrySet()) {
      ObjectNode n = nums.putObject(e.getKey());
      n.put("low", e.getValue().low());
      n.put("best", e.getValue().best());
      n.put("high", e.getValue().high());
      n.put("reports", e.getValue().reports());
    }
    ArrayNode src = json.putArray("sources");
    c.sources().forEach(src::add);
    try {
      v.add(RecordJson.mapper().writeValueAsString(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return RowFactory.create(v.toArray());
  }
}
