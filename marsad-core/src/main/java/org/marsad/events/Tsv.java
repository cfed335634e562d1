package org.marsad.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the bundled tab-separated resources of this package; a missing resource is fatal. */
final class Tsv {
  private Tsv() {
  }

  /** The data rows of {@code name} (comment lines starting with {@code #} and blank lines skipped). */
  static List<String[]> read(String name) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Tsv.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource org/marsad/events/" + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/marsad/events/" + name, e);
    }
    return rows;
  }
}
