package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.Count;

/** One test per rule of {@link NumbersColumn}. */
class NumbersColumnTest {

  @Test
  void kindsAreWrittenInAscendingOrderAndReadBack() {
    Map<String, Count> n = new LinkedHashMap<>();
    n.put("killed", new Count(12, "exact", 3L));
    n.put("injured", new Count(40, "about", null));
    n.put("arrested", new Count(0, null, null));
    assertThat(NumbersColumn.encode(n)).isEqualTo("arrested=0;injured=40;killed=12");
    assertThat(NumbersColumn.decode(NumbersColumn.encode(n)))
        .isEqualTo(Map.of("killed", 12L, "injured", 40L, "arrested", 0L));
  }

  @Test
  void noNumbersIsTheEmptyText() {
    assertThat(NumbersColumn.encode(Map.of())).isEmpty();
    assertThat(NumbersColumn.decode("")).isEmpty();
  }

  @Test
  void aKindWithASeparatorIsNotWritten() {
    assertThat(NumbersColumn.encode(Map.of("a;b", new Count(1, null, null)))).isNull();
    assertThat(NumbersColumn.encode(Map.of("killed", new Count(1, null, null), "a=b", new Count(2, null, null))))
        .isNull();
  }

  @Test
  void largeAndNegativeValuesReadBack() {
    Map<String, Count> n = Map.of("displaced", new Count(3_000_000_000L, null, null), "x", new Count(-1, null, null));
    assertThat(NumbersColumn.decode(NumbersColumn.encode(n))).isEqualTo(Map.of("displaced", 3_000_000_000L, "x", -1L));
  }
}
