package org.marsad.events;

import java.util.Set;
import org.marsad.model.EntityType;
import org.marsad.model.Factuality;

/**
 * Targets named with no state (session 14): a material act whose recipient is a part of no country — a person,
 * a village, a site or a bare title the knowledge base does not place («قصفت طائرات حربية سورية وروسية منطقة حوض
 * اليرموك في ريف درعا», «سيطر الجيش الوطني الليبي على ساحل مدينة درنة», «الشاب محمد فوزي ... شرق رفح») — takes
 * the country of the place it happened in, when that place is near its trigger, as an act with no recipient does
 * ({@link EventExtractor}).
 *
 * <p>Rules: asserted ASSAULT, COERCE and MOBILIZE only (a past act recalled is often told with a later place of its
 * victim: «تعرض الحموي للاغتيال ... أحد قدامى المحاربين في أفغانستان»); not an organisation named with no state (an IGO, the Red Cross,
 * peacekeepers, a party: whose place is not its state), nor an outlet.
 */
final class StatelessTargets {
  /** Types whose stateless target takes the place's country. */
  private static final Set<String> TYPES = Set.of("ASSAULT", "COERCE", "MOBILIZE");

  private StatelessTargets() {
  }

  /** True when candidate {@code c}'s recipient is a part of no state that its place may stand for. */
  static boolean placeless(Cand c) {
    Part p = c.recipient;
    return p != null && TYPES.contains(c.type()) && c.fact == Factuality.ASSERTED && p.country() == null
        && !p.igo() && !p.media()
        && (p.entity() == null || p.entity().type() != EntityType.ORG);
  }
}
