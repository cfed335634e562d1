package org.marsad.events;

import org.marsad.model.Entity;
import org.marsad.model.Participant;

/**
 * A candidate participant in one sentence: a run of tokens made of titles («وزير الخارجية»), entities and
 * nisba adjectives («الحكومة الألمانية», «الرئيس التركي رجب طيب أردوغان»), with the state or organisation
 * it stands for.
 *
 * @param first    first token
 * @param end      token after the last
 * @param start    UTF-16 start of the first token
 * @param stop     UTF-16 end of the last token
 * @param country  ISO3 code or null
 * @param sector   actor sector or null
 * @param name     canonical name or null
 * @param entity   the main entity, or null for a bare title («الجيش»)
 * @param prep     the preposition right before it (normalised, «و» removed), or "" when none
 * @param place    true when the main entity is a place (a city, region or country with coordinates)
 * @param nisba    true when it starts with a nationality adjective (it then qualifies the noun before it)
 * @param media    true for outlets and agencies (sources, not actors)
 * @param titleOnly true when no entity gives it a country (a bare «الجيش», «الحكومة»)
 */
record Part(int first, int end, int start, int stop, String country, String sector, String name, Entity entity,
            String prep, boolean place, boolean nisba, boolean media, boolean titleOnly) {

  boolean igo() {
    return "IGO".equals(sector) && country == null;
  }

  /** True when it can stand for an actor: it has a country or is an IGO. */
  boolean identified() {
    return country != null || igo();
  }

  /**
   * What tells two sides apart: the country, else the name («#name»), else the position («?start»). Two parts with
   * the same side are the same participant for an event's key.
   */
  String side() {
    return country != null ? country : name != null ? "#" + name : "?" + start;
  }

  Part withCountry(String c) {
    return new Part(first, end, start, stop, c, sector, name, entity, prep, place, nisba, media, titleOnly);
  }

  /** This bare title as an international organisation's ({@code name}, or null when unnamed): no state, no entity. */
  Part asIgo(String igoName) {
    return new Part(first, end, start, stop, null, "IGO", igoName, null, prep, place, nisba, media, titleOnly);
  }

  Participant participant(String text) {
    return new Participant(text.substring(start, stop), start, stop, name, country, sector,
        entity == null ? null : entity.id());
  }
}
