package org.marsad.store;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.marsad.Marsad;
import org.marsad.cluster.EventClusterer;

/**
 * A child JVM for crash tests: ingests {@code n} generated articles in small batches, printing
 * {@code committed N} after each batch. Args: dbSpec indexFolder n.
 */
public final class IngestChild {
  private IngestChild() {
  }

  public static void main(String[] args) {
    String spec = args[0];
    Path index = Path.of(args[1]);
    int n = Integer.parseInt(args[2]);
    try (EventStore s = EventStore.open(spec, index, EventClusterer.standard())) {
      Iterator<Article> it = new Iterator<>() {
        int i;

        @Override
        public boolean hasNext() {
          return i < n;
        }

        @Override
        public Article next() {
          return new Article(Fixtures.workload(i++), "api", "generated");
        }
      };
      new Ingestor(s, Marsad.of(List.of()), 2, 25).run(it, new Ingestor.Listener() {
        @Override
        public void committed(IngestReport total, long read) {
          System.out.println("committed " + total.added());
          System.out.flush();
        }
      });
      System.out.println("done");
    }
  }
}
