package org.marsad.spark;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The Spark job: read articles, extract events in each partition, write records and events, cluster events.
 *
 * <p>Output layout under {@code OUTPUT} (see docs/spark.md):
 * <pre>
 * OUTPUT/records/part-NNNNN         marsad/1 JSONL, one record per article, in input order
 *                                   (the part files, concatenated in name order, are what {@code marsad extract} writes)
 * OUTPUT/events/*.parquet           one row per event ({@link EventRows}), with its cluster_id, by uid
 * OUTPUT/clusters/*.parquet         one row per cluster ({@link ClusterRows})
 * OUTPUT/clusters-jsonl/part-NNNNN  the same clusters, one JSON object per line, ascending cluster id
 * </pre>
 */
final class MarsadSparkJob {
  /** What to run. */
  record Options(String input, ArticleReader.Format format, String output, int partitions, boolean overwrite,
                 boolean cluster, long driverAssemblyMaxLinks) {
    Options(String input, ArticleReader.Format format, String output, int partitions, boolean overwrite,
            boolean cluster) {
      this(input, format, output, partitions, overwrite, cluster, DistributedClustering.DRIVER_ASSEMBLY_MAX_LINKS);
    }
  }

  /** What a run did. */
  record Summary(long articles, long errors, long events, long clusters, double seconds) {
    double articlesPerSecond() {
      return seconds > 0 ? articles / seconds : 0;
    }
  }

  /** A missing input or an existing output: reported as one line, exit code 1. */
  static final class BadPath extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadPath(String message) {
      super(message, null, false, false);
    }
  }

  private MarsadSparkJob() {
  }

  /** Runs the job; fails with a one-line message when the output exists (and overwrite is off). */
  static Summary run(SparkSession spark, Options o) throws IOException {
    long t0 = System.nanoTime();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Path out = new Path(o.output());
    FileSystem fs = out.getFileSystem(hadoop);
    if (fs.exists(out)) {
      if (!o.overwrite()) {
        throw new BadPath(o.output() + ": output exists (use --overwrite to replace it)");
      }
      fs.delete(out, true);
    }
    Path in = new Path(o.input());
    if (!in.getFileSystem(hadoop).exists(in)) {
      throw new BadPath(o.input() + ": no such file or directory");
    }
    int partitions = Math.max(o.partitions(), spark.sparkContext().defaultParallelism());
    JavaRDD<Extraction.Result> results = ArticleReader.read(spark, o.input(), o.format(), partitions)
        .mapPartitions(new Extraction())
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      results.map(Extraction.Result::json).saveAsTextFile(child(o.output(), "records"));
      long[] counts = results.map(r -> new long[] {1, r.error() == null ? 0 : 1, r.events().size()})
          .reduce((a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
      long articles = counts[0];
      long errors = counts[1];
      long events = counts[2];
      JavaRDD<Row> eventRows = results.flatMap(r -> r.events().iterator());
      long clusters = 0;
      JavaRDD<Row> written;
      DistributedClustering.Result clustering = null;
      if (o.cluster()) {
        clustering = DistributedClustering.run(spark, eventRows, o.output(), o.driverAssemblyMaxLinks());
        clusters = clustering.clusters();
        int uid = EventRows.index("uid");
        written = eventRows.mapToPair(r -> new Tuple2<>(r.getLong(uid), r))
            .leftOuterJoin(clustering.assignment())
            .map(t -> EventRows.withCluster(t._2()._1(), t._2()._2().orElse(null)))
            .sortBy(r -> r.getLong(uid), true, Math.max(1, eventRows.getNumPartitions()));
      } else {
        written = eventRows.map(r -> EventRows.withCluster(r, null));
      }
      spark.createDataFrame(written, EventRows.OUTPUT_SCHEMA).write().mode(SaveMode.ErrorIfExists)
          .parquet(child(o.output(), "events"));
      if (clustering != null) {
        clustering.assignment().unpersist(false);
      }
      return new Summary(articles, errors, events, clusters, (System.nanoTime() - t0) / 1e9);
    } finally {
      results.unpersist(false);
    }
  }

  static String child(String dir, String name) {
    return dir.endsWith("/") ? dir + name : dir + "/" + name;
  }
}
