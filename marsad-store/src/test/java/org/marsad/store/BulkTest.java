package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Bulk} on a real DuckDB file: the appender path and the insert fallback behave alike. */
class BulkTest {
  @TempDir
  Path dir;

  private Connection open(String name) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(name));
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TABLE t (id BIGINT PRIMARY KEY, h VARCHAR UNIQUE, n INTEGER, x DOUBLE, d DATE,"
          + " ts TIMESTAMP)");
    }
    c.setAutoCommit(false);
    return c;
  }

  private static List<String> rows(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT id, h, n, x, d, ts FROM t ORDER BY id")) {
      while (rs.next()) {
        out.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getObject(3) + "|" + rs.getObject(4) + "|"
            + rs.getObject(5) + "|" + rs.getTimestamp(6));
      }
    }
    return out;
  }

  @Test
  void columnsInAnotherOrderLandInTheirColumnsWithNulls() throws Exception {
    Timestamp ts = Timestamp.valueOf(LocalDateTime.of(2024, 3, 1, 12, 30, 5));
    try (Connection c = open("order.duckdb")) {
      Bulk b = new Bulk(c, "t", "ts, d, x, n, h, id", Types.TIMESTAMP, Types.DATE, Types.DOUBLE, Types.INTEGER,
          Types.VARCHAR, Types.BIGINT);
      assertThat(b.appending()).isTrue();
      b.add(ts, LocalDate.of(2024, 3, 1), 1.5, 7, "قصف", 1L);
      b.add(null, null, null, null, null, 2L);
      b.finish();
      c.commit();
      assertThat(rows(c)).containsExactly("1|قصف|7|1.5|2024-03-01|2024-03-01 12:30:05.0",
          "2|null|null|null|null|null");
    }
  }

  @Test
  void appendedRowsRollBackWithTheTransaction() throws Exception {
    try (Connection c = open("rollback.duckdb")) {
      rows(c); // opens the transaction, as the writer's first queries do
      Bulk b = new Bulk(c, "t", "id, h, n, x, d, ts", Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.DOUBLE,
          Types.DATE, Types.TIMESTAMP);
      for (long i = 1; i <= 5000; i++) {
        b.add(i, "h" + i, null, null, null, null);
      }
      b.finish();
      assertThat(rows(c)).hasSize(5000);
      c.rollback();
      assertThat(rows(c)).isEmpty();
    }
  }

  @Test
  void aUniqueViolationFailsTheFinishInsteadOfDroppingTheRow() throws Exception {
    try (Connection c = open("unique.duckdb")) {
      try (Statement st = c.createStatement()) {
        st.execute("INSERT INTO t (id, h) VALUES (1, 'same')");
      }
      c.commit();
      Bulk b = new Bulk(c, "t", "id, h, n, x, d, ts", Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.DOUBLE,
          Types.DATE, Types.TIMESTAMP);
      b.add(2L, "same", null, null, null, null);
      assertThatThrownBy(b::finish).isInstanceOf(SQLException.class).hasMessageContaining("same");
      c.rollback();
      assertThat(rows(c)).containsExactly("1|same|null|null|null|null");
    }
  }

  @Test
  void aTableWithOtherColumnsUsesTheInsertPath() throws Exception {
    try (Connection c = open("fallback.duckdb")) {
      Bulk b = new Bulk(c, "t", "id, h", Types.BIGINT, Types.VARCHAR);
      assertThat(b.appending()).isFalse();
      for (long i = 1; i <= Bulk.ROWS + 3; i++) {
        b.add(i, "h" + i);
      }
      b.finish();
      c.commit();
      assertThat(rows(c)).hasSize(Bulk.ROWS + 3).first().isEqualTo("1|h1|null|null|null|null");
    }
  }
}
