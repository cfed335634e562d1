package org.marsad.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Multi-row inserts with bound parameters: {@code INSERT INTO t (a, b) VALUES (?, ?), (?, ?), ...}. One statement
 * per {@link #ROWS} rows is far cheaper than one per row on DuckDB's JDBC driver and fine on PostgreSQL.
 */
final class Bulk {
  /** Rows per statement (PostgreSQL allows 65535 parameters per statement). */
  static final int ROWS = 200;

  private final Connection c;
  private final String head;
  private final int[] types;
  private final List<Object[]> rows = new ArrayList<>();
  private PreparedStatement full;

  /**
   * @param types the {@link Types} of the columns, for typed nulls
   */
  Bulk(Connection c, String table, String columns, int... types) {
    this.c = c;
    this.head = "INSERT INTO " + table + " (" + columns + ") VALUES ";
    this.types = types.clone();
    if (columns.split(",").length != types.length) {
      throw new IllegalArgumentException("columns and types differ for " + table);
    }
  }

  void add(Object... values) throws SQLException {
    if (values.length != types.length) {
      throw new IllegalArgumentException("expected " + types.length + " values, got " + values.length);
    }
    rows.add(values);
    if (rows.size() == ROWS) {
      if (full == null) {
        full = c.prepareStatement(sql(ROWS));
      }
      bindAndRun(full);
    }
  }

  /** Writes the remaining rows and releases the statements. */
  void finish() throws SQLException {
    try {
      if (!rows.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement(sql(rows.size()))) {
          bindAndRun(ps);
        }
      }
    } finally {
      if (full != null) {
        full.close();
        full = null;
      }
    }
  }

  private String sql(int n) {
    StringBuilder sb = new StringBuilder(head.length() + n * (types.length * 3 + 4));
    sb.append(head);
    String one = "(" + Rows.marks(types.length) + ")";
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ", ").append(one);
    }
    return sb.toString();
  }

  private void bindAndRun(PreparedStatement ps) throws SQLException {
    int k = 1;
    for (Object[] row : rows) {
      for (int j = 0; j < row.length; j++) {
        bind(ps, k++, row[j], types[j]);
      }
    }
    ps.executeUpdate();
    rows.clear();
  }

  private static void bind(PreparedStatement ps, int i, Object v, int type) throws SQLException {
    if (v == null) {
      ps.setNull(i, type);
    } else if (v instanceof String s) {
      ps.setString(i, s);
    } else if (v instanceof Long l) {
      ps.setLong(i, l);
    } else if (v instanceof Integer n) {
      ps.setInt(i, n);
    } else if (v instanceof Double d) {
      ps.setDouble(i, d);
    } else if (v instanceof LocalDate d) {
      ps.setDate(i, Date.valueOf(d));
    } else if (v instanceof Timestamp t) {
      ps.setTimestamp(i, t);
    } else {
      throw new IllegalArgumentException("unsupported value " + v.getClass());
    }
  }
}
