package org.marsad.store;

/**
 * What one call to ingest did.
 *
 * @param added      new articles stored
 * @param duplicates articles skipped because the same text (hash) or URL was already stored
 * @param events     events stored with the new articles
 * @param clustersTouched clusters created or updated
 */
public record IngestReport(int added, int duplicates, int events, int clustersTouched) {
  public IngestReport plus(IngestReport o) {
    return new IngestReport(added + o.added, duplicates + o.duplicates, events + o.events,
        clustersTouched + o.clustersTouched);
  }

  public static final IngestReport EMPTY = new IngestReport(0, 0, 0, 0);
}
