package org.marsad.model;

/**
 * Where an event happened, geocoded against the bundled gazetteer.
 *
 * @param precision one of {@code country}, {@code admin1}, {@code city}, {@code place}
 * @param geonames  GeoNames id where known, else null
 */
public record Place(String text, int start, int end, String name, String country,
                   Double lat, Double lon, String precision, Long geonames) {
}
