package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.Marsad;
import org.marsad.model.Count;
import org.marsad.model.Document;
import org.marsad.model.Event;

/**
 * Golden sentences ({@code sentences.tsv}): each short sentence, written for this project to the annotation guide,
 * must yield exactly the listed events (type, actor and recipient countries, factuality, casualty numbers).
 * Together they cover every PLOVER type, passive voice, negation, demands, the future, historical background,
 * number words and duals, and non-conflict news (sport, trade war, a rocket launch) that must yield no ASSAULT.
 */
class SentenceGoldenTest {

  static Stream<Arguments> sentences() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = SentenceGoldenTest.class.getResourceAsStream("sentences.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        out.add(Arguments.of(c[1], LocalDate.parse(c[0]), c[2].trim()));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sentences")
  void sentenceYieldsItsEvents(String sentence, LocalDate published, String expected) {
    Document d = Marsad.standard().extract(Document.of("t", sentence, published, null, null, null));
    List<String> got = new ArrayList<>();
    for (Event e : d.events()) {
      got.add(describe(e));
    }
    List<String> want = expected.equals("-") ? List.of() : List.of(expected.split(";"));
    assertThat(got).as(sentence).containsExactlyInAnyOrderElementsOf(want);
  }

  static String describe(Event e) {
    StringBuilder sb = new StringBuilder(e.type()).append(' ')
        .append(country(e.actor() == null ? null : e.actor().country())).append('>')
        .append(country(e.recipient() == null ? null : e.recipient().country())).append(' ')
        .append(e.factuality().json());
    for (Map.Entry<String, Count> n : e.numbers().entrySet()) {
      sb.append(' ').append(n.getKey()).append('=').append(n.getValue().value()).append('/')
          .append(n.getValue().qualifier()).append('/')
          .append(n.getValue().civilians() == null ? "_" : n.getValue().civilians());
    }
    return sb.toString();
  }

  private static String country(String c) {
    return c == null ? "_" : c;
  }
}
