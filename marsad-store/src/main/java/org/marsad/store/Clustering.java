package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.marsad.cluster.Cluster;
import org.marsad.cluster.ClusterAssembly;
import org.marsad.cluster.ClusterInput;
import org.marsad.cluster.EventClusterer;
import org.marsad.cluster.Figures;
import org.marsad.model.Count;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Factuality;

/**
 * Incremental clustering inside the write transaction. New factual events are compared with each other and
 * with the stored events of their blocks (same type and block country, dates within the window), using the
 * {@link EventClusterer} rule; existing clusters they join are merged and renamed after their smallest id.
 * Because every new pair is compared once and links are unioned, the result equals clustering everything at
 * once, whatever the batch order.
 */
final class Clustering {
  /** A new event, its store ids and its clustering view. */
  record NewEvent(long id, long documentId, Document doc, Event event, LocalDate date) {
    ClusterInput input() {
      Map<String, Long> nums = new LinkedHashMap<>();
      for (Map.Entry<String, Count> e : event.numbers().entrySet()) {
        nums.put(e.getKey(), e.getValue().value());
      }
      return new ClusterInput(id, event.type(),
          event.actor() == null ? null : event.actor().country(),
          event.recipient() == null ? null : event.recipient().country(),
          event.location() == null ? null : event.location().country(),
          event.location() == null ? null : event.location().lat(),
          event.location() == null ? null : event.location().lon(),
          date, nums, sourceName(doc.outlet(), doc.url(), doc.id()));
    }
  }

  /** Which cluster each new event joins and which stored clusters get renamed. */
  record Plan(Map<Long, Long> assignment, Map<Long, Long> renames, Set<Long> finals) {
  }

  static String sourceName(String outlet, String url, String key) {
    if (outlet != null && !outlet.isBlank()) {
      return outlet;
    }
    if (url != null && !url.isBlank()) {
      return url;
    }
    return "doc:" + key;
  }

  private final EventClusterer clusterer;

  Clustering(EventClusterer clusterer) {
    this.clusterer = clusterer;
  }

  EventClusterer clusterer() {
    return clusterer;
  }

  Plan plan(Connection c, List<NewEvent> events) throws SQLException {
    List<ClusterInput> fresh = new ArrayList<>();
    for (NewEvent ne : events) {
      if (Writer.factuality(ne.event()) == Factuality.ASSERTED) {
        fresh.add(ne.input());
      }
    }
    Map<Long, Long> assignment = new HashMap<>();
    if (fresh.isEmpty()) {
      return new Plan(assignment, Map.of(), Set.of());
    }
    int window = clusterer.rule().windowDays();
    Map<String, LocalDate[]> ranges = new TreeMap<>();
    Set<String> undated = new TreeSet<>();
    for (ClusterInput e : fresh) {
      String key = e.type() + "\u0000" + e.blockCountry();
      if (e.date() == null) {
        undated.add(key);
        ranges.putIfAbsent(key, null);
        continue;
      }
      LocalDate[] r = ranges.get(key);
      if (r == null) {
        ranges.put(key, new LocalDate[] {e.date(), e.date()});
      } else {
        if (e.date().isBefore(r[0])) {
          r[0] = e.date();
        }
        if (e.date().isAfter(r[1])) {
          r[1] = e.date();
        }
      }
    }
    Map<Long, Long> oldCluster = new HashMap<>();
    List<ClusterInput> candidates = new ArrayList<>();
    String sql = "SELECT id, type, actor_country, recipient_country, country, lat, lon, event_date, cluster_id"
        + " FROM events WHERE type = ? AND block_country = ? AND cluster_id IS NOT NULL"
        + " AND ((event_date BETWEEN ? AND ?) OR (? = 1 AND event_date IS NULL))";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (Map.Entry<String, LocalDate[]> r : ranges.entrySet()) {
        String[] k = r.getKey().split("\u0000", 2);
        LocalDate[] d = r.getValue();
        ps.setString(1, k[0]);
        ps.setString(2, k[1]);
        Rows.date(ps, 3, d == null ? LocalDate.of(1, 1, 1) : d[0].minusDays(window));
        Rows.date(ps, 4, d == null ? LocalDate.of(1, 1, 1) : d[1].plusDays(window));
        ps.setInt(5, undated.contains(r.getKey()) ? 1 : 0);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long id = rs.getLong("id");
            candidates.add(new ClusterInput(id, rs.getString("type"), rs.getString("actor_country"),
                rs.getString("recipient_country"), rs.getString("country"), Rows.dbl(rs, "lat"),
                Rows.dbl(rs, "lon"), Rows.date(rs, "event_date"), Map.of(), null));
            oldCluster.put(id, rs.getLong("cluster_id"));
          }
        }
      }
    }
    ClusterAssembly asm = new ClusterAssembly();
    Set<Long> freshIds = new HashSet<>();
    for (ClusterInput e : fresh) {
      asm.add(e.id());
      freshIds.add(e.id());
    }
    for (ClusterInput e : candidates) {
      asm.link(e.id(), oldCluster.get(e.id()));
    }
    List<ClusterInput> all = new ArrayList<>(fresh);
    all.addAll(candidates);
    for (List<ClusterInput> block : clusterer.blocks(all).values()) {
      boolean hasFresh = false;
      for (ClusterInput e : block) {
        if (freshIds.contains(e.id())) {
          hasFresh = true;
          break;
        }
      }
      if (!hasFresh) {
        continue;
      }
      for (long[] l : clusterer.links(block)) {
        if (freshIds.contains(l[0]) || freshIds.contains(l[1])) {
          asm.link(l[0], l[1]);
        }
      }
    }
    Set<Long> finals = new TreeSet<>();
    for (ClusterInput e : fresh) {
      long root = asm.find(e.id());
      assignment.put(e.id(), root);
      finals.add(root);
    }
    Map<Long, Long> renames = new TreeMap<>();
    for (Long old : new TreeSet<>(oldCluster.values())) {
      long root = asm.find(old);
      if (root != old && finals.contains(root)) {
        renames.put(old, root);
      }
    }
    return new Plan(assignment, renames, finals);
  }

  /** Renames merged clusters and rewrites the summaries of every touched cluster; returns their number. */
  int apply(Connection c, Plan plan, Timestamp now) throws SQLException {
    if (plan.finals().isEmpty()) {
      return 0;
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE events SET cluster_id = ? WHERE cluster_id = ?")) {
      for (Map.Entry<Long, Long> r : plan.renames().entrySet()) {
        ps.setLong(1, r.getValue());
        ps.setLong(2, r.getKey());
        ps.addBatch();
      }
      if (!plan.renames().isEmpty()) {
        ps.executeBatch();
      }
    }
    List<Long> gone = new ArrayList<>(new TreeSet<>(plan.finals()));
    gone.addAll(plan.renames().keySet());
    for (String table : List.of("clusters", "cluster_numbers", "cluster_sources")) {
      String col = table.equals("clusters") ? "id" : "cluster_id";
      for (List<Long> chunk : Rows.chunks(gone, 500)) {
        try (PreparedStatement ps = c.prepareStatement(
            "DELETE FROM " + table + " WHERE " + col + " IN (" + Rows.marks(chunk.size()) + ")")) {
          Rows.bindAll(ps, 1, chunk);
          ps.executeUpdate();
        }
      }
    }
    List<Long> finals = new ArrayList<>(plan.finals());
    try (PreparedStatement pc = c.prepareStatement("INSERT INTO clusters (id, type, country, first_date, last_date,"
        + " lat, lon, events, documents, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
         PreparedStatement pn = c.prepareStatement("INSERT INTO cluster_numbers (cluster_id, kind, low, best, high,"
             + " reports) VALUES (?, ?, ?, ?, ?, ?)");
         PreparedStatement psrc = c.prepareStatement(
             "INSERT INTO cluster_sources (cluster_id, source) VALUES (?, ?)")) {
      for (List<Long> chunk : Rows.chunks(finals, 400)) {
        for (Member m : members(c, chunk).values()) {
          Cluster cl = ClusterAssembly.summarise(m.clusterId, m.inputs);
          pc.setLong(1, cl.id());
          pc.setString(2, m.type);
          pc.setString(3, m.country);
          Rows.date(pc, 4, m.first);
          Rows.date(pc, 5, m.last);
          Rows.dbl(pc, 6, m.located == 0 ? null : m.latSum / m.located);
          Rows.dbl(pc, 7, m.located == 0 ? null : m.lonSum / m.located);
          pc.setInt(8, m.inputs.size());
          pc.setInt(9, m.documents.size());
          pc.setTimestamp(10, now);
          pc.addBatch();
          for (Map.Entry<String, Figures> f : cl.numbers().entrySet()) {
            pn.setLong(1, cl.id());
            pn.setString(2, f.getKey());
            pn.setLong(3, f.getValue().low());
            pn.setLong(4, f.getValue().best());
            pn.setLong(5, f.getValue().high());
            pn.setInt(6, f.getValue().reports());
            pn.addBatch();
          }
          for (String s : cl.sources()) {
            psrc.setLong(1, cl.id());
            psrc.setString(2, s);
            psrc.addBatch();
          }
        }
      }
      pc.executeBatch();
      pn.executeBatch();
      psrc.executeBatch();
    }
    return finals.size();
  }

  /** The members of one cluster, as loaded for its summary. */
  private static final class Member {
    final long clusterId;
    final List<ClusterInput> inputs = new ArrayList<>();
    final Set<Long> documents = new HashSet<>();
    String type;
    String country;
    LocalDate first;
    LocalDate last;
    double latSum;
    double lonSum;
    int located;

    Member(long clusterId) {
      this.clusterId = clusterId;
    }
  }

  private static Map<Long, Member> members(Connection c, List<Long> clusterIds) throws SQLException {
    Map<Long, Map<String, Long>> numbers = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT n.event_id, n.kind, n.value FROM event_numbers n"
        + " JOIN events e ON e.id = n.event_id WHERE e.cluster_id IN (" + Rows.marks(clusterIds.size()) + ")")) {
      Rows.bindAll(ps, 1, clusterIds);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          numbers.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
        }
      }
    }
    Map<Long, Member> out = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.cluster_id, e.type, e.block_country, e.lat,"
        + " e.lon, e.event_date, e.document_id, d.outlet, d.url, d.doc_key FROM events e"
        + " JOIN documents d ON d.id = e.document_id WHERE e.cluster_id IN (" + Rows.marks(clusterIds.size()) + ")"
        + " ORDER BY e.id")) {
      Rows.bindAll(ps, 1, clusterIds);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong("id");
          Member m = out.computeIfAbsent(rs.getLong("cluster_id"), Member::new);
          if (m.type == null) {
            m.type = rs.getString("type");
            m.country = rs.getString("block_country");
          }
          LocalDate d = Rows.date(rs, "event_date");
          if (d != null) {
            m.first = m.first == null || d.isBefore(m.first) ? d : m.first;
            m.last = m.last == null || d.isAfter(m.last) ? d : m.last;
          }
          Double lat = Rows.dbl(rs, "lat");
          Double lon = Rows.dbl(rs, "lon");
          if (lat != null && lon != null) {
            m.latSum += lat;
            m.lonSum += lon;
            m.located++;
          }
          m.documents.add(rs.getLong("document_id"));
          m.inputs.add(new ClusterInput(id, m.type, null, null, null, lat, lon, d,
              numbers.getOrDefault(id, Map.of()),
              sourceName(rs.getString("outlet"), rs.getString("url"), rs.getString("doc_key"))));
        }
      }
    }
    return out;
  }
}
