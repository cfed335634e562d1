package org.marsad.events;

import java.util.List;
import org.marsad.model.Token;

/**
 * An attack or arrest whose sentence names no place happened where the text just was: «اعتقلت القوات الإسرائيلية
 * الطفل خلال مظاهرة في مخيم الدهيشة بمدينة بيت لحم. / وبحسب شهود عيان ... تمكن الجنود من تطويقه واعتقاله» (Bethlehem),
 * «أغلقت متاجر في العاصمة هراري غداة احتجاجات ... / وقال الرئيس إنه يريد تحقيقا في مقتل المتظاهرين الثلاثة»
 * (Harare), «وطلبت دمشق ... / ومؤخرا استهدف القصف الإسرائيلي مواقع يوجد فيها إيرانيون» (Syria). The guide's place
 * is the country where the event took place, which a reader takes from the text around it.
 *
 * <p>Rule (session 21): an ASSAULT or COERCE with no place in its sentence takes, as its place only (not its sides),
 * the place of the last of the {@value #REACH} sentences before it that names one ({@link #first}): a place part with coordinates, no nisba, not after
 * «مع» («الحدود مع الأردن») and not where someone lives («المقيم في»). A place of its own sentence, or of any other
 * mention of the same event, wins ({@link EventRecords#merge}).
 */
final class ContextPlaces {
  /** How many sentences before the event's a place may stand. */
  static final int REACH = 2;

  private ContextPlaces() {
  }

  /**
   * The place of {@code ps} that may stand for the place of the sentences after it, or null: the first after a
   * locative preposition («مقر الشركة في شرق كابول», not the spokesman «بهار مهر» before it; «زعيم إقليم كتالونيا
   * السابق في ألمانيا»), else the first («وتتهم بريطانيا روسيا»); the first, not the last, of a list («في سوريا
   * والعراق واليمن والبحرين والكويت»).
   */
  static Part first(List<Token> tokens, List<Part> ps) {
    Part any = null;
    for (Part p : ps) {
      if (p.place() && !p.nisba() && p.entity() != null && p.entity().lat() != null && p.country() != null
          && !PartnerPlaces.afterWith(tokens, p) && !Asides.residence(tokens, p)) {
        if (Parts.LOCATIVE.contains(p.prep())) {
          return p;
        }
        if (any == null) {
          any = p;
        }
      }
    }
    return any;
  }

  /** True for the types whose place the rule gives: attacks and arrests. */
  static boolean applies(Cand c) {
    return c.type().equals("ASSAULT") || c.type().equals("COERCE");
  }
}
