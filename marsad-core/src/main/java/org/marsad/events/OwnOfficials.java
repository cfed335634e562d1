package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/**
 * A leader meeting or calling his own ministers, officials, commanders or troops is no consultation between sides:
 * it is a state's own business (the guide's CONSULT is meetings, talks, visits and calls between actors; session 16
 * already dropped a leader's meeting with his own team, {@link NoPartyMet}).
 *
 * <p>Rule (session 17): a CONSULT whose actor and recipient are of the same state, one of them a leader (a person of
 * government named, or a title headed by «الرئيس», «الملك», «الأمير», «المرشد», «ولي العهد» …) and the other a
 * subordinate named only by office (headed by «وزير», «مسؤول/مسؤولين», «قادة», «ضباط», «عناصر», «جنود», «مستشار»,
 * «مساعد», «مدير»; no group, party or person named in it, and not of the opposition or rebels unless the state's forces
 * are named in it: «عناصر القوات السورية»), is not reported:
 * «اتصل ترامب بوزير الدفاع الأمريكي، جيم ماتيس» (was USA>USA), «في لقاء مع مسؤولين من الجيش الإيراني» (Khamenei,
 * IRN>IRN), «الرئيس بشار الأسد زار الأحد عناصر القوات السورية» (SYR>SYR), «اجتماعهم مع الرئيس» (his own officials,
 * USA>USA). A named other side stays («اجتمع الرئيس الأفغاني مع قادة طالبان», «التقى الرزاز رئيس مجلس النواب»),
 * and so does a minister of another state («التقى تميم بوزير الدفاع جيم ماتيس», QAT>USA by {@link TitleHolders}).
 *
 * <p>Rule (session 19, ev19c): a warning («حذر», «حذروا», «يحذر») by others of a state to its own leader (the
 * recipient a leader as above, the actor of the same state and no leader) is advice to one's own side, no threat of
 * force: «قادة الجيش الأمريكي حذروا ترامب من ضرب سوريا» (was THREATEN USA>USA). A leader warning his own rebels or
 * protesters («حذر الرئيس المحتجين من») keeps its threat.
 */
final class OwnOfficials {
  /** Heads of a leader's title (normalised, without «و/ف», «بـ/لـ» and «ال»). */
  private static final Set<String> LEADERS = Set.of("رييس", "ملك", "امير", "عاهل", "مرشد", "ولي", "زعيم", "سلطان",
      "رييسه");
  /** Heads of a subordinate's title (normalised, without «و/ف», «بـ/لـ» and «ال»). */
  private static final Set<String> SUBORDINATES = Set.of("وزير", "وزيره", "وزراء", "وزيري", "مسوول", "مسوولين",
      "مسوولي", "مسوولون", "قاده", "قايد", "ضباط", "عناصر", "جنود", "جنودا", "مستشار", "مستشاري", "مستشارين", "مستشاريه",
      "مساعد", "مساعدي", "مساعديه", "مدير", "موظفي", "كبار");
  /** Words of a state's forces (normalised, without «و/ف»): «عناصر القوات السورية» are the army's, no rebels. */
  private static final Set<String> FORCES = Set.of("القوات", "قوات", "الجيش", "جيش");
  /** Sectors of sides that oppose a state from within: never its subordinates. */
  private static final Set<String> OPPONENTS = Set.of("OPP", "REB", "CVL");

  private OwnOfficials() {
  }

  /** True when candidate {@code c} is a leader's meeting with his own subordinates, or advice to him (the rules). */
  static boolean met(List<Token> tokens, Cand c) {
    if (counsel(tokens, c)) {
      return true;
    }
    if (!c.type().equals("CONSULT") || c.actor == null || c.recipient == null || c.actor.country() == null
        || !c.actor.country().equals(c.recipient.country())) {
      return false;
    }
    return leader(tokens, c.actor) && subordinate(tokens, c.recipient)
        || leader(tokens, c.recipient) && subordinate(tokens, c.actor);
  }

  /** Beginnings of warning verbs (normalised, without «و/ف»): «حذر», «حذروا», «يحذر», «تحذر». */
  private static final java.util.List<String> WARNINGS = java.util.List.of("حذر", "يحذر", "تحذر", "يحذرون");

  /** True when candidate {@code c} is a warning to the actor's own leader by others of his state (session 19). */
  static boolean counsel(List<Token> tokens, Cand c) {
    if (!c.type().equals("THREATEN") || c.actor == null || c.recipient == null || c.actor.country() == null
        || !c.actor.country().equals(c.recipient.country())) {
      return false;
    }
    String w = Parts.stripConj(tokens.get(c.trigger.first()).norm());
    boolean warning = false;
    for (String s : WARNINGS) {
      warning |= w.startsWith(s);
    }
    return warning && leader(tokens, c.recipient) && !leader(tokens, c.actor);
  }

  /** True when {@code p} is a leader: a named person of government, or a title headed by a leader's word. */
  static boolean leader(List<Token> tokens, Part p) {
    if (p.entity() != null && p.entity().type() == EntityType.PER) {
      return "GOV".equals(p.sector()) || "GOV".equals(p.entity().sector());
    }
    return LEADERS.contains(head(tokens.get(p.first()).norm()));
  }

  /** True when {@code p} is named only by a subordinate's office, with no group, party or person in it. */
  static boolean subordinate(List<Token> tokens, Part p) {
    if (p.sector() != null && OPPONENTS.contains(p.sector()) && !ofForces(tokens, p)) {
      return false;
    }
    if (p.entity() != null && (p.entity().type() == EntityType.PER || p.entity().kb() == null
        || !(p.entity().kb().startsWith("nisba:") || p.entity().kb().startsWith("iso3:")))) {
      return false; // «قادة طالبان», «وزير الخارجية سيرغي لافروف»: a side named, not an office alone
    }
    return SUBORDINATES.contains(head(tokens.get(p.first()).norm()));
  }

  /**
   * The head word without its article and a «بـ/لـ/لل/بال» before it, and without «و/ف» when that leaves a leader's
   * or subordinate's word («ووزير» → «وزير», but «وزير» itself is no «و» + «زير»).
   */
  private static String head(String n) {
    String plain = bare(n);
    if (LEADERS.contains(plain) || SUBORDINATES.contains(plain)) {
      return plain;
    }
    return bare(Parts.stripConj(n));
  }

  /** The word without its article and a «بـ/لـ/لل/بال» before it. */
  private static String bare(String w) {
    if (w.startsWith("لل") && w.length() > 4) {
      return w.substring(2);
    }
    if (w.startsWith("بال") && w.length() > 5) {
      return w.substring(3);
    }
    String r = Parts.stripArticle(w);
    if (!LEADERS.contains(r) && !SUBORDINATES.contains(r) && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل')
        && w.length() > 3) {
      return Parts.stripArticle(w.substring(1));
    }
    return r;
  }

  /** True when the part names a state's forces after its head («عناصر القوات السورية», «جنود الجيش»). */
  private static boolean ofForces(List<Token> tokens, Part p) {
    for (int k = p.first() + 1; k < p.end(); k++) {
      if (FORCES.contains(tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }
}
