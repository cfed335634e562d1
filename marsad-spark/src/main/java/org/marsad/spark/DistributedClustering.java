package org.marsad.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.marsad.cluster.ClusterAssembly;
import org.marsad.cluster.ClusterInput;
import org.marsad.cluster.EventClusterer;
import scala.Tuple2;

/**
 * Cross-article clustering as a distributed step, with exactly the rules of {@link EventClusterer} (what
 * marsad-store runs on one machine), and the same result.
 *
 * <ol>
 *   <li><b>Block</b>: each event goes to its {@link org.marsad.cluster.ClusterRule#blockKeys block keys}
 *       {@code type|country|dateBucket}: its own date bucket and the next, so two events at most
 *       {@code windowDays} apart always share a block, also across a bucket boundary.</li>
 *   <li><b>Link</b>: in each block, {@link EventClusterer#links} compares every pair with the same rule; the
 *       matches are reduced to a spanning star per local component (same connectivity, fewer edges). A pair
 *       met in two blocks gives the same link twice, which changes nothing.</li>
 *   <li><b>Assemble</b>: the links of all blocks are unioned (an event in two blocks bridges them; chains of
 *       such events may span many buckets), each component named after its smallest uid: on the driver with
 *       {@link ClusterAssembly} itself while the links are few (up to {@link #DRIVER_ASSEMBLY_MAX_LINKS}),
 *       else by the distributed {@link ConnectedComponents}. Events without any link are their own cluster.</li>
 *   <li><b>Refine</b>: each component is split into clusters by {@link EventClusterer#refine} (complete
 *       linkage, one event per article), which depends only on the component's members.</li>
 *   <li><b>Summarise</b>: each cluster is summarised by {@link ClusterAssembly#summarise} (low/best/high,
 *       sources).</li>
 * </ol>
 * Since the single-machine clusterer is also the union of the same links over the same blocks, the
 * components and their summaries are equal (the tests check this on boundary-heavy data).
 */
final class DistributedClustering {
  /**
   * Up to this many links (2 longs each), the assembly runs on the driver with {@link ClusterAssembly}
   * (one pass; about 100 MB of driver heap per million links); above it, distributed.
   */
  static final long DRIVER_ASSEMBLY_MAX_LINKS = 2_000_000;

  private DistributedClustering() {
  }

  /** What clustering a run produced. */
  record Result(long clusters, JavaPairRDD<Long, Long> assignment) {
  }

  /**
   * Clusters the asserted events of {@code eventRows} (as marsad-store does), writes the clusters under
   * {@code output}, and returns their number and {@code (uid, cluster id)} of every clustered event (persisted:
   * unpersist it when done).
   */
  static Result run(SparkSession spark, JavaRDD<Row> eventRows, String output, long driverAssemblyMaxLinks) {
    int partitions = spark.sparkContext().defaultParallelism();
    JavaPairRDD<Long, Iterable<ClusterFacts>> comps =
        clusters(eventRows.filter(EventRows::clustered).map(ClusterFacts::of), partitions, driverAssemblyMaxLinks)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<Row> rows = rows(comps).sortBy(r -> r.getLong(0), true, partitions)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      spark.createDataFrame(rows, ClusterRows.SCHEMA).write().mode(SaveMode.ErrorIfExists)
          .parquet(MarsadSparkJob.child(output, "clusters"));
      int json = ClusterRows.SCHEMA.fieldIndex("json");
      rows.map(r -> r.getString(json)).saveAsTextFile(MarsadSparkJob.child(output, "clusters-jsonl"));
      long n = rows.count();
      JavaPairRDD<Long, Long> assignment = comps.flatMapToPair(t -> {
        List<Tuple2<Long, Long>> out = new ArrayList<>();
        for (ClusterFacts f : t._2()) {
          out.add(new Tuple2<>(f.uid(), t._1()));
        }
        return out.iterator();
      }).persist(StorageLevel.MEMORY_AND_DISK());
      assignment.count();
      return new Result(n, assignment);
    } finally {
      rows.unpersist(false);
      comps.unpersist(false);
    }
  }

  /** One row per cluster ({@link ClusterRows}), unordered. */
  static JavaRDD<Row> clusterRows(JavaRDD<ClusterFacts> facts, int partitions, long driverAssemblyMaxLinks) {
    return rows(clusters(facts, partitions, driverAssemblyMaxLinks));
  }

  /**
   * {@code (cluster id, members)}: each component of {@link #components} split by {@link EventClusterer#refine},
   * every cluster named after its smallest uid.
   */
  static JavaPairRDD<Long, Iterable<ClusterFacts>> clusters(JavaRDD<ClusterFacts> facts, int partitions,
                                                            long driverAssemblyMaxLinks) {
    return components(facts, partitions, driverAssemblyMaxLinks).flatMapToPair(t -> {
      Map<Long, ClusterFacts> byUid = new HashMap<>();
      List<ClusterInput> inputs = new ArrayList<>();
      for (ClusterFacts f : t._2()) {
        byUid.put(f.uid(), f);
        inputs.add(f.input());
      }
      List<Tuple2<Long, Iterable<ClusterFacts>>> out = new ArrayList<>();
      for (List<Long> cluster : EventClusterer.standard().refine(inputs)) {
        List<ClusterFacts> ms = new ArrayList<>(cluster.size());
        for (Long uid : cluster) {
          ms.add(byUid.get(uid));
        }
        out.add(new Tuple2<>(cluster.get(0), ms));
      }
      return out.iterator();
    });
  }

  private static JavaRDD<Row> rows(JavaPairRDD<Long, Iterable<ClusterFacts>> comps) {
    return comps.map(t -> {
      List<ClusterFacts> members = new ArrayList<>();
      t._2().forEach(members::add);
      members.sort(Comparator.comparingLong(ClusterFacts::uid));
      List<ClusterInput> inputs = new ArrayList<>(members.size());
      for (ClusterFacts m : members) {
        inputs.add(m.input());
      }
      return ClusterRows.row(ClusterAssembly.summarise(t._1(), inputs), members);
    });
  }

  /**
   * {@code (cluster id, members)}: every event in exactly one cluster, named after its smallest uid. When the
   * block links (reduced to stars) number at most {@code driverAssemblyMaxLinks}, they are unioned on the
   * driver with {@link ClusterAssembly} itself; beyond that, by the distributed {@link ConnectedComponents}.
   */
  static JavaPairRDD<Long, Iterable<ClusterFacts>> components(JavaRDD<ClusterFacts> facts, int partitions,
                                                              long driverAssemblyMaxLinks) {
    JavaRDD<ClusterFacts> all = facts.persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaPairRDD<Long, Long> edges = all
        .flatMapToPair(f -> {
          List<Tuple2<String, ClusterFacts>> out = new ArrayList<>(2);
          for (String k : EventClusterer.standard().rule().blockKeys(f.input())) {
            out.add(new Tuple2<>(k, f));
          }
          return out.iterator();
        })
        .groupByKey(partitions)
        .flatMapToPair(block -> localStars(block._2()).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Long> labels;
    long links = edges.count();
    if (links <= driverAssemblyMaxLinks) {
      ClusterAssembly asm = new ClusterAssembly();
      for (Tuple2<Long, Long> e : edges.collect()) {
        asm.link(e._1(), e._2());
      }
      List<Tuple2<Long, Long>> pairs = new ArrayList<>();
      asm.components().forEach((root, members) -> members.forEach(m -> pairs.add(new Tuple2<>(m, root))));
      labels = JavaSparkContext.fromSparkContext(all.context()).parallelizePairs(pairs, partitions);
    } else {
      labels = ConnectedComponents.labels(edges, partitions);
    }
    JavaPairRDD<Long, Iterable<ClusterFacts>> out = all.mapToPair(f -> new Tuple2<>(f.uid(), f))
        .leftOuterJoin(labels, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._2().orElse(t._1()), t._2()._1()))
        .groupByKey(partitions);
    return out;
  }

  /** The links of one block as stars {@code (member, smallest member)} of its local components. */
  static List<Tuple2<Long, Long>> localStars(Iterable<ClusterFacts> block) {
    List<ClusterInput> inputs = new ArrayList<>();
    for (ClusterFacts f : block) {
      inputs.add(f.input());
    }
    List<long[]> links = EventClusterer.standard().links(inputs);
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    if (links.isEmpty()) {
      return out;
    }
    ClusterAssembly asm = new ClusterAssembly();
    for (long[] l : links) {
      asm.link(l[0], l[1]);
    }
    asm.components().forEach((root, members) -> {
      for (Long m : members) {
        if (m.longValue() != root.longValue()) {
          out.add(new Tuple2<>(m, root));
        }
      }
    });
    return out;
  }
}
