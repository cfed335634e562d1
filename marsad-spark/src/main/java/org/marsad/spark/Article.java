package org.marsad.spark;

import java.io.Serializable;

/**
 * One input article as read from JSONL or Parquet, before analysis.
 *
 * @param lineNo    1-based position in the input (the JSONL line number), used for ids and error messages
 * @param id        document id, or null when the input gives none
 * @param text      article text, or null when absent
 * @param published publication date as given (only its first 10 characters are read), or null
 * @param problem   why the input could not be read (e.g. "not JSON"), or null
 */
record Article(long lineNo, String id, String text, String published, String title, String url, String outlet,
               String problem) implements Serializable {
}
