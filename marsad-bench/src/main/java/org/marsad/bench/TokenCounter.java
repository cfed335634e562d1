package org.marsad.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Tokens processed, reported by JMH as a throughput (the {@code :tokens} rows, tokens/s). */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class TokenCounter {
  public long tokens;

  @Setup(Level.Iteration)
  public void reset() {
    tokens = 0;
  }
}
