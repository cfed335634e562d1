package org.marsad.kb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Regular forms of an Arabic nisba (nationality) adjective, generated from its masculine singular.
 *
 * <p>Rules, for a base such as «ألماني» (it must end in «ي»):
 * <ol>
 *   <li>masculine singular: «ألماني»;</li>
 *   <li>feminine singular: base + «ة»: «ألمانية»;</li>
 *   <li>sound masculine plural: base + «ون» / «ين»: «ألمانيون»، «ألمانيين»;</li>
 *   <li>masculine dual: base + «ان» / «ين»: «ألمانيان»;</li>
 *   <li>feminine dual: base + «تان» / «تين»: «ألمانيتان»، «ألمانيتين»;</li>
 *   <li>each of the above also with the article «ال»: «الألمانية».</li>
 * </ol>
 * Broken plurals and irregular forms (الألمان، الروس، الأتراك، الأمريكان) are not generated: the curated
 * file lists them.
 */
public final class Nisba {
  static final String ARTICLE = "\u0627\u0644";
  private static final String[] ENDINGS = {"", "\u0629", "\u0648\u0646", "\u064A\u0646", "\u0627\u0646",
      "\u062A\u0627\u0646", "\u062A\u064A\u0646"};

  private Nisba() {
  }

  /** Every regular form of {@code base}; a base not ending in «ي» yields itself and its definite form only. */
  public static List<String> forms(String base) {
    String b = base.strip();
    Set<String> out = new LinkedHashSet<>();
    boolean regular = !b.isEmpty() && b.charAt(b.length() - 1) == '\u064A';
    for (String end : regular ? ENDINGS : new String[] {""}) {
      out.add(b + end);
    }
    List<String> indefinite = new ArrayList<>(out);
    if (!b.startsWith(ARTICLE)) {
      for (String f : indefinite) {
        out.add(ARTICLE + f);
      }
    }
    return List.copyOf(out);
  }
}
