package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Nisbas joined by a dash name two sides, or two co-actors, not one actor with the second lost (session 17, ev17c).
 *
 * <p>Rule: when the actor of a noun trigger ends in a nisba and a dash («-», «–», «—», over quotation marks) joins it
 * to a nisba part of another state («المواجهات الإسرائيلية-الفلسطينية», «التعاون السعودي-الأميركي», «الاتفاق
 * "الروسي - التركي"»), the parts are read by the noun:
 * <ul>
 *   <li>a meeting, agreement or cooperation (CONSULT, AGREE, COOPERATE), or a clash, war or conflict between sides
 *       ({@link #MUTUAL}: «الاشتباكات الهندية-الباكستانية»): the second nisba is the other side, the recipient,
 *       when there is none or it is the actor's own state;</li>
 *   <li>any other act («الضربات الأمريكية-البريطانية على سوريا», «ضربات أمريكية-بريطانية-فرنسية»): each further
 *       nisba is a co-actor of the act.</li>
 * </ul>
 * The parts were split by the dash ({@link Parts} joins only adjacent items), so the first nisba alone was the actor.
 * A verb's subject whose dashed nisba was taken as the recipient gets them as co-actors ({@link #coSubjects}).
 */
final class DashNisbas {
  /** Dashes between the nisbas of a compound. */
  private static final Set<String> DASHES = Set.of("-", "–", "—");

  /** Quotation marks that may stand around the compound («الاتفاق "الروسي - التركي"»). */
  private static final Set<String> QUOTES = Set.of("\"", "«", "»", "“", "”", "'");

  /** Types whose noun names two sides meeting, agreeing or cooperating. */
  private static final Set<String> RECIPROCAL = Set.of("CONSULT", "AGREE", "COOPERATE");

  /** Nouns of fighting between two sides (normalised, without «و/ف» and «ال»), read as actor and recipient. */
  static final Set<String> MUTUAL = Set.of("مواجهات", "مواجهه", "اشتباكات", "اشتباك", "معارك", "معركه", "حرب",
      "نزاع", "صراع", "قتال", "اقتتال", "تبادل", "مناوشات");

  private DashNisbas() {
  }

  /** Reads the dash compound of candidate {@code c}'s actor, when the rule applies. */
  static void read(List<Token> tokens, int to, List<Part> ps, Cand c) {
    Part a = c.actor;
    TriggerLexicon.Match m = c.trigger;
    if (a == null || a.country() == null || a.entity() == null || !Parts.isNisba(a.entity())) {
      return;
    }
    if (m.entry().verb() || a.first() != m.end()) {
      coSubjects(tokens, to, ps, c);
      return;
    }
    List<Part> chain = new ArrayList<>();
    Part last = a;
    while (true) {
      Part next = dashed(tokens, to, ps, last);
      if (next == null) {
        break;
      }
      chain.add(next);
      last = next;
    }
    if (chain.isEmpty()) {
      return;
    }
    String noun = Parts.stripArticle(Parts.stripConj(tokens.get(m.first()).norm()));
    boolean mutual = RECIPROCAL.contains(c.type()) || c.type().equals("ASSAULT") && MUTUAL.contains(noun);
    if (mutual) {
      if (c.recipient == null || c.recipient.country() == null || c.recipient.country().equals(a.country())) {
        c.recipient = chain.get(0);
      }
      return;
    }
    List<Part> co = new ArrayList<>(c.coActors);
    for (Part p : chain) {
      if (c.recipient == null || !p.country().equals(c.recipient.country())) {
        co.add(p);
      }
    }
    c.coActors = List.copyOf(co);
  }

  /**
   * A verb's subject ending in a nisba whose dashed nisbas were read as the recipient («استهدفت ضربات جوية
   * أمريكية-بريطانية-فرنسية مواقع عسكرية في سوريا» was USA>GBR): the dashed nisbas are co-actors and the recipient
   * is left to the place.
   */
  private static void coSubjects(List<Token> tokens, int to, List<Part> ps, Cand c) {
    Part next = dashed(tokens, to, ps, c.actor);
    if (next == null || c.recipient != next) {
      return;
    }
    List<Part> co = new ArrayList<>(c.coActors);
    for (Part p = next; p != null; p = dashed(tokens, to, ps, p)) {
      co.add(p);
    }
    c.coActors = List.copyOf(co);
    c.recipient = null;
  }

  /** The nisba part of another state than {@code p}'s joined to {@code p} by a dash, or null. */
  static Part dashed(List<Token> tokens, int to, List<Part> ps, Part p) {
    int k = p.end();
    while (k < to && QUOTES.contains(tokens.get(k).text())) {
      k++;
    }
    if (k >= to || !DASHES.contains(tokens.get(k).text())) {
      return null;
    }
    k++;
    while (k < to && (QUOTES.contains(tokens.get(k).text()) || DASHES.contains(tokens.get(k).text()))) {
      k++;
    }
    for (Part q : ps) {
      if (q.first() == k) {
        return q.nisba() && q.entity() != null && Parts.isNisba(q.entity()) && q.country() != null
            && !q.country().equals(p.country()) ? q : null;
      }
    }
    return null;
  }
}
