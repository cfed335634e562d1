package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Document;
import org.marsad.model.EntityType;
import org.marsad.model.Token;
import org.marsad.text.Tokenizer;

/** A model name behind a proclitic takes the knowledge-base entry it names; one test per rule. */
class CliticNamesTest {
  private static final KnowledgeBase KB = KnowledgeBase.standard();

  private static Optional<KbEntry> entry(String words, EntityType type, Set<String> named) {
    List<Token> t = Tokenizer.INSTANCE.apply(Document.of("t", words, LocalDate.of(2018, 5, 1), null, null, null))
        .tokens();
    return CliticNames.entry(KB, t, 0, t.size(), type, named);
  }

  private static String country(String words, EntityType type) {
    return entry(words, type, Set.of()).map(KbEntry::country).orElse(null);
  }

  @Test
  void aSmallTownBehindTheConjunction() {
    assertThat(country("وحيفا", EntityType.LOC)).isEqualTo("ISR");
    assertThat(country("والنجف", EntityType.LOC)).isEqualTo("IRQ");
    assertThat(country("ودهوك", EntityType.LOC)).isEqualTo("IRQ");
  }

  @Test
  void oneWordNeverBehindAPreposition() {
    assertThat(entry("بدوية", EntityType.LOC, Set.of())).isEmpty();
  }

  @Test
  void theEntryMustFitTheModelsType() {
    assertThat(entry("وحيفا", EntityType.PER, Set.of())).isEmpty();
  }

  @Test
  void aNameTheGazetteerKnowsAsWrittenIsLeftToIt() {
    assertThat(entry("حيفا", EntityType.LOC, Set.of())).isEmpty();
  }

  @Test
  void theCountryTheDocumentNamesWins() {
    assertThat(entry("والجوف", EntityType.LOC, Set.of()).map(KbEntry::country)).contains("YEM");
    assertThat(entry("والجوف", EntityType.LOC, Set.of("LBY")).map(KbEntry::country)).contains("LBY");
  }
}
