package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The other side of a clash (session 15): a noun of fighting between two sides («اشتباكات», «مواجهات», «معارك»)
 * that stands as a circumstance of the sentence's main clause — after «بعد», «إثر», «عقب», «خلال», «أثناء», «وسط»,
 * «جراء» — and names one side after «مع/ضد» is fought by the main clause's subject.
 *
 * <p>«تمكنت قوات الجيش اليمني من السيطرة على مواقع جديدة إثر مواجهات عنيفة ضد ميليشيا الحوثي» (YEM>YEM),
 * «وحققت قوات الحكومة السورية تقدما بعد اشتباكات مع مقاتلي المعارضة» (SYR>SYR), «وسيطرت حماس على قطاع غزة بعد
 * مواجهات دامية مع حركة فتح» (PSE>PSE): the noun has no actor of its own, and its partner after «مع/ضد» is the
 * recipient. The subject is the first part of the sentence (after a complementiser «أن/إن» if one stands before the
 * noun) that is a force, an authority, an armed group or a state, with no preposition, not the partner itself.
 */
final class ClashPartners {
  /** Nouns of fighting between two sides (normalised, without «ال»). */
  private static final Set<String> CLASHES = Set.of("اشتباكات", "اشتباك", "مواجهات", "مواجهه", "معارك", "معركه",
      "قتال", "اقتتال");
  /** Words of time or cause that make the noun a circumstance of the main clause (normalised, without «و»). */
  private static final Set<String> CIRCUMSTANCE = Set.of("بعد", "اثر", "عقب", "خلال", "اثناء", "وسط", "جراء",
      "اعقاب");
  /** Prepositions of the other side. */
  private static final Set<String> PARTNER = Set.of("مع", "ضد");
  /** Complementisers after which the main clause starts («قال المرصد إن قوات الحكومة ...»). */
  private static final Set<String> COMPLEMENTISERS = Set.of("ان", "بان", "انه", "انها", "وان");

  private ClashPartners() {
  }

  /** The subject who fights the clash of noun trigger {@code m}, or null. */
  static Part subject(List<Token> tokens, int from, int to, List<Part> ps, TriggerLexicon.Match m, Part recipient) {
    if (m.entry().verb() || m.first() - 1 < from
        || !CLASHES.contains(Parts.stripArticle(Parts.stripConj(tokens.get(m.first()).norm())))
        || !Parts.inSet(CIRCUMSTANCE, tokens.get(m.first() - 1).norm()) || !partnerAfter(tokens, m.end(), to)) {
      return null;
    }
    int start = from;
    for (int k = m.first() - 1; k >= from; k--) {
      if (COMPLEMENTISERS.contains(tokens.get(k).norm())) {
        start = k + 1;
        break;
      }
    }
    for (Part p : ps) {
      if (p.first() >= m.first()) {
        break;
      }
      if (p.first() < start || !p.prep().isEmpty() || p.media() || p.country() == null || p.nisba()
          || p.place() && !state(p)) {
        continue; // «دمشق - قالت ...»: a dateline or a place named before is no subject
      }
      if (recipient != null && p.side().equals(recipient.side()) && p.first() == recipient.first()) {
        return null;
      }
      return acting(p) && !person(tokens, p) ? p : null; // «رد نتنياهو ... إثر مقتل ... خلال مواجهات مع الجيش»

    }
    return null;
  }

  /** «مع/ضد» right after the noun, maybe over one adjective («اشتباكات عنيفة مع»). */
  private static boolean partnerAfter(List<Token> tokens, int b, int to) {
    for (int k = b; k < Math.min(to, b + 2); k++) {
      if (PARTNER.contains(Parts.stripConj(tokens.get(k).norm()))) {
        return true;
      }
      if (tokens.get(k).kind() != Token.Kind.WORD) {
        return false;
      }
    }
    return false;
  }

  private static boolean state(Part p) {
    return p.entity() != null && p.entity().kb() != null && p.entity().kb().startsWith("iso3:");
  }

  /** Titles of one person, who leads or speaks but does not fight (normalised, without «ال»). */
  private static final Set<String> PERSON_TITLES = Set.of("رييس", "وزير", "ملك", "امير", "زعيم", "قايد", "متحدث",
      "ناطق", "مندوب", "سفير", "نايب", "مستشار");

  private static boolean person(List<Token> tokens, Part p) {
    return p.entity() != null && p.entity().type() == org.marsad.model.EntityType.PER
        || PERSON_TITLES.contains(Parts.stripArticle(Parts.stripConj(tokens.get(p.first()).norm())));
  }

  /** A force, authority, armed group or state: one that can fight. */
  private static boolean acting(Part p) {
    String sec = p.sector();
    String kb = p.entity() == null ? null : p.entity().kb();
    return "MIL".equals(sec) || "GOV".equals(sec) || "REB".equals(sec)
        || kb != null && (kb.startsWith("group:") || kb.startsWith("iso3:"));
  }
}
