package org.marsad.kb;

import java.time.LocalDate;

/**
 * One dated role of a person (or any actor) in the knowledge base.
 *
 * @param country ISO3 code the role belongs to, or null (international roles)
 * @param sector  sector code of the role (GOV, MIL, IGO ...), or null when the source has none
 * @param role    role noun in English ({@code head_of_state}, {@code foreign_minister} ...), or null
 * @param from    first day, or null when unknown
 * @param to      last day, or null when open or unknown
 */
public record Term(String country, String sector, String role, LocalDate from, LocalDate to) {
  /** True when {@code day} falls inside this term (unknown bounds are open). */
  public boolean covers(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }
}
