package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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
  void everyStaticWordSetOfTheEventRulesIsNormalised() throws Exception {
    List<String> offenders = new ArrayList<>();
    int sets = 0;
    List<Class<?>> classes = eventClasses();
    assertThat(classes).contains(EventExtractor.class, RoleFinder.class, Morphology.class, NoEventReadings.class,
        VictimNationality.class);
    for (Class<?> c : classes) {
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

  /** Every class of the events package (nested ones too), read from the directory or jar it was compiled into. */
  private static List<Class<?>> eventClasses() throws Exception {
    Path root = Path.of(Clause.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String pkg = Clause.class.getPackageName();
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(root.resolve(pkg.replace('.', '/')))) {
      for (String n : files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class")).sorted().toList()) {
        out.add(Class.forName(pkg + "." + n.substring(0, n.length() - ".class".length())));
      }
    }
    return out;
  }

  /** Words with an Arabic letter (sets of PLOVER types and other ASCII codes are not words of the text). */
  private static boolean arabic(String w) {
    return w.chars().anyMatch(ch -> ch >= 0x0600 && ch <= 0x06FF);
  }
}
