package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Interceptions: air defences that shoot down or confront missiles, drones or aircraft tell of an attack on their own
 * state, not of an attack by it.
 *
 * <p>Rule (session 13): an ASSAULT whose actor is an air defence («الدفاع الجوي السعودي», «الدفاعات الجوية السورية»,
 * «قوات الدفاع الجوي», «القبة الحديدية», «وسائط الدفاع الجوي») has that defence's state as recipient, and as actor
 * the launcher its sentence names ({@link #launcher}), else none, left to the article's other attacks on that state
 * («الدفاع الجوي السعودي يدمر صاروخا فوق جازان»). A defence verb («تصدى», flag {@code defend}) with no launcher
 * named is left as it was read: a first try that made it an attack on the defender by no one named lost two right
 * dev keys (the Syrian defences «تتصدى لها» had been the article's main attacker, whom statements about «الهجوم»
 * took as recipient); so is a bare «الدفاعات الجوية» with none named, whose state is only the last one named (a
 * story of Israeli raids on Syria read it as Israel's). «اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقته ميليشيات الحوثي» is YEM>SAU (was SAU>SAU, the
 * place of the interception taken as target); «تصدت الدفاعات الجوية السورية لصاروخين إسرائيليين» is ISR>SYR (was
 * SYR>ISR).
 *
 * <p>Rule 2 (session 14): a missile noun right after a word of intercepting («اعتراض», «اعتراضها», «يعترض», «تعترض»,
 * «اعترضت»), maybe over a count, is an attack on the interceptor named right before that word, or right after it when
 * it is a verb: a state or force, not an air defence, which rule 1 reads. The launcher is found as in rule 1 (from the
 * missile noun on: «صاروخا حوثيا», «قادمة من اليمن» — «قادمة» now counts as a word of launching), else none: «أعلنت
 * المملكة العربية السعودية اعتراضها لثلاثة صواريخ بالستية قادمة من اليمن» is YEM>SAU (was SAU>YEM), «التحالف يعترض
 * صاروخا حوثيا أطلق من صعدة» YEM>SAU (was YEM>YEM).
 */
final class Interceptions {
  /** Words of air defence (normalised) that a defence part or the words after its head hold. */
  private static final Set<String> DEFENCE = Set.of("الدفاع", "الدفاعات", "دفاعات", "دفاع", "القبه");
  /** The adjective after them («الجوي», «الجوية», «الحديدية»), normalised. */
  private static final Set<String> AIR = Set.of("الجوي", "الجويه", "الحديديه", "جوي", "جويه");
  /** Words after the head of a part within which the defence words may stand («قوات الدفاع الجوي»). */
  private static final int HEAD_REACH = 3;
  /** Forms of «أطلق» (to launch), normalised, without «و/ف»: the part after one launched the missile. */
  private static final Set<String> LAUNCHED = Set.of("اطلق", "اطلقه", "اطلقها", "اطلقت", "اطلقته", "اطلقتها",
      "اطلقهما", "اطلقتهما", "اطلقوا", "اطلقوه", "اطلقوها", "اطلقا", "اطلقتا", "قادمه", "القادمه", "قادما", "قادمين");
  /** Missiles, rockets, drones and shells (normalised, without «ال»): a nisba right after one names the launcher. */
  private static final Set<String> PROJECTILES = Set.of("صاروخ", "صاروخا", "صاروخين", "صاروخان", "صواريخ",
      "قذيفه", "قذايف", "مقذوف", "مقذوفات", "طايره", "طايرات");
  /** Words after the trigger within which the launcher is sought. */
  static final int REACH = 10;

  private Interceptions() {
  }

  /** Turns ASSAULT candidate {@code c} of a sentence ending at {@code to} into the attack it intercepts, if it is one. */
  static void read(List<Token> tokens, int to, List<Part> ps, Cand c) {
    if (!c.type().equals("ASSAULT") || c.actor == null || c.actor.country() == null || !defence(tokens, c.actor, to)) {
      return;
    }
    Part defender = c.actor;
    Part launcher = null;
    if (c.trigger.entry().has("defend") && c.recipient != null && !c.recipient.place()
        && !defender.country().equals(c.recipient.country())) {
      launcher = c.recipient; // «تصدت الدفاعات الجوية لصاروخين إسرائيليين»: the object of a defence is the attacker
    }
    if (launcher == null) {
      launcher = launcher(tokens, to, ps, c.trigger.end(), defender);
    }
    if (launcher == null && (c.trigger.entry().has("defend") || defender.titleOnly())) {
      return; // «وإن الدفاعات الجوية السورية تتصدى لها»: no launcher named, the defence stays as it was read; so does
    }         // a bare «الدفاعات الجوية», whose state is only the last one named
    c.actor = launcher;
    c.recipient = defender;
  }

  /** Words of intercepting (normalised, without «و/ف»). */
  private static final Set<String> INTERCEPT = Set.of("اعتراض", "اعتراضها", "اعتراضه", "باعتراض", "لاعتراض",
      "يعترض", "تعترض", "اعترضت", "اعترض", "اعترضوا", "يعترضان", "تعترضان");
  /** Interception verbs, after which the interceptor is the subject that follows. */
  private static final Set<String> INTERCEPT_VERBS = Set.of("اعترضت", "اعترض", "اعترضوا");

  /**
   * Rule 2: turns an ASSAULT whose trigger is a missile noun right after a word of intercepting into the attack on the
   * interceptor named there (see the class comment).
   */
  static void readAnnounced(List<Token> tokens, int from, int to, List<Part> ps, Cand c) {
    int i = c.trigger.first();
    if (!c.type().equals("ASSAULT") || !PROJECTILES.contains(bare(tokens.get(i).norm()))) {
      return;
    }
    int v = i - 1;
    if (v > from && !INTERCEPT.contains(Parts.stripConj(tokens.get(v).norm()))) {
      v--; // «اعتراض 7 صواريخ», «اعتراضها لثلاثة صواريخ»: over a count
    }
    if (v < from || !INTERCEPT.contains(Parts.stripConj(tokens.get(v).norm()))) {
      return;
    }
    Part interceptor = null;
    for (Part p : ps) {
      if (p.end() == v && p.first() >= from) {
        interceptor = p; // «التحالف يعترض», «أعلنت السعودية اعتراضها»
      }
    }
    if (interceptor == null && INTERCEPT_VERBS.contains(Parts.stripConj(tokens.get(v).norm())) && v + 1 < i) {
      interceptor = RoleFinder.partAt(ps, v + 1); // «اعترضت السعودية صاروخا»
    }
    if (interceptor == null || interceptor.country() == null || !interceptor.prep().isEmpty() || interceptor.media()
        || defence(tokens, interceptor, to)) {
      return;
    }
    c.actor = launcher(tokens, to, ps, i, interceptor);
    c.recipient = interceptor;
  }

  /** A word without «ال», «ل/لل» (normalised). */
  private static String bare(String n) {
    n = Parts.stripConj(n);
    if (n.startsWith("لل")) {
      n = n.substring(2);
    } else if (n.startsWith("ل") && !PROJECTILES.contains(n)) {
      n = n.substring(1);
    }
    return Parts.stripArticle(n);
  }

  /** True when part {@code p}, or the words right after its head, name an air defence. */
  static boolean defence(List<Token> tokens, Part p, int to) {
    for (int k = p.first(); k < Math.min(to - 1, Math.max(p.end(), p.first() + HEAD_REACH)); k++) {
      if (Parts.inSet(DEFENCE, tokens.get(k).norm()) && AIR.contains(tokens.get(k + 1).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The launcher named within {@link #REACH} words after {@code from}: the part right after a form of «أطلق»
   * («أطلقته ميليشيات الحوثي»), or the place after «أطلق من» («أطلق من صعدة»), or a nisba or name right after a
   * missile noun («صاروخا حوثيا», «7 صواريخ حوثية»); not of the defender's state; else null.
   */
  static Part launcher(List<Token> tokens, int to, List<Part> ps, int from, Part defender) {
    for (int k = from; k < Math.min(to, from + REACH); k++) {
      Token t = tokens.get(k);
      String n = Parts.stripConj(t.norm());
      Part p = null;
      if (LAUNCHED.contains(n) && k + 1 < to) {
        p = RoleFinder.partAt(ps, k + 1);
        if (p == null && k + 2 < to && tokens.get(k + 1).norm().equals("من")) {
          p = RoleFinder.partAt(ps, k + 2);
        }
        if (p != null && p.first() > k + 2) {
          p = null;
        }
      } else if (PROJECTILES.contains(Parts.stripArticle(n)) && k + 1 < to) {
        p = RoleFinder.partAt(ps, k + 1);
        p = p != null && p.first() == k + 1 && p.prep().isEmpty() ? p : null; // «صواريخ حوثية», «صاروخين إسرائيليين»
      }
      if (p != null && p.country() != null && !p.country().equals(defender.country()) && !p.media()) {
        return p;
      }
    }
    return null;
  }
}
