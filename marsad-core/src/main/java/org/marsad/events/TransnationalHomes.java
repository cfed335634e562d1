package org.marsad.events;

import java.util.Set;

/**
 * Groups that operate across states, with no place named for the event, are of the story's country (session 20):
 * «هدد تنظيم "الدولة الإسلامية" بمهاجمة مراكز الاقتراع» in a story about the Iraqi elections (was SYR, now IRQ),
 * «وقال تنظيم داعش إنه قتل 1700 أسير» in a story from Iraq, IS «في ليبيا» named in the sentences before.
 *
 * <p>Rule: an actor or recipient that is a transnational group ({@link EventRecords#transnational}: the Islamic
 * State, al-Qaeda), in an event with no place of a known state, takes the document's home country (the country
 * most named by its places and nisbas) when that is a state where such groups hold ground ({@link #GROUND}: Iraq,
 * Yemen, Libya, Afghanistan, the Sahel...). In a story from elsewhere the group acts from afar or is only named:
 * «الحملة العسكرية الأمريكية على تنظيم الدولة» in a story about Washington, IS calls by video in Belgium, al-Qaeda's
 * leader calling for jihad in a story about Gaza keep the core's country. Its knowledge-base country is only that of its core (IS: SYR, al-Qaeda: AFG);
 * with a place, {@code EventRecords} already codes it by the place, as the annotation guide does («ISIS in Iraq →
 * IRQ»).
 */
final class TransnationalHomes {
  /**
   * States where the Islamic State or al-Qaeda held ground or fought as local branches (ISO3): Iraq, Syria, Yemen,
   * Libya, Egypt (Sinai), Afghanistan, Pakistan, Somalia, Nigeria, Mali, Niger, Burkina Faso, Algeria, Tunisia, the
   * Philippines.
   */
  private static final Set<String> GROUND = Set.of("IRQ", "SYR", "YEM", "LBY", "EGY", "AFG", "PAK", "SOM", "NGA",
      "MLI", "NER", "BFA", "DZA", "TUN", "PHL");

  private TransnationalHomes() {
  }

  /** Side {@code p} of candidate {@code c} given the home country, or {@code p} as it is. */
  static Part side(Part p, Cand c, String home) {
    if (p == null || home == null || !GROUND.contains(home) || p.entity() == null || p.entity().kb() == null
        || !EventRecords.transnational(p.entity().kb()) || home.equals(p.country())
        || c.place != null && c.place.country() != null) {
      return p;
    }
    return p.withCountry(home);
  }
}
