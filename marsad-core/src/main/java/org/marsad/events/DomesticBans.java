package org.marsad.events;

import java.util.Objects;
import java.util.Set;

/**
 * Bans and suspensions at home are no sanction (session 15). The lexicon reads «حظر» (ban) and «علّق» (suspend)
 * as SANCTION (CAMEO 163/161: an embargo, a suspended relation), which is right between states («علقت الولايات
 * المتحدة مساعداتها لباكستان», «حظر على مواطني سبع دول»), but most of their uses in the news are a state's own
 * measures: a curfew lifted, a court suspending a sentence or a demolition, a judge banning software, a consulate
 * suspending its work, a government banning rice farming, a minister banning rescue ships, and «وعلقت المتحدثة
 * ... أنه» is a comment. CAMEO codes such domestic measures (172, administrative sanctions) apart from sanctions.
 *
 * <p>Rule: a SANCTION whose trigger is a form of «حظر», «علّق» or (later in session 15) «طرد» and whose recipient is no
 * state, or the actor's own state, is not reported: an expulsion of no other state is a dismissal or people driven
 * out at home («لطرد مكابي على يد المدعي العام», «طرد رجال الأمن صحفيا من القاعة»); «طردت بريطانيا 23 دبلوماسيا
 * روسيا» keeps its target.
 */
final class DomesticBans {
  private DomesticBans() {
  }

  /** Forms of «حظر» and «علّق» (normalised, without «و/ف» and the article). */
  private static final Set<String> BANS = Set.of("حظر", "علق", "علقت", "علقا", "علقتا", "علقوا", "تعلق", "يعلق",
      "نعلق", "تعلقان", "يعلقان", "تعلقون", "يعلقون",
      // expulsions of no other state (session 15, later): a dismissal («لطرد مكابي على يد المدعي العام»), people
      // driven out at home («طرد أهالي المنطقة», «طرد رجال الأمن صحفيا من القاعة»), a team knocked out
      "الطرد", "طرد", "تطرد", "تطردان", "تطردون", "طردا", "طردت", "طردتا", "طردوا", "نطرد", "يطرد", "يطردان",
      "يطردون");

  /** True when candidate {@code c} is a ban or suspension of no other state by the rule above. */
  static boolean domestic(Cand c) {
    if (!c.type().equals("SANCTION") || c.trigger.entry().words().length != 1) {
      return false;
    }
    String w = Parts.stripArticle(Parts.stripConj(c.trigger.entry().words()[0]));
    if (!BANS.contains(w)) {
      return false;
    }
    String to = c.recipient == null ? null : c.recipient.country();
    return to == null || c.actor != null && Objects.equals(to, c.actor.country());
  }
}
