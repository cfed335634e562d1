package org.marsad.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * A database behind the store: a DuckDB file or a PostgreSQL server. Hands out connections, applies the
 * versioned migrations and holds the few dialect differences. Thread-safe.
 */
final class Db implements AutoCloseable {
  /** The databases the store runs on. */
  enum Dialect {
    DUCKDB("duckdb"), POSTGRESQL("postgresql");

    final String suffix;

    Dialect(String suffix) {
      this.suffix = suffix;
    }
  }

  private static final String MIGRATIONS = "/org/marsad/store/migrations/";
  /** Advisory-lock key of the single writer (PostgreSQL). */
  private static final long WRITER_LOCK = 0x4d61727361644cL;

  final Dialect dialect;
  final String display;
  private final Path duckFile;
  private final DuckDBConnection duckRoot;
  private final String pgUrl;
  private final Properties pgProps;

  private Db(Dialect dialect, String display, Path duckFile, DuckDBConnection duckRoot, String pgUrl,
             Properties pgProps) {
    this.dialect = dialect;
    this.display = display;
    this.duckFile = duckFile;
    this.duckRoot = duckRoot;
    this.pgUrl = pgUrl;
    this.pgProps = pgProps;
  }

  /** Opens {@code spec}: a PostgreSQL JDBC URL, a {@code jdbc:duckdb:} URL, or a DuckDB file path. */
  static Db open(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new StoreException("no database given");
    }
    if (spec.startsWith("jdbc:postgresql:")) {
      Properties p = new Properties();
      p.setProperty("connectTimeout", "10");
      p.setProperty("socketTimeout", "600");
      String shown = spec.replaceAll("(?i)(password=)[^&]*", "$1***");
      Db db = new Db(Dialect.POSTGRESQL, shown, null, null, spec, p);
      try (Connection c = db.connect()) {
        c.isValid(5);
      } catch (SQLException e) {
        throw new StoreException("cannot reach PostgreSQL at " + shown + ": " + firstLine(e), e);
      }
      return db;
    }
    String file = spec.startsWith("jdbc:duckdb:") ? spec.substring("jdbc:duckdb:".length()) : spec;
    if (file.isBlank() || file.equals(":memory:")) {
      throw new StoreException("give a database file (in-memory stores are not supported)");
    }
    Path path = Path.of(file).toAbsolutePath();
    try {
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
    } catch (IOException e) {
      throw new StoreException("cannot create the folder of " + path + ": " + e.getMessage(), e);
    }
    if (Files.isDirectory(path)) {
      throw new StoreException(path + " is a folder, not a database file");
    }
    try {
      DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + path);
      return new Db(Dialect.DUCKDB, path.toString(), path, root, null, null);
    } catch (SQLException e) {
      throw new StoreException(duckMessage(path, e), e);
    }
  }

  private static String duckMessage(Path path, SQLException e) {
    String m = firstLine(e);
    if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
      String pid = m.replaceAll(".*\\(PID (\\d+)\\).*", "$1");
      return "database " + path + " is locked by another process"
          + (pid.equals(m) ? "" : " (PID " + pid + ")") + "; close it or use another --db";
    }
    if (m.contains("not a valid DuckDB database") || m.contains("Corrupt") || m.contains("corrupt")) {
      return "database " + path + " is not a DuckDB database or is damaged";
    }
    return "cannot open database " + path + ": " + m;
  }

  static String firstLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    m = m.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** The DuckDB file, or null for PostgreSQL. */
  Path duckFile() {
    return duckFile;
  }

  /** A new connection (close it). Auto-commit on. */
  Connection connect() throws SQLException {
    if (dialect == Dialect.DUCKDB) {
      return duckRoot.duplicate();
    }
    return DriverManager.getConnection(pgUrl, pgProps);
  }

  /** Serialises writers: called first inside every write transaction. */
  void lockForWrite(Connection c) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        ps.setLong(1, WRITER_LOCK);
        ps.execute();
      }
    }
    // DuckDB: one process holds the file lock, and EventStore serialises its own writers.
  }

  /** Applies the migrations not applied yet; returns the schema version. */
  int migrate() {
    List<String> names = migrationNames();
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      lockForWrite(c);
      try (Statement st = c.createStatement()) {
        st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
            + " applied_at TIMESTAMP NOT NULL)");
      }
      c.commit();
      int current = currentVersion(c);
      c.commit();
      if (current > names.size()) {
        throw new StoreException("database " + display + " has schema version " + current
            + ", newer than this Marsad (" + names.size() + "); upgrade Marsad");
      }
      for (int v = current + 1; v <= names.size(); v++) {
        String name = names.get(v - 1);
        lockForWrite(c);
        if (currentVersion(c) >= v) {
          c.commit();
          continue;
        }
        try (Statement st = c.createStatement()) {
          for (String sql : statements(migrationText(name))) {
            st.execute(sql);
          }
        }
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
          ps.setInt(1, v);
          ps.setString(2, name);
          ps.setTimestamp(3, Timestamp.from(Instant.now()));
          ps.executeUpdate();
        }
        c.commit();
      }
      return names.size();
    } catch (SQLException e) {
      throw new StoreException("cannot prepare the schema of " + display + ": " + firstLine(e), e);
    }
  }

  private static int currentVersion(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  static List<String> migrationNames() {
    List<String> out = new ArrayList<>();
    try (InputStream in = Db.class.getResourceAsStream(MIGRATIONS + "index.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + MIGRATIONS + "index.txt");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migrations", e);
    }
    return out;
  }

  private String migrationText(String name) {
    String own = read(MIGRATIONS + name + "." + dialect.suffix + ".sql");
    if (own != null) {
      return own;
    }
    String common = read(MIGRATIONS + name + ".sql");
    if (common == null) {
      throw new IllegalStateException("missing migration " + name);
    }
    return common;
  }

  private static String read(String resource) {
    try (InputStream in = Db.class.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  /** Splits a migration into statements at semicolons that end a line; drops {@code --} comments. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : sql.split("\n")) {
      int dash = line.indexOf("--");
      String code = dash >= 0 ? line.substring(0, dash) : line;
      if (code.isBlank()) {
        continue;
      }
      cur.append(code).append('\n');
      if (code.stripTrailing().endsWith(";")) {
        String s = cur.toString().strip();
        out.add(s.substring(0, s.length() - 1));
        cur.setLength(0);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }

  @Override
  public void close() {
    if (duckRoot != null) {
      try {
        duckRoot.close();
      } catch (SQLException e) {
        // closing: nothing to report
      }
    }
  }
}
