package org.marsad.model;

/** ACLED event type and sub-type. */
public record AcledType(String type, String subtype) {
}
