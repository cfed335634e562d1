package org.marsad.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** JDBC helpers for nullable values and IN lists (always bound parameters). */
final class Rows {
  private Rows() {
  }

  static void str(PreparedStatement ps, int i, String v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, v);
    }
  }

  static void dbl(PreparedStatement ps, int i, Double v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, v);
    }
  }

  static void lng(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }

  static void date(PreparedStatement ps, int i, LocalDate v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.DATE);
    } else {
      ps.setDate(i, Date.valueOf(v));
    }
  }

  static Double dbl(ResultSet rs, String col) throws SQLException {
    double v = rs.getDouble(col);
    return rs.wasNull() ? null : v;
  }

  static Long lng(ResultSet rs, String col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? null : v;
  }

  static LocalDate date(ResultSet rs, String col) throws SQLException {
    Date d = rs.getDate(col);
    return d == null ? null : d.toLocalDate();
  }

  /** {@code ?, ?, ?} for n parameters. */
  static String marks(int n) {
    StringBuilder sb = new StringBuilder(n * 3);
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "?" : ", ?");
    }
    return sb.toString();
  }

  /** Binds {@code values} from parameter {@code first} on; returns the next parameter index. */
  static int bindAll(PreparedStatement ps, int first, Collection<?> values) throws SQLException {
    int i = first;
    for (Object v : values) {
      if (v instanceof Long l) {
        ps.setLong(i++, l);
      } else {
        ps.setString(i++, (String) v);
      }
    }
    return i;
  }

  /** Splits a list into chunks of at most {@code size}. */
  static <T> List<List<T>> chunks(List<T> all, int size) {
    List<List<T>> out = new java.util.ArrayList<>();
    for (int i = 0; i < all.size(); i += size) {
      out.add(all.subList(i, Math.min(all.size(), i + size)));
    }
    return out;
  }
}
