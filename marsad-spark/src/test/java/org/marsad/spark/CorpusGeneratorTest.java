package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.json.RecordJson;

class CorpusGeneratorTest {
  @Test
  void sameSeedSameCorpusUniqueTextsArabicArticlesWithDates() throws Exception {
    List<String> a = CorpusGenerator.generate(3000, 7);
    assertThat(a).hasSize(3000).isEqualTo(CorpusGenerator.generate(3000, 7));
    assertThat(CorpusGenerator.generate(50, 8)).isNotEqualTo(a.subList(0, 50));
    Set<String> texts = new HashSet<>();
    Set<String> outlets = new HashSet<>();
    for (String line : a) {
      JsonNode n = RecordJson.mapper().readTree(line);
      assertThat(texts.add(n.get("text").asText())).as("duplicate text: %s", line).isTrue();
      assertThat(n.get("text").asText()).containsPattern("[\\u0621-\\u064A]{3,}");
      assertThat(n.get("published").asText()).matches("2024-\\d{2}-\\d{2}");
      outlets.add(n.get("outlet").asText());
    }
    assertThat(outlets).hasSizeGreaterThan(5);
  }
}
