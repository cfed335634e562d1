package org.marsad.model;

/** A source the text credits for an event: an outlet, an official, «مصادر محلية». */
public record Attribution(String text, int start, int end, String name) {
}
