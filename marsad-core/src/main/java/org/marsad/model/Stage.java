package org.marsad.model;

/**
 * One step of the pipeline: takes an immutable document and returns a new one.
 * Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface Stage {
  Document apply(Document doc);
}
