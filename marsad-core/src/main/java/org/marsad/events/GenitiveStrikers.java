package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The striker named as the genitive of a noun of attack or launching whose target is named after it (session 19).
 *
 * <p>A verbal noun's genitive is its object when nothing follows («قصف دمشق»), but its doer when the target is
 * named after it with «على» or «لـ»: «هجمات موسكو على الديمقراطيات الغربية» (was None>RUS, now RUS>_), «قصف
 * الطيران الروسي لمدينة إدلب» (None>SYR → RUS>SYR). So is the genitive of «إطلاق» before the weapon launched:
 * «إطلاق ميليشيات الحوثي أكثر من 200 صاروخ باليستي على المملكة» (None>SAU → YEM>SAU), «إطلاق جماعة الحوثيين في
 * اليمن للصواريخ على السعودية».
 *
 * <p>Rule: an ASSAULT with no actor of a state whose trigger is a noun of attack (or a weapon after «إطلاق» within
 * {@link #LAUNCH_REACH} tokens) with a force, armed group or state right after the noun, without a preposition and not
 * a place of no state, takes that part as actor — for an attack noun only when «على/ضد» or a part with «لـ» follows
 * it within {@link #TARGET_REACH} tokens. A recipient that was that part becomes the target named after it, or none.
 */
final class GenitiveStrikers {
  /** Nouns of attack whose genitive may be the doer (normalised, without «ال» and «و»). */
  private static final Set<String> ATTACKS = Set.of("هجوم", "هجمات", "قصف", "غارات", "غاره", "ضربات", "ضربه",
      "اعتداءات", "اعتداء", "استهداف");
  /** Words of forces that a nisba after them names («الطيران الروسي»), normalised, without «و». */
  private static final Set<String> FORCE_WORDS = Set.of("الطيران", "طيران", "القوات", "قوات", "الجيش", "جيش",
      "المقاتلات", "مقاتلات", "الطايرات", "طايرات", "البحريه", "المدفعيه");
  /** «إطلاق» (normalised, without «و/ب/ل»). */
  private static final Set<String> LAUNCH = Set.of("اطلاق", "باطلاق", "لاطلاق", "الاطلاق");
  /** Prepositions of the target. */
  private static final Set<String> TARGET = Set.of("علي", "ضد");
  /** Sectors that strike. */
  private static final Set<String> ACTING = Set.of("MIL", "POL", "GOV", "REB");
  private static final int LAUNCH_REACH = 10;
  private static final int TARGET_REACH = 3;

  private GenitiveStrikers() {
  }

  /** Gives candidate {@code c} its striker named in the genitive, when the rule applies. */
  static void read(List<Token> tokens, int from, int to, List<Part> ps, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    if (!c.type().equals("ASSAULT") || m.entry().verb() || c.actor != null && c.actor.country() != null) {
      return;
    }
    Part striker = null;
    Part target = null;
    String noun = Parts.stripArticle(Parts.stripConj(tokens.get(m.first()).norm()));
    if (!ATTACKS.contains(noun) && noun.length() > 4 && (noun.startsWith("ب") || noun.startsWith("ل"))) {
      noun = Parts.stripArticle(noun.substring(1)); // «بقصف الطيران الروسي لمدينة حلب»
    }
    if (ATTACKS.contains(noun)) {
      striker = agentAt(ps, m.end());
      if (striker == null && m.end() + 1 < to && FORCE_WORDS.contains(Parts.stripConj(tokens.get(m.end()).norm()))) {
        Part nisba = RoleFinder.partAt(ps, m.end() + 1); // «قصف الطيران الروسي لمدينة إدلب»
        striker = nisba != null && nisba.nisba() && nisba.country() != null ? nisba : null;
      }
      if (striker == null) {
        return;
      }
      int k = striker.end();
      boolean marked = false;
      for (; k < Math.min(to, striker.end() + TARGET_REACH); k++) {
        Token t = tokens.get(k);
        if (t.kind() != Token.Kind.WORD || Clause.isBoundary(t)) {
          break;
        }
        Part p = RoleFinder.partAt(ps, k);
        if (TARGET.contains(t.norm()) || p != null && p.prep().equals("ل")) {
          marked = true;
          target = p != null && p.prep().equals("ل") ? p : firstPartAfter(ps, k, to);
          break;
        }
        Part next = k + 1 < to ? RoleFinder.partAt(ps, k + 1) : null;
        if (p == null && next != null && next.place() && t.norm().startsWith("ل") && t.norm().length() > 4) {
          marked = true; // «لمدينة حلب»: the target after a place noun with «لـ»
          target = next;
          break;
        }
      }
      if (!marked) {
        return;
      }
    } else {
      int launch = -1;
      for (int k = m.first() - 1; k >= Math.max(from, m.first() - LAUNCH_REACH); k--) {
        Token t = tokens.get(k);
        if (Clause.isBoundary(t) && !t.text().equals("(") && !t.text().equals(")")) {
          return; // «إطلاق جماعة أنصار الله (الحوثيين) في اليمن للصواريخ»: brackets may stand between
        }
        if (LAUNCH.contains(Parts.stripConj(t.norm()))) {
          launch = k;
          break;
        }
      }
      if (launch < 0) {
        return;
      }
      striker = agentAt(ps, launch + 1);
      if (striker == null || striker.end() > m.first()) {
        return;
      }
    }
    if (c.recipient != null && c.recipient.first() == striker.first()) {
      c.recipient = target;
    }
    c.actor = striker;
  }

  /** A force, armed group or state with a country at token {@code k}, without a preposition, or null. */
  private static Part agentAt(List<Part> ps, int k) {
    Part p = RoleFinder.partAt(ps, k);
    if (p == null || p.country() == null || !p.prep().isEmpty() || p.nisba() || p.media() || p.titleOnly()) {
      return null;
    }
    String kb = p.entity() == null ? null : p.entity().kb();
    boolean state = kb != null && kb.startsWith("iso3:");
    if (p.place() && !state) {
      return null;
    }
    return p.sector() != null && ACTING.contains(p.sector()) || kb != null && (kb.startsWith("group:") || state)
        ? p : null;
  }

  private static Part firstPartAfter(List<Part> ps, int k, int to) {
    for (Part p : ps) {
      if (p.first() > k && p.first() < Math.min(to, k + TARGET_REACH + 1)) {
        return p;
      }
    }
    return null;
  }
}
