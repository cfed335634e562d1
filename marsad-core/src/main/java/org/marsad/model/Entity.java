package org.marsad.model;

/**
 * A named entity found in the text.
 *
 * @param id      document-local id ({@code E1}, {@code E2} ...)
 * @param type    entity class
 * @param text    the words as written
 * @param start   UTF-16 start offset
 * @param end     UTF-16 end offset
 * @param name    canonical (English) name, or null
 * @param country ISO 3166-1 alpha-3 code, or null (always null for IGOs)
 * @param kb      knowledge-base id (e.g. {@code iso3:AZE}), or null when unlinked
 * @param lat     latitude for places, else null
 * @param lon     longitude for places, else null
 * @param sector  actor sector (GOV, MIL, REB, IGO ...) where known, else null
 * @param source  what found it: {@code kb} (gazetteer) or {@code ner} (statistical model)
 */
public record Entity(String id, EntityType type, String text, int start, int end,
                     String name, String country, String kb, Double lat, Double lon,
                     String sector, String source) {
  public Span span() {
    return new Span(start, end);
  }

  public Entity withId(String newId) {
    return new Entity(newId, type, text, start, end, name, country, kb, lat, lon, sector, source);
  }
}
