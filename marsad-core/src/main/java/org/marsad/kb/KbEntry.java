package org.marsad.kb;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.marsad.model.EntityType;

/**
 * One entry of the {@link KnowledgeBase}: a country, place, organisation, person or title.
 *
 * @param id         stable id: {@code iso3:AZE}, {@code nisba:AZE}, {@code geonames:587084},
 *                   {@code region:KARABAKH}, {@code igo:UN}, {@code group:HOUTHIS}, {@code outlet:REUTERS},
 *                   {@code inst:WHITE_HOUSE}, {@code person:ERDOGAN}, {@code cameo:...}, {@code title:PRESIDENT}
 * @param kind       what the entry is
 * @param type       entity type a mention gets (NISBA and TITLE mentions are MISC)
 * @param name       canonical English name (for a nisba the English demonym)
 * @param country    ISO3 code, or null (always null for IGOs)
 * @param sector     actor sector (GOV, MIL, REB, OPP, PTY, CVL, MED, IGO, NGO, BUS, JUD, POL, REL, UAF), or null
 * @param lat        latitude of a place, else null
 * @param lon        longitude of a place, else null
 * @param precision  {@code country}, {@code admin1}, {@code city} or {@code place} for places, else null
 * @param geonames   GeoNames id, or null
 * @param role       role of a person or title ({@code head_of_state}, {@code spokesperson} ...), or null
 * @param population population of a city, or null
 * @param terms      dated roles (people), possibly empty
 * @param names      the Arabic names and variants as written in the data, first = preferred
 */
public record KbEntry(String id, Kind kind, EntityType type, String name, String country, String sector,
                      Double lat, Double lon, String precision, Long geonames, String role, Long population,
                      List<Term> terms, List<String> names) {

  /** Kinds of entries. */
  public enum Kind {
    /** A sovereign state or territory with an ISO3 code. */
    COUNTRY,
    /** A nationality adjective or plural (الألماني، الألمانية، الألمان): points at its country. */
    NISBA,
    /** A capital city, also used as a metonym for its state's government (باكو → AZE). */
    CAPITAL,
    /** A city or town (GeoNames cities15000). */
    CITY,
    /** A region, province, district or conflict place (ناجورنو قرة باخ، الغوطة الشرقية، غزة). */
    REGION,
    /** An intergovernmental organisation or one of its bodies (country always null). */
    IGO,
    /** A national institution used for its government (البيت الأبيض، الكرملين، البنتاغون، الكنيست). */
    INSTITUTION,
    /** An armed group, party, movement or NGO. */
    GROUP,
    /** A news outlet or agency. */
    OUTLET,
    /** A named person. */
    PERSON,
    /** A title or role noun (الرئيس، وزير الخارجية، الجيش): never an entity by itself. */
    TITLE
  }

  public KbEntry {
    terms = List.copyOf(terms);
    names = List.copyOf(names);
  }

  /** True for places that carry coordinates. */
  public boolean isPlace() {
    return lat != null && lon != null;
  }

  /** The term covering {@code day}, else the latest term; empty when the entry has none. */
  public Optional<Term> termAt(LocalDate day) {
    if (terms.isEmpty()) {
      return Optional.empty();
    }
    if (day != null) {
      Optional<Term> t = terms.stream().filter(x -> x.covers(day))
          .max(Comparator.comparing(x -> x.from() == null ? LocalDate.MIN : x.from()));
      if (t.isPresent()) {
        return t;
      }
    }
    return terms.stream().max(Comparator.comparing(x -> x.from() == null ? LocalDate.MIN : x.from()));
  }
}
