package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.cluster.Cluster;
import org.marsad.cluster.ClusterInput;
import org.marsad.cluster.EventClusterer;

/** Checks a store's invariants after crashes and re-runs. */
final class Consistency {
  private Consistency() {
  }

  static long one(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** No duplicates, no orphans, every factual event clustered, cluster rows match their members. */
  static void check(EventStore s) throws SQLException {
    try (Connection c = s.connection()) {
      assertThat(one(c, "SELECT COUNT(*) - COUNT(DISTINCT content_hash) FROM documents")).as("duplicate texts")
          .isZero();
      assertThat(one(c, "SELECT COUNT(url) - COUNT(DISTINCT url) FROM documents")).as("duplicate urls").isZero();
      assertThat(one(c, "SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM documents d"
          + " WHERE d.id = e.document_id)")).as("orphan events").isZero();
      assertThat(one(c, "SELECT COUNT(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM events e"
          + " WHERE e.id = m.event_id)")).as("orphan mentions").isZero();
      assertThat(one(c, "SELECT COUNT(*) FROM events WHERE factuality = 'asserted' AND cluster_id IS NULL"))
          .as("unclustered factual events").isZero();
      assertThat(one(c, "SELECT COUNT(*) FROM events WHERE factuality = 'asserted' AND component_id IS NULL"))
          .as("factual events without a component").isZero();
      assertThat(one(c, "SELECT COUNT(*) FROM (SELECT cluster_id FROM events WHERE cluster_id IS NOT NULL"
          + " GROUP BY cluster_id HAVING COUNT(DISTINCT component_id) > 1) x")).as("clusters across components")
          .isZero();
      assertThat(one(c, "SELECT COUNT(*) FROM (SELECT id FROM clusters GROUP BY id HAVING COUNT(*) > 1) x"))
          .as("duplicate cluster rows").isZero();
      assertThat(one(c, "SELECT COUNT(*) FROM (SELECT DISTINCT cluster_id FROM events WHERE cluster_id IS NOT NULL)"
          + " x WHERE x.cluster_id NOT IN (SELECT id FROM clusters)")).as("clusters without a row").isZero();
      assertThat(one(c, "SELECT COUNT(*) FROM clusters k WHERE k.events <> (SELECT COUNT(*) FROM events e"
          + " WHERE e.cluster_id = k.id)")).as("stale cluster sizes").isZero();
      assertThat(one(c, "SELECT COUNT(*) FROM clusters k WHERE k.id <> (SELECT MIN(e.id) FROM events e"
          + " WHERE e.cluster_id = k.id)")).as("cluster not named after its smallest member").isZero();
      Map<Long, Map<String, Long>> numbers = numbers(c);
      try (Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("SELECT id, numbers FROM events WHERE numbers IS NOT NULL")) {
        while (rs.next()) {
          assertThat(NumbersColumn.decode(rs.getString(2))).as("numbers column of event " + rs.getLong(1))
              .isEqualTo(numbers.getOrDefault(rs.getLong(1), Map.of()));
        }
      }
    }
  }

  private static Map<Long, Map<String, Long>> numbers(Connection c) throws SQLException {
    Map<Long, Map<String, Long>> out = new HashMap<>();
    try (Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT event_id, kind, value FROM event_numbers")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
      }
    }
    return out;
  }

  /** The stored clustering equals clustering every stored factual event at once with the same rule. */
  static void matchesBatchClustering(EventStore s) throws SQLException {
    List<ClusterInput> inputs = new ArrayList<>();
    Map<Long, Long> stored = new HashMap<>();
    Map<Long, Long> storedComponent = new HashMap<>();
    try (Connection c = s.connection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT " + Clustering.FACTS + " FROM events e"
             + " WHERE e.factuality = 'asserted'")) {
      Map<Long, Map<String, Long>> numbers = numbers(c);
      while (rs.next()) {
        inputs.add(Clustering.input(rs, numbers));
        stored.put(rs.getLong("id"), rs.getLong("cluster_id"));
        storedComponent.put(rs.getLong("id"), rs.getLong("component_id"));
      }
    }
    // components: single linkage over the blocks, as step 1 of EventClusterer
    org.marsad.cluster.ClusterAssembly asm = new org.marsad.cluster.ClusterAssembly();
    inputs.forEach(e -> asm.add(e.id()));
    for (List<ClusterInput> block : EventClusterer.standard().blocks(inputs).values()) {
      for (long[] l : EventClusterer.standard().links(block)) {
        asm.link(l[0], l[1]);
      }
    }
    Map<Long, Long> fullComponent = new HashMap<>();
    asm.components().forEach((root, ms) -> ms.forEach(m -> fullComponent.put(m, root)));
    assertThat(storedComponent).as("components").isEqualTo(fullComponent);
    Set<List<Long>> batch = new java.util.HashSet<>();
    for (Cluster k : EventClusterer.standard().cluster(inputs)) {
      batch.add(k.members());
    }
    Map<Long, TreeSet<Long>> byCluster = new HashMap<>();
    stored.forEach((e, k) -> byCluster.computeIfAbsent(k, x -> new TreeSet<>()).add(e));
    Set<List<Long>> incremental = new java.util.HashSet<>();
    byCluster.values().forEach(m -> incremental.add(new ArrayList<>(m)));
    assertThat(incremental).isEqualTo(batch);
  }
}
