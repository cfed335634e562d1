package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.json.RecordJson;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.GoldenFile;

/**
 * Golden-file test of the seed article's events. The article is read from {@code ../shared} (system property
 * {@code marsad.shared}) and the test skips without it; the expected rows are our own output fields (type,
 * countries, factuality, numbers, place country, trigger offsets), never the article's text. Regenerate after a
 * deliberate change with {@code mvn -q -o test -pl marsad-core -Dtest=SeedEventsGoldenTest
 * -Dmarsad.golden.update=true} and review the diff.
 */
class SeedEventsGoldenTest {
  private static final String GOLDEN = "seed-events.golden.tsv";

  private static Path shared() {
    String s = System.getProperty("marsad.shared");
    return s == null ? null : Path.of(s);
  }

  private static Document seed() throws IOException {
    Path shared = shared();
    Path seed = shared == null ? null : shared.resolve("examples/seed-article.txt");
    Assumptions.assumeTrue(seed != null && Files.isRegularFile(seed), "../shared absent: skipped");
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    return Marsad.standard().extract(Document.of("seed", text, LocalDate.of(2023, 9, 19), null, null, null));
  }

  private static String row(Event e) {
    return SentenceGoldenTest.describe(e) + "\tloc=" + (e.location() == null ? "_" : e.location().country())
        + "\ttrigger=" + e.trigger().start() + "-" + e.trigger().end() + "\tmentions=" + e.mentions().size();
  }

  @Test
  void seedEventsMatchTheGoldenFile() throws IOException {
    Document d = seed();
    List<String> actual = d.events().stream().map(SeedEventsGoldenTest::row).toList();
    GoldenFile.assertMatches(SeedEventsGoldenTest.class, GOLDEN,
        "type actor>recipient factuality numbers, place country, trigger offsets, mention count: seed events", actual);
  }

  @Test
  void seedMeetsTheIssueTargetsAgainstTheDevGold() throws IOException {
    Document d = seed();
    Path gold = shared().resolve("eval/dev/gold.json");
    Assumptions.assumeTrue(Files.isRegularFile(gold), "dev gold absent: skipped");
    JsonNode all = RecordJson.mapper().readTree(gold.toFile());
    ArrayNode only = RecordJson.mapper().createArrayNode();
    for (JsonNode g : all) {
      if (g.path("id").asText().equals("seed")) {
        only.add(g);
      }
    }
    EventScore s = EventScore.score(only, Map.of("seed", RecordJson.toTree(d)),
        new PrintWriter(new StringWriter()));
    assertThat(s.f1()).isGreaterThanOrEqualTo(0.9);
    assertThat(s.numbers()).isEqualTo(1.0);
    assertThat(s.location()).isEqualTo(1.0);
  }
}
