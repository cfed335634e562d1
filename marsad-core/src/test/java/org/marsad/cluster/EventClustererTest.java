package org.marsad.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventClustererTest {
  static final LocalDate D = LocalDate.of(2024, 3, 14);

  static ClusterInput strike(long id, long killed, int dayOffset, String source) {
    return new ClusterInput(id, "ASSAULT", "RUS", "SYR", "SYR", 36.2, 37.1, D.plusDays(dayOffset),
        Map.of("killed", killed), source);
  }

  @Test
  void reportsOfOneEventFormOneClusterWithRangeAndSources() {
    List<Cluster> cs = EventClusterer.standard().cluster(List.of(strike(5, 12, 0, "b"), strike(2, 15, 1, "a"),
        strike(9, 12, 0, "c"), new ClusterInput(7, "PROTEST", "EGY", null, "EGY", 30.0, 31.2, D, Map.of(), "d")));
    assertThat(cs).hasSize(2);
    Cluster strike = cs.get(0);
    assertThat(strike.id()).isEqualTo(2);
    assertThat(strike.members()).containsExactly(2L, 5L, 9L);
    assertThat(strike.numbers().get("killed")).isEqualTo(new Figures(12, 12, 15, 3));
    assertThat(strike.sources()).containsExactly("a", "b", "c");
    assertThat(cs.get(1).members()).containsExactly(7L);
    assertThat(cs.get(1).numbers()).isEmpty();
  }

  @Test
  void chainsLinkThroughAMiddleReport() {
    List<Cluster> cs = EventClusterer.standard().cluster(List.of(strike(1, 3, 0, "a"), strike(2, 7, 4, "b"),
        strike(3, 5, 2, "c")));
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).numbers().get("killed")).isEqualTo(new Figures(3, 5, 7, 3));
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<ClusterInput> events = new ArrayList<>();
    Random r = new Random(7);
    for (int i = 0; i < 200; i++) {
      String type = r.nextBoolean() ? "ASSAULT" : "COERCE";
      String country = r.nextBoolean() ? "SYR" : "IRQ";
      events.add(new ClusterInput(i + 1, type, r.nextBoolean() ? null : "RUS", null, country,
          30 + r.nextDouble(), 40 + r.nextDouble(), D.plusDays(r.nextInt(30)), Map.of("killed", (long) r.nextInt(9)),
          "s" + r.nextInt(5)));
    }
    List<Cluster> first = EventClusterer.standard().cluster(events);
    for (int k = 0; k < 5; k++) {
      Collections.shuffle(events, r);
      assertThat(EventClusterer.standard().cluster(events)).isEqualTo(first);
    }
    assertThat(first.size()).isBetween(2, 199);
  }

  @Test
  void assemblyNamesComponentsAfterTheSmallestId() {
    ClusterAssembly a = new ClusterAssembly();
    a.link(9, 4);
    a.link(4, 7);
    a.add(3);
    assertThat(a.components()).containsEntry(4L, List.of(4L, 7L, 9L)).containsEntry(3L, List.of(3L));
    assertThat(a.find(9)).isEqualTo(4);
  }
}
