package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ExchangeClustering} and {@link ClusterBuilder#buildExchange}: words with the same neighbours share a class. */
class ExchangeClusteringTest {
  private static String corpus() {
    String[] cities = {"بغداد", "دمشق", "القاهرة", "عمان"};
    String[] people = {"محمد", "خالد", "سمير", "علي"};
    String[] verbs = {"وصل", "غادر"};
    StringBuilder b = new StringBuilder();
    for (int r = 0; r < 6; r++) {
      for (String p : people) {
        for (String v : verbs) {
          for (String c : cities) {
            b.append("قال ").append(p).append(' ').append(v).append(" الى ").append(c).append(" اليوم . ");
          }
        }
      }
    }
    return b.toString();
  }

  private static Map<String, String> table(ClusterBuilder cb, int k) throws Exception {
    StringWriter out = new StringWriter();
    cb.buildExchange(new int[] {k}, 20, out, "# test\n");
    Map<String, String> m = new HashMap<>();
    for (String line : out.toString().split("\n")) {
      if (!line.startsWith("#")) {
        String[] p = line.split("\t");
        m.put(p[0], p[1]);
      }
    }
    return m;
  }

  @Test
  void wordsInTheSameSlotShareAClassAndOthersDoNot() throws Exception {
    ClusterBuilder cb = new ClusterBuilder(1, 1000, 10);
    cb.add(corpus());
    Map<String, String> c = table(cb, 6);
    assertThat(c.get("دمشق")).isEqualTo(c.get("بغداد"));
    assertThat(c.get("القاهره")).isEqualTo(c.get("بغداد"));
    assertThat(c.get("خالد")).isEqualTo(c.get("محمد"));
    assertThat(c.get("محمد")).isNotEqualTo(c.get("بغداد"));
    assertThat(c.get("وصل")).isEqualTo(c.get("غادر")).isNotEqualTo(c.get("محمد"));
    assertThat(c).doesNotContainKey(".");
  }

  @Test
  void everyRoundImprovesTheLikelihood() {
    // words 0..3 follow word 4 or 5 in two patterns: 0,1 after 4; 2,3 after 5
    int[] start = {0, 1, 2, 3, 4, 5, 6};
    int[] pred = {4, 4, 5, 5, 0, 2};
    int[] cnt = {10, 10, 10, 10, 3, 3};
    long[] count = {10, 10, 10, 10, 3, 3};
    ExchangeClustering ex = new ExchangeClustering(6, start, pred, cnt, count);
    int[] initial = {0, 1, 0, 1, 0, 1};
    int[] cls = ex.cluster(2, 10);
    assertThat(ex.objective(cls, 2)).isGreaterThan(ex.objective(initial, 2));
    assertThat(cls[0]).isEqualTo(cls[1]).isNotEqualTo(cls[2]);
    assertThat(cls[2]).isEqualTo(cls[3]);
  }

  @Test
  void stemsMergeCliticForms() throws Exception {
    ClusterBuilder cb = new ClusterBuilder(1, 1000, 10, true);
    cb.add("وصل الى بغداد ثم وصل الى ولبغداد");
    assertThat(table(cb, 2)).containsKey("بغداد").doesNotContainKey("ولبغداد");
  }
}
