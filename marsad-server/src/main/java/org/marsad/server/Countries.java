package org.marsad.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.TreeMap;

/**
 * Country names for the dashboard, from the JDK's own locale data (no bundled list): ISO 3166
 * alpha-3 to alpha-2, English and Arabic names. Built once; immutable.
 */
final class Countries {
  private static final Locale AR = Locale.forLanguageTag("ar");

  record Country(String iso3, String iso2, String en, String ar) {
  }

  private static final Map<String, Country> BY_ISO3 = build();

  private Countries() {
  }

  private static Map<String, Country> build() {
    Map<String, Country> m = new TreeMap<>();
    for (String iso2 : Locale.getISOCountries()) {
      Locale l = new Locale.Builder().setRegion(iso2).build();
      String iso3;
      try {
        iso3 = l.getISO3Country();
      } catch (MissingResourceException e) {
        continue;
      }
      if (iso3.isEmpty()) {
        continue;
      }
      m.put(iso3, new Country(iso3, iso2, l.getDisplayCountry(Locale.ENGLISH), l.getDisplayCountry(AR)));
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The country with ISO alpha-3 {@code iso3} (any case), or null. */
  static Country of(String iso3) {
    return iso3 == null ? null : BY_ISO3.get(iso3.toUpperCase(Locale.ROOT));
  }

  /** Whether {@code iso3} is a known ISO alpha-3 code. */
  static boolean known(String iso3) {
    return of(iso3) != null;
  }

  static ArrayNode json() {
    ArrayNode a = Http.mapper().createArrayNode();
    for (Country c : BY_ISO3.values()) {
      ObjectNode n = a.addObject();
      n.put("iso3", c.iso3());
      n.put("iso2", c.iso2());
      n.put("en", c.en());
      n.put("ar", c.ar());
    }
    return a;
  }
}
