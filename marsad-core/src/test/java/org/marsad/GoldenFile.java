package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A golden file of test rows next to a test class: {@link #assertMatches} checks the actual rows against it, in
 * order; with {@code -Dmarsad.golden.update=true} it first rewrites the file from the actual rows (review the diff).
 * Blank lines and lines starting with {@code #} are not rows.
 */
public final class GoldenFile {
  private GoldenFile() {
  }

  /**
   * @param owner  the test class; the file is its resource {@code name}, in its package
   * @param header the comment line written at the top of an updated file (without {@code #})
   */
  public static void assertMatches(Class<?> owner, String name, String header, List<String> actual)
      throws IOException {
    if (Boolean.getBoolean("marsad.golden.update")) {
      Path dir = Path.of("src/test/resources", owner.getPackageName().replace('.', '/'));
      Files.writeString(dir.resolve(name), "# " + header + "\n" + String.join("\n", actual) + "\n",
          StandardCharsets.UTF_8);
    }
    List<String> expected = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!l.isBlank() && !l.startsWith("#")) {
          expected.add(l);
        }
      }
    }
    assertThat(actual).containsExactlyElementsOf(expected);
  }
}
