package org.marsad.store;

import java.nio.file.Path;
import org.marsad.Marsad;
import org.marsad.cluster.EventClusterer;

/**
 * A child JVM for {@link IngestUnderFaultsTest}: analyses {@code n} {@link SyntheticArticles} with
 * {@link Marsad#standard()} on two threads and ingests them in batches, printing {@code committed N} after each
 * batch and {@code done} at the end. Args: dbSpec indexFolder n seed batch.
 */
public final class SyntheticIngestChild {
  private SyntheticIngestChild() {
  }

  public static void main(String[] args) {
    String spec = args[0];
    Path index = Path.of(args[1]);
    int n = Integer.parseInt(args[2]);
    long seed = Long.parseLong(args[3]);
    int batch = Integer.parseInt(args[4]);
    System.out.println("started");
    System.out.flush();
    try (EventStore s = EventStore.open(spec, index, EventClusterer.standard())) {
      new Ingestor(s, Marsad.standard(), 2, batch).run(SyntheticArticles.generate(n, seed).iterator(),
          new Ingestor.Listener() {
            @Override
            public void committed(IngestReport total, long read) {
              System.out.println("committed " + total.added());
              System.out.flush();
            }
          });
    }
    System.out.println("done");
  }
}
