package org.marsad.events;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.AcledType;

/**
 * The event ontology: the single source of truth for PLOVER types, modes and scores, CAMEO codes and
 * ACLED types. Loaded once from the bundled tables {@code plover.tsv}, {@code cameo.tsv} and
 * {@code acled.tsv}, which {@code tools/build-ontology.py} derives from the PLOVER manual, the
 * CAMEO→PLOVER table and the ACLED codebook names. Immutable and thread-safe.
 *
 * <p>Rules:
 * <ul>
 *   <li>a mode is valid only when the PLOVER manual lists it for that type;</li>
 *   <li>{@link #score} is the score of the type/mode, else of the type;</li>
 *   <li>{@link #acled} is the first ACLED row mapped to the type and mode, else to the type with {@code *},
 *       else null (most diplomatic events have no ACLED type).</li>
 * </ul>
 */
public final class Ontology {
  private static final Ontology STANDARD = new Ontology();

  private final Map<String, Map<String, Double>> scores;
  private final Map<String, CameoCode> cameo;
  private final List<String[]> acled;

  /** One CAMEO code with its name and PLOVER coding. */
  public record CameoCode(String code, String name, String type, String mode) {
  }

  private Ontology() {
    Map<String, Map<String, Double>> s = new LinkedHashMap<>();
    for (String[] r : Tsv.read("plover.tsv")) {
      s.computeIfAbsent(r[0], k -> new LinkedHashMap<>()).put(r[1], Double.parseDouble(r[2]));
    }
    Map<String, Map<String, Double>> frozen = new LinkedHashMap<>();
    s.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
    scores = Collections.unmodifiableMap(frozen);
    if (scores.size() != 16) {
      throw new IllegalStateException("plover.tsv: expected 16 PLOVER types, found " + scores.size());
    }
    Map<String, CameoCode> c = new HashMap<>();
    for (String[] r : Tsv.read("cameo.tsv")) {
      c.put(r[0], new CameoCode(r[0], r[1], r[2], r[3].isEmpty() ? null : r[3]));
    }
    cameo = Collections.unmodifiableMap(c);
    acled = List.copyOf(Tsv.read("acled.tsv"));
  }

  /** The bundled ontology. */
  public static Ontology standard() {
    return STANDARD;
  }

  /** The 16 PLOVER types, in the manual's order. */
  public Set<String> types() {
    return scores.keySet();
  }

  /** The modes the PLOVER manual lists for {@code type} (empty for unknown types). */
  public Set<String> modes(String type) {
    Map<String, Double> m = scores.get(type);
    if (m == null) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>(m.keySet());
    out.remove("");
    return Collections.unmodifiableSet(out);
  }

  /** True when {@code mode} is null or one of {@code type}'s modes. */
  public boolean isValid(String type, String mode) {
    return scores.containsKey(type) && (mode == null || modes(type).contains(mode));
  }

  /** The PLOVER conflict–cooperation score of the type and mode (mode may be null). */
  public double score(String type, String mode) {
    Map<String, Double> m = scores.get(type);
    if (m == null) {
      throw new IllegalArgumentException("not a PLOVER type: " + type);
    }
    Double v = mode == null ? null : m.get(mode);
    return v != null ? v : m.get("");
  }

  /** The CAMEO code, or null when unknown. */
  public CameoCode cameo(String code) {
    return cameo.get(code);
  }

  /** The ACLED type and sub-type of a PLOVER type and mode, or null. */
  public AcledType acled(String type, String mode) {
    for (String[] r : acled) {
      if (r[3].equals(type) && mode != null && r[4].equals(mode)) {
        return new AcledType(r[1], r[2]);
      }
    }
    for (String[] r : acled) {
      if (r[3].equals(type) && r[4].equals("*")) {
        return new AcledType(r[1], r[2]);
      }
    }
    return null;
  }
}
