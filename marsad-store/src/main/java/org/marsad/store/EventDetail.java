package org.marsad.store;

import java.util.List;

/**
 * One event with its provenance: every mention and the sentence it stands in.
 *
 * @param summary  the flattened event
 * @param record   the event exactly as extracted, as its marsad/1 JSON object
 * @param mentions where the article reports it, in text order
 */
public record EventDetail(EventSummary summary, String record, List<Mention> mentions) {
  public EventDetail {
    mentions = List.copyOf(mentions);
  }

  /**
   * One mention: the trigger span and its source sentence (UTF-16 offsets into the article text).
   */
  public record Mention(int start, int end, String text, int sentenceStart, int sentenceEnd, String sentence) {
  }
}
