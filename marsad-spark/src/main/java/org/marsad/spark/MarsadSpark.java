package org.marsad.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * {@code marsad spark}: Marsad on Apache Spark. The main class of {@code marsad-spark.jar}.
 *
 * <pre>
 * spark-submit --class org.marsad.spark.MarsadSpark marsad-spark.jar --input hdfs:///news/*.jsonl --output hdfs:///marsad/run1
 * ./marsad spark --master local[*] --input docs.jsonl --output out/
 * ./marsad spark bench [--articles 2000] [--master local[2]]
 * ./marsad spark generate --articles 2000 --output corpus.jsonl
 * </pre>
 *
 * <p>Exit codes: 0 every article was analysed; 1 some input was bad (error records written, the rest done)
 * or the job failed; 2 bad usage.
 */
public final class MarsadSpark {
  static final int OK = 0;
  static final int INPUT_ERROR = 1;
  static final int USAGE = 2;

  static final String USAGE_TEXT = String.join("\n",
      "Usage: marsad spark --input PATH --output DIR [--master URL] [--format auto|jsonl|parquet]",
      "                    [--partitions N] [--overwrite] [--no-cluster]",
      "       marsad spark bench [--articles N] [--master local[2]] [--threads N]",
      "       marsad spark generate --articles N --output FILE.jsonl",
      "Extracts events from articles (JSONL or Parquet; local, hdfs:// or s3a:// paths) with Apache Spark,",
      "writes DIR/records (marsad/1 JSONL), DIR/events (Parquet), DIR/clusters (Parquet) and",
      "DIR/clusters-jsonl. Under spark-submit, leave out --master.");

  private MarsadSpark() {
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command; returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(List.of(args));
    String mode = !rest.isEmpty() && !rest.get(0).startsWith("-") ? rest.remove(0) : "run";
    Map<String, String> opts;
    try {
      opts = parse(rest, List.of("--overwrite", "--no-cluster", "--help", "-h"));
    } catch (IllegalArgumentException e) {
      err.println("marsad spark: " + e.getMessage());
      err.println(USAGE_TEXT);
      return USAGE;
    }
    if (opts.containsKey("--help") || opts.containsKey("-h")) {
      out.println(USAGE_TEXT);
      return OK;
    }
    try {
      switch (mode) {
        case "run":
          return runJob(opts, out, err);
        case "bench":
          return SparkBench.run(intOpt(opts, "--articles", 2000), opts.getOrDefault("--master", "local[2]"),
              intOpt(opts, "--threads", Runtime.getRuntime().availableProcessors()), out);
        case "generate":
          if (!opts.containsKey("--output")) {
            throw new IllegalArgumentException("generate needs --output FILE.jsonl");
          }
          CorpusGenerator.write(java.nio.file.Path.of(opts.get("--output")), intOpt(opts, "--articles", 2000), 42);
          return OK;
        default:
          err.println("marsad spark: unknown mode '" + mode + "'");
          err.println(USAGE_TEXT);
          return USAGE;
      }
    } catch (MarsadSparkJob.BadPath e) {
      err.println("marsad spark: " + e.getMessage());
      return INPUT_ERROR;
    } catch (IllegalArgumentException e) {
      err.println("marsad spark: " + oneLine(e));
      return USAGE;
    } catch (Exception e) {
      err.println("marsad spark: " + oneLine(e));
      if (Boolean.getBoolean("marsad.debug")) {
        e.printStackTrace(err);
      }
      return INPUT_ERROR;
    }
  }

  private static int runJob(Map<String, String> opts, PrintStream out, PrintStream err) throws Exception {
    for (String req : List.of("--input", "--output")) {
      if (!opts.containsKey(req)) {
        throw new IllegalArgumentException("missing " + req + " (see --help)");
      }
    }
    ArticleReader.Format format = ArticleReader.Format.of(opts.get("--format"), opts.get("--input"));
    MarsadSparkJob.Options o = new MarsadSparkJob.Options(opts.get("--input"), format, opts.get("--output"),
        intOpt(opts, "--partitions", 0), opts.containsKey("--overwrite"), !opts.containsKey("--no-cluster"));
    boolean shared = SparkSession.getDefaultSession().isDefined();   // e.g. a test's session: reuse, keep
    SparkSession spark = session(opts.get("--master"));
    try {
      MarsadSparkJob.Summary s = MarsadSparkJob.run(spark, o);
      out.printf(Locale.ROOT, "marsad spark: %d articles (%d bad), %d events, %d clusters in %.1f s (%.1f articles/s)%n",
          s.articles(), s.errors(), s.events(), s.clusters(), s.seconds(), s.articlesPerSecond());
      if (s.errors() > 0) {
        err.println("marsad spark: " + s.errors() + " articles could not be analysed; see the \"error\" field of"
            + " their records in " + MarsadSparkJob.child(o.output(), "records"));
        return INPUT_ERROR;
      }
      return OK;
    } finally {
      if (!shared) {
        spark.stop();
      }
    }
  }

  /** A session on {@code master}, or on what spark-submit configured, else on local[*]. */
  static SparkSession session(String master) {
    SparkConf conf = new SparkConf().setAppName("marsad");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    }
    SparkSession s = SparkSession.builder().config(conf).getOrCreate();
    s.sparkContext().setLogLevel("WARN");
    return s;
  }

  static Map<String, String> parse(List<String> args, List<String> flags) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (!a.startsWith("-")) {
        throw new IllegalArgumentException("unexpected argument '" + a + "'");
      }
      int eq = a.indexOf('=');
      if (eq > 0) {
        m.put(a.substring(0, eq), a.substring(eq + 1));
      } else if (flags.contains(a)) {
        m.put(a, "true");
      } else if (i + 1 < args.size()) {
        m.put(a, args.get(++i));
      } else {
        throw new IllegalArgumentException(a + " needs a value");
      }
    }
    for (String k : m.keySet()) {
      if (!List.of("--input", "--output", "--master", "--format", "--partitions", "--overwrite", "--no-cluster",
          "--articles", "--threads", "--help", "-h").contains(k)) {
        throw new IllegalArgumentException("unknown option " + k);
      }
    }
    return m;
  }

  private static int intOpt(Map<String, String> opts, String name, int dflt) {
    String v = opts.get(name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a non-negative number, not '" + v + "'");
    }
  }

  static String oneLine(Throwable ex) {
    Throwable t = ex;
    while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
      t = t.getCause();
    }
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      m = t.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return nl > 0 ? m.substring(0, nl) : m;
  }
}
