package org.marsad.model;

/**
 * A reported number of people.
 *
 * @param value     the number as stated
 * @param qualifier {@code exact}, {@code at_least}, {@code more_than}, {@code about} or {@code up_to}
 * @param civilians the stated civilian subset, or null
 */
public record Count(long value, String qualifier, Long civilians) {
}
