package org.marsad.model;

/**
 * When an event happened.
 *
 * @param value     ISO date ({@code 2023-09-19}), month ({@code 2023-09}) or year ({@code 2023})
 * @param precision {@code day}, {@code month} or {@code year}
 * @param basis     {@code explicit}, {@code relative} or {@code published}
 */
public record EventDate(String value, String precision, String basis) {
}
