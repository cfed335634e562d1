package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The place of the one who speaks is not the place of what is said: «قال متحدث باسم المفوضية ... في الأردن إن عدد
 * النازحين جنوب غربي سوريا، نتيجة تصاعد القتال ... ارتفع», «وأضاف الجيش الأميركي في واشنطن، الخميس، إنه نفذ ضربة
 * جوية ... في إقليم كونار», «أما في باريس، فقد قال الرئيس الفرنسي إن ... الحكومة السورية نفذت الهجوم الكيماوي», «وقال
 * نتنياهو في تل أبيب ... إن الجيش يرد ... بهجمات». The guide's place and victims are those of the event.
 *
 * <p>Rule (session 18): a place before the trigger with a complementiser «إن/أن/بأن/أنه ...» between them, which a
 * reporting word («قال», «أضاف», «أكد», «قائلا» ...: cue class {@code report}) opens, stands in the clause that
 * reports, not in the reported one; when the reported clause names a participant of another state («سوريا»,
 * «الحكومة السورية», «قطاع غزة»), the speaker's place is neither the event's place nor (through the place) its
 * recipient. A place after the complementiser, or after the trigger, is still taken; so is the speaker's place when
 * the reported clause names no other state («قال مراسلنا في تونس إن البلاد شهدت ... سلسلة من الهجمات»), and a place
 * with another clause word between it and the complementiser («سجنا سريا في تايلاند، حيث تؤكد تقارير أن»).
 */
final class SpeakerPlaces {
  /** Complementisers that open what is said (normalised: «إن» and «أن» are both «ان»). */
  private static final Set<String> COMPLEMENTISERS = Set.of("ان", "بان", "انه", "انها", "انهم", "بانه", "بانها",
      "بانهم", "وان", "فان");

  private SpeakerPlaces() {
  }

  /** How many tokens before the complementiser its reporting word («قال», «أكد», «قائلا» ...) may stand. */
  private static final int REPORT_REACH = 16;

  /**
   * True when place {@code p} stands before a complementiser that comes before {@code trigger}, with no other clause
   * word between them, and follows a reporting word within {@link #REPORT_REACH} tokens, not before {@code from},
   * and a part of {@code ps} after the complementiser is of another state than the place (the rule); «منذ أن بدأت
   * القوات هجوما» and «إلا أنه اختطف» report nothing.
   */
  static boolean speakers(List<Token> tokens, Cues cues, List<Part> ps, Part p, int from, int trigger) {
    if (p.end() > trigger || p.country() == null) {
      return false;
    }
    for (int k = p.end(); k < trigger; k++) {
      Token t = tokens.get(k);
      if (COMPLEMENTISERS.contains(t.norm())) {
        return reportedBy(tokens, cues, k, from) && otherState(ps, p.country(), k);
      }
      if (t.kind() == Token.Kind.WORD && Clause.isBoundary(t) && !cues.is("report", t.norm())) {
        return false; // «في تايلاند، حيث تؤكد تقارير أن»: the place is in a clause of its own
      }
    }
    return false;
  }

  /** True when a part after token {@code k} is of a state other than {@code country}. */
  private static boolean otherState(List<Part> ps, String country, int k) {
    for (Part q : ps) {
      if (q.first() > k && q.country() != null && !q.country().equals(country)) {
        return true;
      }
    }
    return false;
  }

  /** True when a reporting word stands before complementiser {@code k}, with no other complementiser between. */
  private static boolean reportedBy(List<Token> tokens, Cues cues, int k, int from) {
    for (int j = k - 1; j >= Math.max(from, k - REPORT_REACH); j--) {
      String n = tokens.get(j).norm();
      if (COMPLEMENTISERS.contains(n)) {
        return false;
      }
      if (cues.is("report", n)) {
        return true;
      }
    }
    return false;
  }
}
