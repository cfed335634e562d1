package org.marsad.model;

/** Quoted words and their speaker. */
public record Quote(String text, int start, int end, Participant speaker) {
}
