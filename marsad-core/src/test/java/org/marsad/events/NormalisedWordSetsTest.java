package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

/**
 * The event rules compare their word sets with normalised tokens, so every word in them must already be in normal
 * form: a literal written with «ئ», «ة» or «أ» («قائلا», «مئات») can never match and silently disables its rule.
 */
class NormalisedWordSetsTest {
  /** Sets of surface forms, compared with the text as written (on purpose not normalised). */
  private static final Set<String> SURFACE_SETS = Set.of("Parts.HAMZA_PREPOSITIONS", "Clause.NOT_BOUNDARY");

  @Test
  void everyStaticWordSetOfTheEventRulesIsNormalised() throws IllegalAccessException {
    List<String> offenders = new ArrayList<>();
    int sets = 0;
    for (Class<?> c : List.of(Clause.class, EventExtractor.class, FactualityRule.class, Parts.class,
        RoleFinder.class, CasualtyCounter.class, NoEventReadings.class, VictimNationality.class)) {
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) || !Set.class.isAssignableFrom(f.getType())
            || SURFACE_SETS.contains(c.getSimpleName() + "." + f.getName())) {
          continue;
        }
        f.setAccessible(true);
        Object value = f.get(null);
        if (!(value instanceof Set<?> set)) {
          continue;
        }
        sets++;
        for (Object o : set) {
          if (o instanceof String w && arabic(w) && !w.equals(ArabicNormalizer.INSTANCE.normalize(w))) {
            offenders.add(c.getSimpleName() + "." + f.getName() + ": " + w);
          }
        }
      }
    }
    assertThat(sets).as("word sets found").isGreaterThan(20);
    assertThat(offenders).isEmpty();
  }

  /** Words with an Arabic letter (sets of PLOVER types and other ASCII codes are not words of the text). */
  private static boolean arabic(String w) {
    return w.chars().anyMatch(ch -> ch >= 0x0600 && ch <= 0x06FF);
  }
}
