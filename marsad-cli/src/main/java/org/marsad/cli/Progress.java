package org.marsad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.marsad.store.IngestReport;

/** A one-line progress bar on a terminal's stderr; does nothing when output is piped. */
final class Progress {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final long total;
  private final boolean on;
  private final long start = System.nanoTime();
  private boolean drawn;

  private Progress(PrintWriter err, long total, boolean on) {
    this.err = err;
    this.total = total;
    this.on = on;
  }

  /** A bar on {@code err} when {@code terminal} (e.g. {@code System.console() != null}), else a silent one. */
  static Progress create(PrintWriter err, long total, boolean terminal) {
    return new Progress(err, total, terminal);
  }

  void update(long read, IngestReport r) {
    if (!on) {
      return;
    }
    double secs = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    StringBuilder sb = new StringBuilder("\r");
    if (total > 0) {
      int filled = (int) Math.min(WIDTH, WIDTH * read / total);
      sb.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
      sb.append(read).append('/').append(total);
    } else {
      sb.append(read).append(" read");
    }
    sb.append(String.format(Locale.ROOT, "  %d new, %d dup, %d events, %.0f/s ", r.added(), r.duplicates(),
        r.events(), read / secs));
    err.print(sb);
    err.flush();
    drawn = true;
  }

  void clear() {
    if (on && drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }
}
