package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Factuality;
import org.marsad.model.Token;

/**
 * An arrest told with no arrester, no one arrested of a state and no place is made by the authorities of the
 * article's country: «وتم توقيف الكثيرين منهم» in a story from Yemen, «حيث تم القبض على أربعة من عناصر التنظيم»,
 * «واحدة من بين 600 امرأة اعتقلن في اعتصام» in one from Washington, «تمكنت فيها من اعتقال وقتل عدد من
 * الإرهابيين» (the force named in the clause before, with no nationality), «الموقوفين على ذمة القضية». The guide
 * codes a state's police as that state; an arrest with no side was dropped before.
 *
 * <p>Rule (session 21): a COERCE trigger of mode {@code arrest} with neither actor nor recipient, asserted, whose
 * sentence names no state but the article's country ({@code EventExtractor}'s home part), takes that country as actor
 * (and, by the older rule of arrests with no one named, as recipient). Not:
 * <ul>
 *   <li>in a story from Palestine, whose arrests with no arrester named are most often Israel's (as in
 *       {@link ArrestPlaces});</li>
 *   <li>a sentence naming another state («الناشطات الذي تسبب اعتقالهن في اندلاع الأزمة» beside «الجبير» in a story
 *       of Canada's quarrel with Riyadh: the arrests are Saudi);</li>
 *   <li>the verb «أوقف» (most often «stopped»: «يوقفون ضمان المناوبات», «أوقفوا الروبوتات القاتلة»);</li>
 *   <li>a place of detention («مراكز احتجاز», «مركز الاحتجاز بخليج غوانتانامو») or an arrest aimed at, with «لـ»
 *       («البحث جار للقبض عليهم»);</li>
 *   <li>(session 21, ev21f) an arrest negated, demanded, feared or of a law («لم يتم قط اعتقالها», «يطالبن باعتقال»,
 *       «خوف دائم من الاعتقال», «لمن يلقى القبض عليه»), after «أو/بين» («قُتلوا أو اعتقلوا», «تراوح بين الاعتقال
 *       والضرب»), a hostage-taking («احتجاز مسلح لرهائن») or a stop («توقيف مؤقت لحركة الطيران»);</li>
 *   <li>(session 21, ev21f) in an article whose arrests with an arrester are all another state's
 *       ({@link #arrestedAbroad}: Brunson's detention by Turkey in a story from Washington), or at a place of no state
 *       in its clause («احتجزوا في الشرق الأوسط» in a story from India).</li>
 * </ul>
 */
final class HomeArrests {
  /** The COERCE mode of arrests, detentions and trials. */
  private static final String ARREST = "arrest";
  /** Home countries whose arrests with no arrester named are not, by default, their own authorities'. */
  private static final Set<String> OCCUPIED = Set.of("PSE");
  /** Beginnings of the verb «أوقف» (normalised, without «و/ف»), most often «stopped» with no arrester named. */
  private static final List<String> STOP_VERBS = List.of("اوقف", "يوقف", "توقف", "نوقف");
  /** Nouns of places of detention before an arrest noun (normalised, without «ال» and «و/ف/ب/ل»). */
  private static final Set<String> FACILITIES = Set.of("مركز", "مراكز", "مركزا", "معسكر", "معسكرات", "سجن",
      "سجون", "مرافق", "مرفق", "منشات", "مخيمات", "طرق", "اساليب");

  /**
   * Words of a negation, a demand, a law or a fear among the three words before an arrest word (normalised, without
   * «و/ف»): «لم يتم قط اعتقالها», «يطالبن باعتقال أسقف», «لمن يلقى القبض عليه», «خوف دائم من الاعتقال».
   */
  private static final Set<String> NOT_DONE = Set.of("لم", "لن", "قط", "لمن", "خوف", "الخوف", "مخاوف", "خشيه",
      "تحاشي", "لتحاشي", "تجنب", "لتجنب", "دعا", "دعت", "يدعو", "تدعو", "اوصت", "اوصي");
  /** Beginnings of the verbs of demanding (normalised, without «و/ف»): «يطالبن باعتقال». */
  private static final List<String> DEMANDS = List.of("يطالب", "تطالب", "طالب", "نطالب");
  /**
   * Words right before an arrest word that put it in a list or a range of acts: «قُتلوا أو اعتقلوا», «بين الاعتقال
   * والضرب» (not «أو» after it: «وزراء سابقين معتقلين أو في الخارج» were arrested).
   */
  private static final Set<String> ALTERNATIVES = Set.of("او", "بين");
  /** Beginnings of the words of hostages (normalised): «احتجاز مسلح لرهائن», «امرأة رهينة احتجزها». */
  private static final List<String> HOSTAGES = List.of("رهاين", "رهين", "لرهاين", "الرهاين", "الرهين");
  /** Words after «توقيف» that make it a stop, not an arrest: «توقيف مؤقت لحركة الطيران». */
  private static final List<String> STOPPED = List.of("موقت", "لحرك", "حرك", "الملاح", "الرحلات");

  /** Words of birth before a place (normalised). */
  private static final Set<String> BORN = Set.of("مواليد", "مولود", "مولوده", "المولود", "ولد");

  private HomeArrests() {
  }

  /**
   * True when candidate {@code c} is an arrest that may be made by the authorities of {@code home} (the rule, but
   * for the sides and the factuality, which {@code EventExtractor} tests once the article's sides are read);
   * {@code parts} are the sentence's parts.
   */
  static boolean candidate(List<Token> tokens, List<Part> parts, Cand c, String home) {
    TriggerLexicon.Match m = c.trigger;
    if (!c.type().equals("COERCE") || !ARREST.equals(m.entry().mode()) || home == null || OCCUPIED.contains(home)) {
      return false;
    }
    String raw = tokens.get(m.first()).norm();
    String word = Parts.stripConj(raw);
    for (String v : STOP_VERBS) {
      if (word.startsWith(v)) {
        return false; // «يوقفون ضمان المناوبات الليلية»: they stop, no one is arrested
      }
    }
    if (raw.startsWith("لل") || raw.startsWith("ولل")) {
      return false; // «والبحث جار الآن للقبض عليهم»: an arrest aimed at
    }
    if (m.first() > 0) {
      String before = Parts.stripArticle(Parts.stripConj(tokens.get(m.first() - 1).norm()));
      if (FACILITIES.contains(before) || before.length() > 1 && FACILITIES.contains(before.substring(1))) {
        return false; // «إلى مراكز احتجاز أخرى», «طرق الاعتقال الحديثة»: a place or a way of detention
      }
    }
    if (notDone(tokens, m.first(), m.end() - 1)) {
      return false; // «لم يتم قط اعتقالها», «قُتلوا أو اعتقلوا», «احتجاز مسلح لرهائن»: no arrest by the state
    }
    for (Part p : parts) {
      if (p.country() != null && !p.country().equals(home) && !birthplace(tokens, p)) {
        return false; // a state other than the article's is named: the arrest may be its
      }
    }
    return true;
  }

  /**
   * True when the arrest word of tokens {@code first..last} is negated, demanded, feared or the law's («لم يتم قط
   * اعتقالها», «يطالبن باعتقال», «خوف دائم من الاعتقال», «لمن يلقى القبض عليه»: one of {@link #NOT_DONE} or
   * {@link #DEMANDS} among the three words before it, in its clause), one of a list or range of acts after «أو/بين» («قُتلوا أو
   * اعتقلوا», «تراوح بين الاعتقال والضرب»), a hostage-taking («احتجاز مسلح لرهائن», «امرأة رهينة احتجزها») or a stop
   * («توقيف مؤقت لحركة الطيران»).
   */
  private static boolean notDone(List<Token> tokens, int first, int last) {
    if (first > 0 && ALTERNATIVES.contains(tokens.get(first - 1).norm())) {
      return true;
    }
    for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
      String w = tokens.get(k).norm();
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        break; // the clause ends
      }
      String v = Parts.stripConj(w);
      if (NOT_DONE.contains(v) || NOT_DONE.contains(w)) {
        return true;
      }
      for (String d : DEMANDS) {
        if (v.startsWith(d)) {
          return true;
        }
      }
    }
    for (int k = Math.max(0, first - 3); k <= Math.min(tokens.size() - 1, last + 3); k++) {
      String w = Parts.stripConj(tokens.get(k).norm());
      for (String h : HOSTAGES) {
        if (w.startsWith(h)) {
          return true;
        }
      }
    }
    if (last + 1 < tokens.size() && Parts.stripConj(tokens.get(first).norm()).endsWith("توقيف")) {
      String next = tokens.get(last + 1).norm();
      for (String s : STOPPED) {
        if (next.startsWith(s)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when part {@code p} is a birthplace («من مواليد دولة الشيشان»), which names no state that acts. */
  private static boolean birthplace(List<Token> tokens, Part p) {
    for (int k = Math.max(0, p.first() - 2); k < p.first(); k++) {
      if (BORN.contains(Parts.stripConj(tokens.get(k).norm()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the article's arrests are another state's: an asserted arrest of {@code all} has an arrester of a state
   * other than {@code home} and none has one of {@code home} (Brunson's detention, «لعبا دورا رئيسيا في اعتقاله», in a
   * story from Washington whose other arrests are Turkey's).
   */
  static boolean arrestedAbroad(List<Cand> all, String home) {
    boolean abroad = false;
    for (Cand o : all) {
      if (o.type().equals("COERCE") && ARREST.equals(o.trigger.entry().mode()) && o.fact == Factuality.ASSERTED
          && !o.homeArrest && o.actor != null && o.actor.country() != null) {
        if (o.actor.country().equals(home)) {
          return false;
        }
        abroad = true;
      }
    }
    return abroad;
  }

  /** True when {@code c}, an arrest of {@link #candidate}, is made by the authorities of {@code home}. */
  static boolean home(Cand c, Part home) {
    return c.homeArrest && c.actor == null && c.fact == Factuality.ASSERTED && home != null && home.country() != null
        && (c.recipient == null || home.country().equals(c.recipient.country())) && (c.place == null || c.place.country() == null && !c.placeNear
        || home.country().equals(c.place.country()));
  }
}
