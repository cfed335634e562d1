package org.marsad.model;

/**
 * An event's actor, recipient or quote speaker: the words in the text and who they denote.
 *
 * @param entity id of the matching entity in {@link Document#entities()}, or null
 */
public record Participant(String text, int start, int end, String name, String country,
                          String sector, String entity) {
}
