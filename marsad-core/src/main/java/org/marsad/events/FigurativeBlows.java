package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/**
 * «ضربة» as a setback: «في ضربة كبيرة للرئيس دونالد ترامب», «تعتبر هذه الاتهامات ضربة مدوية للمدعي العام», «تلقى
 * بنيامين نتانياهو ضربة جديدة».
 *
 * <p>Rule (session 13): the singular noun «ضربة» is no attack when what it is dealt to, after «لـ» or «إلى» within
 * {@link #REACH} words, is a person (a name, or a title of a person: «للرئيس», «للمدعي», «لرئيس»); or when a verb of
 * judging stands within two words before it («تعتبر», «يشكل», «بمثابة»: a judgement that something is a blow); or
 * when a person named right after «تلقى» received it. A blow dealt to a force, a group or a state («ضربة قاضية
 * لميليشيات الحوثي», «ضربة إلى عاصمة دولة») stays an attack.
 */
final class FigurativeBlows {
  /** The singular noun (normalised, without «و/ف»). */
  private static final Set<String> BLOW = Set.of("ضربه", "الضربه", "بضربه");
  /** Titles of persons after «لـ» (normalised, with the preposition). */
  private static final Set<String> PERSON_TITLES = Set.of("للرييس", "لرييس", "للمدعي", "لوزير", "للوزير",
      "للملك", "لولي", "للامين", "لزعيم", "للزعيم", "لمرشح", "للمرشح");
  /** Verbs and words of judging («تعتبر», «يشكل», «بمثابة»), normalised, without «و/ف». */
  private static final Set<String> JUDGING = Set.of("تعتبر", "يعتبر", "اعتبر", "اعتبرت", "تشكل", "يشكل", "شكل",
      "شكلت", "تمثل", "يمثل", "مثل", "مثلت", "بمثابه", "تعد", "يعد", "عدت");
  /** Forms of «تلقى» (to receive), normalised, without «و/ف». */
  private static final Set<String> RECEIVED = Set.of("تلقي", "تلقت", "يتلقي", "تتلقي");
  /** Words after the noun within which the one it is dealt to is sought. */
  static final int REACH = 3;

  private FigurativeBlows() {
  }

  /** True when the ASSAULT noun at token {@code i} (sentence from {@code from} to {@code to}) is a setback. */
  static boolean setback(List<Token> tokens, int i, int from, int to, List<Part> ps) {
    if (!BLOW.contains(Parts.stripConj(tokens.get(i).norm()))) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(from, i - 2); k--) {
      if (JUDGING.contains(Parts.stripConj(tokens.get(k).norm()))) {
        return true;
      }
    }
    Part before = null;
    for (Part p : ps) {
      if (p.end() == i) {
        before = p;
      }
    }
    if (before != null && before.first() > from && RECEIVED.contains(Parts.stripConj(tokens.get(before.first() - 1).norm()))
        && person(before)) {
      return true; // «تلقى بنيامين نتانياهو ضربة جديدة»
    }
    for (int k = i + 1; k < Math.min(to, i + 1 + REACH); k++) {
      Token t = tokens.get(k);
      if (Clause.isBoundary(t)) {
        return false;
      }
      if (PERSON_TITLES.contains(t.norm())) {
        return true;
      }
      Part p = RoleFinder.partAt(ps, k);
      if (p != null && (p.prep().equals("ل") || p.prep().equals("الي"))) {
        return person(p);
      }
    }
    return false;
  }

  private static boolean person(Part p) {
    return p.entity() != null && p.entity().type() == EntityType.PER;
  }
}
