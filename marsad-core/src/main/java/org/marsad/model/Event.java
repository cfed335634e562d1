package org.marsad.model;

import java.util.List;
import java.util.Map;

/**
 * One event of an article, coded in PLOVER (type, mode), CAMEO and ACLED.
 *
 * @param id          document-local id ({@code V1} ...)
 * @param type        one of the 16 PLOVER types
 * @param mode        PLOVER mode of that type, or null
 * @param cameo       closest CAMEO code
 * @param acled       ACLED type and sub-type, or null
 * @param score       conflict–cooperation score, -10..10
 * @param factuality  whether it is reported as happening
 * @param sentence    the sentence of the first mention
 * @param trigger     the trigger words of the first mention
 * @param actor       who acts, or null
 * @param recipient   who is acted upon, or null
 * @param location    where, or null
 * @param date        when, or null
 * @param numbers     killed/injured/arrested/displaced/missing counts (insertion-ordered)
 * @param attribution sources credited
 * @param quote       the quoted statement, or null
 * @param confidence  0..1
 * @param mentions    every mention's trigger span (the first is {@code trigger})
 */
public record Event(String id, String type, String mode, String cameo, AcledType acled, double score,
                    Factuality factuality, Span sentence, Trigger trigger,
                    Participant actor, Participant recipient, Place location, EventDate date,
                    Map<String, Count> numbers, List<Attribution> attribution, Quote quote,
                    double confidence, List<Span> mentions) {

  /** The words that signal an event. */
  public record Trigger(String text, int start, int end) {
  }

  public Event {
    numbers = numbers == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(numbers));
    attribution = attribution == null ? List.of() : List.copyOf(attribution);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }

  /** This event with {@code newLocation} as its place. */
  public Event withLocation(Place newLocation) {
    return new Event(id, type, mode, cameo, acled, score, factuality, sentence, trigger, actor, recipient,
        newLocation, date, numbers, attribution, quote, confidence, mentions);
  }

  public Event withId(String newId) {
    return new Event(newId, type, mode, cameo, acled, score, factuality, sentence, trigger, actor, recipient,
        location, date, numbers, attribution, quote, confidence, mentions);
  }
}
