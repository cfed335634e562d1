package org.marsad.store;

import java.util.List;

/**
 * One page of results.
 *
 * @param items  the rows of this page
 * @param total  how many rows match in all
 * @param limit  the page size asked for
 * @param offset rows skipped
 */
public record Page<T>(List<T> items, long total, int limit, int offset) {
  public Page {
    items = List.copyOf(items);
  }
}
