package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The one responsible for a material act (session 14): an act noun right after «عن» whose responsible party the
 * sentence names is that party's act.
 *
 * <p>Rules (the act is a noun trigger starting right after «عن»):
 * <ol>
 *   <li><b>Responsible</b>: a part right before «مسؤول/مسؤولة/المسؤولة/مسؤولان/مسؤولون ... عن», maybe over «هو/هي/هم»
 *       («أن قوات النظام السوري مسؤولة عن هجوم بغاز الكلور», «بأن روسيا هي المسؤولة عن هجوم بغاز أعصاب»);</li>
 *   <li><b>Responsibility</b>: a part right before «مسؤوليته/مسؤوليتها/مسؤوليتهم/المسؤولية ... عن», maybe over a comma or a
 *       day between commas («أعلن الحرس الثوري الإيراني، الأحد، مسؤوليته، عن إطلاق الصواريخ», «وحملت الحكومة
 *       الحوثيين المسؤولية عن الهجوم»: the one held responsible).</li>
 * </ol>
 * Not a denial («نفى مسؤوليته عن»: the part is the denier's subject with a verb of denying before it), nor a part
 * governed by a preposition.
 */
final class Responsibility {
  /** «مسؤول» and its forms before «عن» (normalised). */
  private static final Set<String> RESPONSIBLE = Set.of("مسوول", "المسوول", "مسووله", "المسووله", "مسوولان",
      "المسوولان", "مسوولون", "المسوولون", "مسوولين", "المسوولين", "مسوولتان", "المسوولتان");
  /** «مسؤولية» with a pronoun or the article (normalised). */
  private static final Set<String> RESPONSIBILITY = Set.of("مسووليته", "مسووليتها", "مسووليتهم", "مسووليتهما",
      "المسووليه");
  /** Pronouns of a nominal sentence between the subject and «المسؤول» (normalised). */
  private static final Set<String> COPULAS = Set.of("هو", "هي", "هم", "هما");
  /** Verbs of denying before the responsible part (normalised, without «و/ف»). */
  private static final Set<String> DENIALS = Set.of("نفي", "نفت", "ينفي", "تنفي", "نفوا", "ينفون", "انكر", "انكرت",
      "ينكر", "تنكر", "رفض", "رفضت", "يرفض", "ترفض", "تنصل", "تنصلت", "استبعد", "استبعدت");

  private Responsibility() {
  }

  /** The part responsible for the act of trigger {@code m}, or null. */
  static Part of(List<Token> tokens, int from, List<Part> ps, TriggerLexicon.Match m) {
    int k = m.first() - 1;
    if (m.entry().verb() || k - 2 < from || !tokens.get(k).norm().equals("عن")) {
      return null;
    }
    k--;
    if (Asides.isComma(tokens.get(k))) {
      k--; // «مسؤوليته، عن»
    }
    String n = Parts.stripConj(tokens.get(k).norm());
    int end;
    if (RESPONSIBLE.contains(n)) {
      end = k > from && COPULAS.contains(tokens.get(k - 1).norm()) ? k - 1 : k;
    } else if (RESPONSIBILITY.contains(n)) {
      end = k;
      if (end - 3 >= from && Asides.isComma(tokens.get(end - 1)) && Weekdays.NAMES.contains(tokens.get(end - 2).norm())
          && Asides.isComma(tokens.get(end - 3))) {
        end -= 3; // «أعلن الحرس الثوري الإيراني، الأحد، مسؤوليته»
      }
    } else {
      return null;
    }
    for (Part p : ps) {
      if (p.end() == end && p.identified() && p.prep().isEmpty()) {
        return p.first() > from && Parts.inSet(DENIALS, tokens.get(p.first() - 1).norm()) ? null : p;
      }
    }
    return null;
  }
}
