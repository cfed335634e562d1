package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.marsad.cluster.Cluster;
import org.marsad.cluster.ClusterInput;
import org.marsad.cluster.EventClusterer;
import scala.Tuple2;

/**
 * The distributed clustering equals {@link EventClusterer} on one machine, on data built to stress the
 * date-window blocking: dates piled on bucket boundaries, chains of reports that link across many buckets,
 * unknown countries, dates and coordinates.
 */
class DistributedClusteringTest {
  private static final int WINDOW = EventClusterer.standard().rule().windowDays();

  /** Places: two pairs under 50 km apart, the rest far from each other. */
  private static final double[][] COORDS = {{36.20, 37.16}, {36.40, 37.10}, {35.93, 36.63}, {33.51, 36.29},
      {33.30, 44.40}, {33.45, 44.30}, {36.34, 43.13}};

  /** Through the distributed connected components, and through the driver-side assembly: both must agree. */
  private static List<String> distributed(List<ClusterFacts> facts) {
    List<String> viaComponents = distributed(facts, 0);
    assertThat(distributed(facts, DistributedClustering.DRIVER_ASSEMBLY_MAX_LINKS)).isEqualTo(viaComponents);
    return viaComponents;
  }

  private static List<String> distributed(List<ClusterFacts> facts, long driverAssemblyMaxLinks) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext());
    int json = ClusterRows.SCHEMA.fieldIndex("json");
    List<Row> rows = new ArrayList<>(DistributedClustering.clusterRows(jsc.parallelize(facts, 4), 3,
        driverAssemblyMaxLinks).collect());
    rows.sort(Comparator.comparingLong(r -> r.getLong(0)));
    return rows.stream().map(r -> r.getString(json)).toList();
  }

  private static List<String> singleMachine(List<ClusterFacts> facts) {
    Map<Long, ClusterFacts> byUid = new HashMap<>();
    List<ClusterInput> inputs = new ArrayList<>();
    for (ClusterFacts f : facts) {
      byUid.put(f.uid(), f);
      inputs.add(f.input());
    }
    int json = ClusterRows.SCHEMA.fieldIndex("json");
    List<String> out = new ArrayList<>();
    for (Cluster c : EventClusterer.standard().cluster(inputs)) {
      List<ClusterFacts> ms = c.members().stream().map(byUid::get).toList();
      out.add(ClusterRows.row(c, ms).getString(json));
    }
    return out;
  }

  private static ClusterFacts fact(long uid, String type, String country, double[] at, LocalDate day, long killed,
                                   String source) {
    LinkedHashMap<String, Long> nums = new LinkedHashMap<>();
    if (killed >= 0) {
      nums.put("killed", killed);
    }
    return new ClusterFacts(uid, "doc" + uid, "V1", type, null, null, null, null, null, null, null, country,
        at == null ? null : "city", at == null ? null : at[0], at == null ? null : at[1], day, "published", nums, source);
  }

  @Test
  void aChainOfReportsAcrossManyDateBucketsIsClusteredAsOnOneMachine() {
    List<Long> uids = new ArrayList<>();
    for (long i = 0; i < 40; i++) {
      uids.add(1000 + i * 7);
    }
    Collections.shuffle(uids, new Random(3));
    List<ClusterFacts> facts = new ArrayList<>();
    LocalDate d = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < 40; i++) {
      facts.add(fact(uids.get(i), "ASSAULT", "SYR", COORDS[0], d.plusDays((long) i * WINDOW), 10 + i % 5, "s" + i % 3));
    }
    // and an unrelated report just out of reach of the chain's last day
    facts.add(fact(5, "ASSAULT", "SYR", COORDS[0], d.plusDays(39L * WINDOW + WINDOW + 1), 1, "other"));
    List<String> got = distributed(facts);
    assertThat(got).containsExactlyElementsOf(singleMachine(facts));
    // one component across 40 buckets, refined into events no longer than the window: neighbours pair up
    assertThat(got).allSatisfy(j -> assertThat(j).containsAnyOf("\"size\":1,", "\"size\":2,"));
    assertThat(got.stream().filter(j -> j.contains("\"size\":2,")).count()).isBetween(12L, 20L);
  }

  @Test
  void boundaryHeavyRandomDataEqualsTheSingleMachineClustering() {
    for (long seed = 1; seed <= 3; seed++) {
      Random r = new Random(seed);
      List<ClusterFacts> facts = new ArrayList<>();
      LocalDate base = LocalDate.ofEpochDay(19_700 - 19_700 % (WINDOW + 1));
      for (int i = 0; i < 400; i++) {
        long bucket = r.nextInt(12);
        // the last day of a bucket or the first of the next: pairs straddle boundaries
        long offset = r.nextBoolean() ? WINDOW : WINDOW + 1;
        LocalDate day = r.nextInt(20) == 0 ? null : base.plusDays(bucket * (WINDOW + 1) + offset);
        String type = r.nextInt(4) == 0 ? "PROTEST" : "ASSAULT";
        String country = r.nextInt(10) == 0 ? null : (r.nextBoolean() ? "SYR" : "IRQ");
        double[] at = r.nextInt(8) == 0 ? null : COORDS[r.nextInt(COORDS.length)];
        facts.add(fact(r.nextInt(1_000_000) * 10L + i % 10, type, country, at, day,
            r.nextInt(3) == 0 ? -1 : r.nextInt(30), "outlet" + r.nextInt(5)));
      }
      Map<Long, ClusterFacts> unique = new LinkedHashMap<>();
      facts.forEach(f -> unique.putIfAbsent(f.uid(), f));
      List<ClusterFacts> in = new ArrayList<>(unique.values());
      List<String> expected = singleMachine(in);
      assertThat(distributed(in)).as("seed " + seed).containsExactlyElementsOf(expected);
      assertThat(expected.stream().filter(j -> !j.contains("\"size\":1,")).count()).as("multi-report clusters")
          .isGreaterThan(20);
    }
  }

  @Test
  void connectedComponentsLabelEveryNodeWithTheSmallestOfItsComponent() {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext());
    List<Long> path = new ArrayList<>();
    for (long i = 0; i < 300; i++) {
      path.add(100 + i);
    }
    Collections.shuffle(path, new Random(5));
    List<Tuple2<Long, Long>> edges = new ArrayList<>();
    for (int i = 0; i + 1 < path.size(); i++) {
      edges.add(new Tuple2<>(path.get(i), path.get(i + 1)));
    }
    edges.add(new Tuple2<>(7L, 9L));
    edges.add(new Tuple2<>(9L, 8L));
    Map<Long, Long> labels = ConnectedComponents.labels(jsc.parallelizePairs(edges, 3), 3).collectAsMap();
    assertThat(labels).hasSize(303);
    assertThat(labels.get(7L)).isEqualTo(7L);
    assertThat(labels.get(8L)).isEqualTo(7L);
    assertThat(labels.get(9L)).isEqualTo(7L);
    for (Long n : path) {
      assertThat(labels.get(n)).isEqualTo(100L);
    }
  }
}
