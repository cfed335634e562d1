package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.model.Attribution;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Participant;
import org.marsad.model.Span;

/**
 * The checks of {@code validate.py} on our own events: every span's text is the input at its offsets, types, modes,
 * scores and ACLED codes come from the ontology, vocabularies are the contract's, ids are V1, V2 ... in order.
 * Runs over the golden sentences joined into one article (and the seed when ../shared is present).
 */
class EventContractTest {
  private static final Set<String> PRECISIONS = Set.of("country", "admin1", "city", "place");
  private static final Set<String> QUALIFIERS = Set.of("exact", "at_least", "more_than", "about", "up_to");
  private static final Set<String> NUMBER_KEYS = Set.of("killed", "injured", "arrested", "displaced", "missing");
  private static final Set<String> SECTORS = Set.of("GOV", "MIL", "REB", "OPP", "PTY", "CVL", "MED", "IGO", "NGO",
      "BUS", "JUD", "POL", "REL", "UAF");

  private static String sentencesArticle() throws IOException {
    StringBuilder sb = new StringBuilder();
    try (InputStream in = EventContractTest.class.getResourceAsStream("sentences.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          sb.append(line.split("\t")[1]).append('\n');
        }
      }
    }
    return sb.toString();
  }

  @Test
  void sentencesArticleMeetsTheContract() throws IOException {
    check(sentencesArticle());
  }

  @Test
  void seedMeetsTheContract() throws IOException {
    String shared = System.getProperty("marsad.shared");
    Path seed = shared == null ? null : Path.of(shared, "examples", "seed-article.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(seed != null && Files.isRegularFile(seed), "../shared absent");
    check(Files.readString(seed, StandardCharsets.UTF_8));
  }

  private static void check(String text) {
    Document d = Marsad.standard().extract(Document.of("c", text, LocalDate.of(2024, 3, 10), null, null, null));
    Ontology o = Ontology.standard();
    assertThat(d.events()).isNotEmpty();
    List<String> ids = new ArrayList<>();
    for (Event e : d.events()) {
      ids.add(e.id());
      assertThat(o.types()).contains(e.type());
      assertThat(o.isValid(e.type(), e.mode())).isTrue();
      assertThat(e.score()).isEqualTo(o.score(e.type(), e.mode()));
      assertThat(e.acled()).isEqualTo(o.acled(e.type(), e.mode()));
      assertThat(o.cameo(e.cameo())).isNotNull();
      assertThat(e.confidence()).isBetween(0.0, 1.0);
      span(text, e.sentence().start(), e.sentence().end(), null);
      span(text, e.trigger().start(), e.trigger().end(), e.trigger().text());
      assertThat(e.sentence().contains(new Span(e.trigger().start(), e.trigger().end()))).isTrue();
      assertThat(e.mentions()).isNotEmpty();
      assertThat(e.mentions().get(0)).isEqualTo(new Span(e.trigger().start(), e.trigger().end()));
      participant(text, e.actor());
      participant(text, e.recipient());
      if (e.location() != null) {
        span(text, e.location().start(), e.location().end(), e.location().text());
        assertThat(PRECISIONS).contains(e.location().precision());
      }
      for (Attribution a : e.attribution()) {
        span(text, a.start(), a.end(), a.text());
      }
      if (e.quote() != null) {
        span(text, e.quote().start(), e.quote().end(), e.quote().text());
        assertThat(e.quote().speaker()).isEqualTo(e.actor());
      }
      e.numbers().forEach((k, v) -> {
        assertThat(NUMBER_KEYS).contains(k);
        assertThat(QUALIFIERS).contains(v.qualifier());
        assertThat(v.value()).isPositive();
      });
      if (e.date() != null) {
        assertThat(e.date().precision()).isIn("day", "month", "year");
        assertThat(e.date().basis()).isIn("explicit", "relative", "published");
      }
    }
    for (int i = 0; i < ids.size(); i++) {
      assertThat(ids.get(i)).isEqualTo("V" + (i + 1));
    }
  }

  private static void participant(String text, Participant p) {
    if (p == null) {
      return;
    }
    span(text, p.start(), p.end(), p.text());
    if (p.country() != null) {
      assertThat(p.country()).matches("[A-Z]{3}");
    }
    if (p.sector() != null) {
      assertThat(SECTORS).contains(p.sector());
    }
  }

  private static void span(String text, int start, int end, String expected) {
    assertThat(start).isBetween(0, end);
    assertThat(end).isLessThanOrEqualTo(text.length());
    if (expected != null) {
      assertThat(text.substring(start, end)).isEqualTo(expected);
    }
  }
}
