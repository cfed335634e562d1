package org.marsad.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {
  @Test
  void bestIsTheValueReportedMostOften() {
    assertThat(Figures.of(List.of(12L, 15L, 12L))).isEqualTo(new Figures(12, 12, 15, 3));
  }

  @Test
  void withoutAClearModeBestIsTheLowerMedian() {
    assertThat(Figures.of(List.of(3L, 7L, 5L))).isEqualTo(new Figures(3, 5, 7, 3));
    assertThat(Figures.of(List.of(10L, 20L))).isEqualTo(new Figures(10, 10, 20, 2));
    // two values tie for most frequent: median
    assertThat(Figures.of(List.of(4L, 4L, 9L, 9L, 30L))).isEqualTo(new Figures(4, 9, 30, 5));
  }

  @Test
  void oneReport() {
    assertThat(Figures.of(List.of(8L))).isEqualTo(new Figures(8, 8, 8, 1));
  }

  @Test
  void noReportsIsAnError() {
    assertThatThrownBy(() -> Figures.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
