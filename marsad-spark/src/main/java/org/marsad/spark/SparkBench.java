package org.marsad.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.SparkSession;
import org.marsad.Marsad;

/**
 * {@code marsad spark bench}: articles per second of the Spark job and of the plain CLI path, on the same
 * generated corpus ({@link CorpusGenerator}), in one JVM.
 *
 * <ul>
 *   <li><b>CLI path</b>: what {@code marsad extract --input} does: a pool of {@code threads} workers running
 *       the same extractor over the JSONL lines, writing the records to a file.</li>
 *   <li><b>Spark</b>: the whole job ({@link MarsadSparkJob}) on {@code master}, with and without the
 *       clustering step, writing all its outputs.</li>
 * </ul>
 * Each is run once to warm up (200 articles) before the measured run.
 */
final class SparkBench {
  private SparkBench() {
  }

  static int run(int articles, String master, int threads, PrintStream out) throws Exception {
    Path dir = Files.createTempDirectory("marsad-bench");
    try {
      Path corpus = dir.resolve("corpus.jsonl");
      Path warm = dir.resolve("warm.jsonl");
      CorpusGenerator.write(corpus, articles, 7);
      CorpusGenerator.write(warm, 200, 8);
      out.printf(Locale.ROOT, "corpus: %d generated articles, %d KB; %d cores; java %s%n", articles,
          Files.size(corpus) / 1024, Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"));

      long before = usedHeap();
      Marsad.standard().extract(org.marsad.model.Document.of("warm", "قصف الجيش مدينة حلب أمس."));
      out.printf(Locale.ROOT, "extractor: %d MB of heap once per JVM (Marsad.standard() and one article, after GC)%n",
          Math.max(0, usedHeap() - before) / (1024 * 1024));
      cliPath(warm, dir.resolve("warm-cli.jsonl"), threads);
      double cli = cliPath(corpus, dir.resolve("cli.jsonl"), threads);
      out.printf(Locale.ROOT, "cli    (%d threads, one JVM):          %8.1f articles/s%n", threads, cli);

      SparkSession spark = MarsadSpark.session(master);
      try {
        MarsadSparkJob.run(spark, new MarsadSparkJob.Options(warm.toString(), ArticleReader.Format.JSONL,
            dir.resolve("warm-out").toString(), 0, true, true));
        MarsadSparkJob.Summary ex = MarsadSparkJob.run(spark, new MarsadSparkJob.Options(corpus.toString(),
            ArticleReader.Format.JSONL, dir.resolve("out-extract").toString(), 0, true, false));
        out.printf(Locale.ROOT, "spark  (%s, extraction only):   %8.1f articles/s (%d events)%n", master,
            ex.articlesPerSecond(), ex.events());
        MarsadSparkJob.Summary all = MarsadSparkJob.run(spark, new MarsadSparkJob.Options(corpus.toString(),
            ArticleReader.Format.JSONL, dir.resolve("out-all").toString(), 0, true, true));
        out.printf(Locale.ROOT, "spark  (%s, with clustering):   %8.1f articles/s (%d events, %d clusters)%n",
            master, all.articlesPerSecond(), all.events(), all.clusters());
      } finally {
        spark.stop();
      }
      return MarsadSpark.OK;
    } finally {
      deleteTree(dir);
    }
  }

  /** The CLI's way: a thread pool over the lines, records written in input order; returns articles/s. */
  static double cliPath(Path in, Path outFile, int threads) throws Exception {
    List<String> lines = Files.readAllLines(in, StandardCharsets.UTF_8);
    Marsad marsad = Marsad.standard();
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (BufferedWriter w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
      List<Future<String>> fs = new ArrayList<>(lines.size());
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        long n = i + 1;
        fs.add(pool.submit(() -> Extraction.process(marsad, ArticleReader.fromJsonLine(l, n)).json()));
      }
      for (Future<String> f : fs) {
        w.write(f.get());
        w.write('\n');
      }
    } finally {
      pool.shutdownNow();
    }
    return lines.size() / ((System.nanoTime() - t0) / 1e9);
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
