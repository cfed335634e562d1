package org.marsad.cluster;

import org.marsad.cluster.ClusterInput.Party;
import org.marsad.cluster.ClusterInput.Site;

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
    return new ClusterInput(id, "doc" + id, "ASSAULT", Party.of("RUS"), Party.of("SYR"), Site.of("SYR", 36.2, 37.1),
        D.plusDays(dayOffset), "published", Map.of("killed", killed), source);
  }

  @Test
  void reportsOfOneEventFormOneClusterWithRangeAndSources() {
    List<Cluster> cs = EventClusterer.standard().cluster(List.of(strike(5, 12, 0, "b"), strike(2, 15, 1, "a"),
        strike(9, 12, 0, "c"), new ClusterInput(7, "doc7", "PROTEST", Party.of("EGY"), null,
        Site.of("EGY", 30.0, 31.2), D, "published", Map.of(), "d")));
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
  void aReportMatchingTwoEventsJoinsTheCloserOneInsteadOfFusingThem() {
    // days 0 and 4 are outside the window of each other; day 2 matches both, and its toll (5) is closer to 7
    List<Cluster> cs = EventClusterer.standard().cluster(List.of(strike(1, 3, 0, "a"), strike(2, 7, 4, "b"),
        strike(3, 5, 2, "c")));
    assertThat(cs).extracting(Cluster::members).containsExactly(List.of(1L), List.of(2L, 3L));
    assertThat(cs.get(1).numbers().get("killed")).isEqualTo(new Figures(5, 5, 7, 2));
  }

  @Test
  void aCountryLevelReportDoesNotChainTwoDistantTowns() {
    // Aleppo and Damascus (about 300 km apart) on one day, and a report placed only "in Syria"
    ClusterInput aleppo = new ClusterInput(1, "a", "ASSAULT", Party.of("RUS"), null,
        new Site("Aleppo", "SYR", "city", 36.20, 37.13), D, "published", Map.of("killed", 4L), "a");
    ClusterInput damascus = new ClusterInput(2, "b", "ASSAULT", Party.of("RUS"), null,
        new Site("Damascus", "SYR", "city", 33.51, 36.29), D, "published", Map.of("killed", 9L), "b");
    ClusterInput syria = new ClusterInput(3, "c", "ASSAULT", Party.of("RUS"), null,
        new Site("Syria", "SYR", "country", 35.0, 38.0), D, "published", Map.of("killed", 9L), "c");
    List<Cluster> cs = EventClusterer.standard().cluster(List.of(aleppo, damascus, syria));
    assertThat(cs).extracting(Cluster::members).containsExactly(List.of(1L), List.of(2L, 3L));
  }

  @Test
  void twoEventsOfOneArticleAreNeverOneCluster() {
    // one article reports two strikes in Syria without a town; a second article reports one of them
    ClusterInput first = new ClusterInput(1, "doc-a", "ASSAULT", null, Party.of("SYR"), Site.of("SYR", null, null), D,
        "published", Map.of("killed", 10L), "a");
    ClusterInput second = new ClusterInput(2, "doc-a", "ASSAULT", null, Party.of("SYR"), Site.of("SYR", null, null), D,
        "published", Map.of("killed", 12L), "a");
    ClusterInput other = new ClusterInput(3, "doc-b", "ASSAULT", null, Party.of("SYR"), Site.of("SYR", null, null),
        D.plusDays(1), "published", Map.of("killed", 11L), "b");
    List<Cluster> cs = EventClusterer.standard().cluster(List.of(first, second, other));
    assertThat(cs).extracting(Cluster::members).containsExactly(List.of(1L), List.of(2L, 3L));
  }

  @Test
  void refiningAComponentDoesNotDependOnItsOrder() {
    List<ClusterInput> chain = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      chain.add(strike(100 - i, i % 4, i, "s" + i % 3));
    }
    List<List<Long>> first = EventClusterer.standard().refine(chain);
    Random r = new Random(11);
    for (int k = 0; k < 5; k++) {
      Collections.shuffle(chain, r);
      assertThat(EventClusterer.standard().refine(chain)).isEqualTo(first);
    }
    // a chain of daily reports is one component but several events: no cluster spans more than the window
    assertThat(first.size()).isBetween(8, 15);
    assertThat(first.stream().mapToInt(List::size).sum()).isEqualTo(30);
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<ClusterInput> events = new ArrayList<>();
    Random r = new Random(7);
    for (int i = 0; i < 200; i++) {
      String type = r.nextBoolean() ? "ASSAULT" : "COERCE";
      String country = r.nextBoolean() ? "SYR" : "IRQ";
      events.add(new ClusterInput(i + 1, "doc" + r.nextInt(60), type, Party.of(r.nextBoolean() ? null : "RUS"), null,
          Site.of(country, 30 + r.nextDouble(), 40 + r.nextDouble()), D.plusDays(r.nextInt(30)), "published",
          Map.of("killed", (long) r.nextInt(9)), "s" + r.nextInt(5)));
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
