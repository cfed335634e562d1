package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The victims of an attack named by their nationality (session 8): a noun of people followed by a nationality
 * adjective («رجل سوري», «صحفي سعودي», «مواطنين أمريكيين») near the trigger, in its clause, is the recipient, so a
 * person attacked abroad is not taken for the country of the place («تعرض رجل سوري للضرب المبرح شمال ألمانيا» is
 * SYR, not DEU).
 *
 * <p>Rules:
 * <ol>
 *   <li>the nationality part starts right after a noun of {@link #PEOPLE} (with or without «ال», «و»);</li>
 *   <li>it stands within {@link #REACH} tokens of the trigger, with no clause boundary between;</li>
 *   <li>the trigger is a noun («للضرب», «مقتل») or a casualty verb («قُتل»): next to another verb the people are
 *       its subject;</li>
 *   <li>the nearest such part wins.</li>
 * </ol>
 */
final class VictimNationality {
  /** Tokens between the trigger and the victims' nationality. */
  static final int REACH = 5;

  /**
   * Nouns of people who are victims rather than forces (normalised, without «ال»); session 21 added the feminine
   * and nominative forms («مقتل الصحفية السويدية» in Denmark took DNK).
   */
  static final Set<String> PEOPLE = Set.of("قس", "جاسوس", "دبلوماسي", "دبلوماسيين", "رهاين", "رعايا", "رجل", "رجال", "امراه", "نساء", "سيده", "شاب", "شبان", "فتاه",
      "فتيات", "فتي", "طفل", "طفله", "اطفال", "مواطن", "مواطنه", "مواطنين", "مواطنون", "صحفي", "صحافي", "صحفيين",
      "صحافيين", "لاجي", "لاجيين", "لاجيون", "مهاجر", "مهاجرين", "مهاجرون", "عامل", "عمال", "سايح", "سياح",
      "طالب", "طلاب", "شخص", "اشخاص", "ناشط", "ناشطه", "ناشطين", "مدون", "معارض", "زوجين", "عايله",
      "صحفيه", "صحافيه", "صحفيات", "صحفيون", "صحافيون", "طالبه", "طالبات", "لاجيه", "لاجيات", "مهاجره", "سايحه",
      "سايحات", "مدونه", "عامله", "عاملات", "دبلوماسيه"); // feminine and nominative forms (session 21)

  private VictimNationality() {
  }

  /** The nationality part of the victims near trigger {@code m}, or null. */
  static Part of(List<Token> tokens, List<Part> ps, TriggerLexicon.Match m) {
    if (m.entry().verb() && CasualtyCounter.kindOf(m.entry()) < 0) {
      return null; // «أطلق رجل سوري النار»: people next to an attack verb are its subject
    }
    Part best = null;
    int bestGap = Integer.MAX_VALUE;
    for (Part p : ps) {
      if (!p.nisba() || p.country() == null || p.first() == 0) {
        continue;
      }
      String before = Parts.stripArticle(Parts.stripConj(tokens.get(p.first() - 1).norm()));
      if (!PEOPLE.contains(before)) {
        continue;
      }
      int gap = p.first() > m.first() ? p.first() - m.end() : m.first() - p.end();
      boolean clear = p.first() > m.first() ? !Clause.between(tokens, m.end(), p.first() - 1)
          : !Clause.between(tokens, p.end(), m.first());
      if (gap >= 0 && gap <= REACH && clear && gap < bestGap) {
        best = p;
        bestGap = gap;
      }
    }
    return best;
  }
}
