package org.marsad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** The local[2] session the tests share, and helpers to read the job's outputs. */
final class TestSpark {
  private TestSpark() {
  }

  static synchronized SparkSession session() {
    return MarsadSpark.session("local[2]");
  }

  /** The lines of a Spark text output directory: its part files concatenated in name order. */
  static List<String> partLines(Path dir) {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        out.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
