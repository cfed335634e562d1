package org.marsad.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.GoldenFile;

/**
 * Golden-file test of the seed article's knowledge-base entities. The article is read from {@code ../shared}
 * (system property {@code marsad.shared}); the expected (text, type, country) list is our own output, committed in
 * {@code seed-entities.golden.tsv}. Regenerate it after a deliberate change with
 * {@code mvn -q -o test -pl marsad-core -Dtest=SeedEntitiesGoldenTest -Dmarsad.golden.update=true} and review the diff.
 */
class SeedEntitiesGoldenTest {
  private static final String GOLDEN = "seed-entities.golden.tsv";

  private static List<Entity> seedEntities() throws IOException {
    String shared = System.getProperty("marsad.shared");
    Path seed = shared == null ? null : Path.of(shared, "examples", "seed-article.txt");
    Assumptions.assumeTrue(seed != null && Files.isRegularFile(seed), "../shared absent: skipped");
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    Document d = Marsad.standard().extract(Document.of("seed", text, LocalDate.of(2023, 9, 19), null, null, null));
    List<Entity> kb = new ArrayList<>();
    for (Entity e : d.entities()) {
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
      if ("kb".equals(e.source())) {
        kb.add(e);
      }
    }
    return kb;
  }

  private static String row(Entity e) {
    return e.text() + "\t" + e.type() + "\t" + (e.country() == null ? "-" : e.country());
  }

  @Test
  void seedEntitiesMatchTheGoldenFile() throws IOException {
    List<String> actual = seedEntities().stream().map(SeedEntitiesGoldenTest::row).toList();
    GoldenFile.assertMatches(SeedEntitiesGoldenTest.class, GOLDEN,
        "text\ttype\tcountry (- = none): knowledge-base entities of the seed article", actual);
  }

  @Test
  void seedHasTheAcceptanceEntities() throws IOException {
    List<Entity> es = seedEntities();
    List<String> rows = es.stream().map(SeedEntitiesGoldenTest::row).toList();
    assertThat(rows).contains("أذربيجان\tGPE\tAZE", "أرمينيا\tGPE\tARM", "باكو\tGPE\tAZE", "ألمانيا\tGPE\tDEU",
        "الألمانية\tMISC\tDEU", "أولاف شولتس\tPER\tDEU", "أنالينا بيربوك\tPER\tDEU", "نيويورك\tGPE\tUSA",
        "أنتوني بلينكن\tPER\tUSA", "رجب طيب أردوغان\tPER\tTUR", "إيران\tGPE\tIRN", "الإيرانية\tMISC\tIRN",
        "محمد رضا أشتياني\tPER\tIRN", "روسيا\tGPE\tRUS", "الروس\tMISC\tRUS", "نيكول باشينيان\tPER\tARM",
        "إلهام علييف\tPER\tAZE", "دي تسايت\tORG\tDEU");
    Entity nk = es.stream().filter(e -> e.text().equals("ناجورنو قرة باخ")).findFirst().orElseThrow();
    assertThat(nk.country()).isEqualTo("AZE");
    assertThat(nk.lat()).isNotNull();
    assertThat(nk.lon()).isNotNull();
    assertThat(es).anySatisfy(e -> {
      assertThat(e.text()).endsWith("لأمم المتحدة");
      assertThat(e.kb()).isEqualTo("igo:UN");
      assertThat(e.country()).isNull();
    });
    assertThat(es).anySatisfy(e -> {
      assertThat(e.text()).endsWith("الاتحاد الأوروبي");
      assertThat(e.sector()).isEqualTo("IGO");
      assertThat(e.country()).isNull();
    });
  }
}
