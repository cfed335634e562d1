package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The holder named between a noun of control and its «على»: «عقب سيطرة قوات الجيش اليمني على ميناء حبل» (YEM>YEM),
 * «بعد سيطرة تنظيم داعش على مناطق واسعة في سوريا», «سيطرة القوات الحكومية على معبر نصيب».
 *
 * <p>Rule (session 18): the lexicon has gapped forms of «سيطرة» with a force or armed-group noun before «على»
 * («سيطرة قوات * على», «سيطرة تنظيم * على»); such a match is anchored on the noun, so its genitive right after it was
 * read as the object of the control (the recipient). For a COERCE noun of control with a gapped match and no actor,
 * the part right after the noun, when it names a country and has no preposition, is the actor, and the recipient is
 * the first part with a country after the «على» within four tokens of the holder (none when there is none, so that the
 * holder is not both sides). A holder whose state comes only from the context («القوات الحكومية», «القوات المختلفة»)
 * is no actor (it was read as Russia in Syrian articles), but it is no recipient either.
 */
final class HolderGenitives {
  /** Nouns of control (normalised, without article or conjunction). */
  private static final Set<String> CONTROL = Set.of("سيطره");
  /** How far after the holder its «على» may stand. */
  private static final int REACH = 4;

  private HolderGenitives() {
  }

  /** Gives candidate {@code c} its holder as actor and the controlled place as recipient, when the rule applies. */
  static void read(List<Token> tokens, int to, List<Part> ps, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    if (!c.type().equals("COERCE") || m.entry().verb() || !m.entry().gapped() || c.actor != null
        || !CONTROL.contains(Parts.stripArticle(Parts.stripConj(tokens.get(m.first()).norm())))) {
      return;
    }
    Part holder = RoleFinder.partAt(ps, m.end());
    if (holder == null || holder.country() == null || !holder.prep().isEmpty() || holder.place()) {
      return;
    }
    int on = -1;
    for (int k = holder.end(); k < Math.min(to, holder.end() + REACH); k++) {
      if (tokens.get(k).norm().equals("علي")) {
        on = k;
        break;
      }
    }
    if (on < 0) {
      return;
    }
    Part controlled = null;
    for (Part p : ps) {
      if (p.first() > on && p.first() <= on + REACH && p.country() != null && p.first() < to && !p.media()) {
        controlled = p;
        break;
      }
    }
    if (!holder.titleOnly()) {
      c.actor = holder; // «القوات الحكومية» takes its state from the context, often wrongly: no actor, and not the recipient
    }
    if (controlled != null || c.recipient != null && c.recipient.first() == holder.first()) {
      c.recipient = controlled;
    }
  }
}
