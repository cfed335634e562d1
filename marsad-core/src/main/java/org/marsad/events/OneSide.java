package org.marsad.events;

import java.util.List;
import org.marsad.model.Token;

/**
 * One part is never both sides of an event. When the actor and the recipient of a candidate are the same words
 * (a nisba read once as the attacker and once as the victims' nationality, or two mentions merged), one side is
 * kept by where the part stands and the other is left to the later readings (the place, the article's country).
 *
 * <p>Rule (session 10): the part is the recipient when it qualifies people («طفلة يمنية», «جاسوس روسي»), is an
 * accusative nisba («فلسطينيا»), is a place or person right after a verbal noun that takes an object («قصف إيران»,
 * «استهداف السعودية», «اغتيال رئيس الوزراء»; not forces: «استهداف قوات الاحتلال» is theirs), or owns the target named before it («مواقع لقوات النظام»); else it is the actor («بالرصاص
 * الإسرائيلي», «قصف تركي», «غارات للتحالف»). Only for ASSAULT and COERCE.
 */
final class OneSide {
  private OneSide() {
  }

  /** Resolves every candidate of {@code all} whose actor and recipient overlap. */
  static void resolve(List<Token> tokens, List<Cand> all) {
    for (Cand c : all) {
      Part a = c.actor;
      Part r = c.recipient;
      if (a == null || r == null || a.start() >= r.stop() || r.start() >= a.stop()
          || !(c.type().equals("ASSAULT") || c.type().equals("COERCE"))) {
        continue;
      }
      if (struck(tokens, c, r)) {
        c.actor = null; // «قتلت طفلة يمنية»: the Yemeni girl was killed, she did not kill
      } else {
        c.recipient = null; // «ارتفاع عدد القتلى بالرصاص الإسرائيلي في غزة»: the Israeli fire killed
      }
    }
  }

  /** True when part {@code p} of candidate {@code c} stands where the one struck stands. */
  private static boolean struck(List<Token> tokens, Cand c, Part p) {
    TriggerLexicon.Match m = c.trigger;
    String before = p.first() > 0 ? Parts.stripArticle(Parts.stripConj(tokens.get(p.first() - 1).norm())) : "";
    if (p.nisba() && VictimNationality.PEOPLE.contains(before) || Morphology.accusativeNisba(tokens, p)) {
      return true;
    }
    if (p.first() == m.end() && !p.nisba() && p.prep().isEmpty() && !m.entry().verb()
        && m.entry().preps().contains("obj") && (p.place() || MetPersons.person(tokens, p))) {
      // not after a verb, whose subject follows it («وقتلت قوات الاحتلال»), nor forces («استهداف قوات الاحتلال»)
      return true;
    }
    return "ل".equals(p.prep()) && Parts.TARGETS.contains(before);
  }
}
