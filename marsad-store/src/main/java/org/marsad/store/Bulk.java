package org.marsad.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends rows to one table inside the caller's transaction.
 *
 * <ul>
 *   <li>DuckDB: through DuckDB's {@link DuckDBAppender} (columnar chunks, no SQL parsing or binding per row),
 *       when the columns given are exactly the table's columns; a constraint violation surfaces as an
 *       {@link SQLException} from {@link #finish()} and the caller rolls back. About 10x cheaper than the
 *       multi-row insert below on DuckDB (see docs/perf.md).</li>
 *   <li>PostgreSQL (and DuckDB tables with other columns): multi-row inserts with bound parameters,
 *       {@code INSERT INTO t (a, b) VALUES (?, ?), (?, ?), ...}, one statement per {@link #ROWS} rows.</li>
 * </ul>
 */
final class Bulk {
  /** Rows per statement (PostgreSQL allows 65535 parameters per statement). */
  static final int ROWS = 200;

  private final Connection c;
  private final String head;
  private final int[] types;
  private final List<Object[]> rows = new ArrayList<>();
  private PreparedStatement full;
  /** DuckDB's appender, or null; with {@link #order}: table position -> index into the given columns. */
  private final DuckDBAppender appender;
  private final int[] order;

  /**
   * @param types the {@link Types} of the columns, for typed nulls
   */
  Bulk(Connection c, String table, String columns, int... types) throws SQLException {
    this.c = c;
    this.head = "INSERT INTO " + table + " (" + columns + ") VALUES ";
    this.types = types.clone();
    String[] names = columns.split(",");
    if (names.length != types.length) {
      throw new IllegalArgumentException("columns and types differ for " + table);
    }
    int[] o = c.isWrapperFor(DuckDBConnection.class) ? tableOrder(c, table, names) : null;
    this.order = o;
    this.appender = o == null ? null : c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
        table);
  }

  /**
   * Column orders by database URL, table and given columns (migrations run on open, before any write, so a
   * table's columns do not change while a process writes to it). An empty array: use the insert path.
   */
  private static final Map<String, int[]> ORDERS = new ConcurrentHashMap<>();

  private static int[] tableOrder(Connection c, String table, String[] names) throws SQLException {
    String key = c.getMetaData().getURL() + "\u0000" + table + "\u0000" + String.join(",", names);
    int[] o = ORDERS.get(key);
    if (o == null) {
      o = queryOrder(c, table, names);
      ORDERS.put(key, o == null ? new int[0] : o);
    }
    return o == null || o.length == 0 ? null : o;
  }

  /** For each column of the table in its order, the index of that column in {@code names}; null if they differ. */
  private static int[] queryOrder(Connection c, String table, String[] names) throws SQLException {
    List<String> given = new ArrayList<>();
    for (String n : names) {
      given.add(n.strip().toLowerCase(Locale.ROOT));
    }
    List<Integer> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM duckdb_columns()"
        + " WHERE schema_name = 'main' AND table_name = ? ORDER BY column_index")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int i = given.indexOf(rs.getString(1).toLowerCase(Locale.ROOT));
          if (i < 0) {
            return null;
          }
          out.add(i);
        }
      }
    }
    if (out.size() != given.size()) {
      return null;
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Whether rows go through DuckDB's appender. */
  boolean appending() {
    return appender != null;
  }

  void add(Object... values) throws SQLException {
    if (values.length != types.length) {
      throw new IllegalArgumentException("expected " + types.length + " values, got " + values.length);
    }
    if (appender != null) {
      appendRow(values);
      return;
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
    if (appender != null) {
      try {
        appender.flush(); // close() alone drops a failed chunk silently: flush reports constraint violations
      } finally {
        appender.close();
      }
      return;
    }
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

  private void appendRow(Object[] values) throws SQLException {
    appender.beginRow();
    for (int j : order) {
      Object v = values[j];
      if (v == null) {
        appender.appendNull();
        continue;
      }
      switch (types[j]) {
        case Types.BIGINT -> appender.append(((Number) v).longValue());
        case Types.INTEGER -> appender.append(((Number) v).intValue());
        case Types.DOUBLE -> appender.append(((Number) v).doubleValue());
        case Types.DATE -> appender.append((LocalDate) v);
        case Types.TIMESTAMP -> appender.append(((Timestamp) v).toLocalDateTime()); // as setTimestamp stores it
        default -> appender.append(v.toString());
      }
    }
    appender.endRow();
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
