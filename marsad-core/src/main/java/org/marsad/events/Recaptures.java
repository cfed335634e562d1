package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * «حرر» and «استعاد» that take ground: liberating or regaining a place is a seizure (COERCE), freeing a hostage,
 * regaining one's form or editing a paper is none.
 *
 * <p>Rule (session 15): a trigger flagged {@code territory} in the lexicon («حررت», «تحرير», «استعادت», «استعادة»)
 * is an event only when its object is ground — the word right after it, over quantifiers («كامل», «بقية», «عدد من»,
 * «المزيد من», «كل»), is a noun of a place («مدينة», «مديرية», «مواقع», «جبل», «معسكر», «مطار», «مرتفعات» …) or a place
 * the sentence names («حرر الجيش الوطني الليبي منطقة البلاد», «تمكنت من تحرير مركز مدينة ميدي», «واستعادت القوات
 * الموالية للرئيس السوري منطقة الغوطة الشرقية»); after a verb, the first part is its subject, never its object
 * («استعادت واغادوغو بعض الهدوء»). A verbal noun needs a word of achieving or announcing before it in its clause
 * («تمكنت من تحرير», «أعلن ... تحرير مدينة درنة»): alone it names an aim or an operation («معركة تحرير الحديدة»,
 * «يهدف التحالف إلى تحرير الحديدة», «تحرير الحديدة قادم»). Not the name of a body that carries the word («هيئة تحرير الشام»,
 * «منظمة التحرير الفلسطينية», «الحركة الشعبية لتحرير السودان», «ميدان التحرير», «رئيس تحرير»), nor a nisba after it;
 * «تحرير الرهائن», «تحرير سعر الصرف», «استعادة اللقب» take no ground and are no event. Purpose («لتحرير الحديدة») and
 * plans are left to {@link FactualityRule}.
 */
final class Recaptures {
  /** Nouns of ground, normalised, without «ال» and «و/ف». */
  static final Set<String> GROUND = Set.of("مدينه", "مدن", "بلده", "بلدات", "قريه", "قري", "مديريه", "مديريات",
      "محافظه", "محافظات", "منطقه", "مناطق", "موقع", "مواقع", "مركز", "معسكر", "معسكرات", "جبل", "جبال", "سلسله",
      "مطار", "ميناء", "ميناءي", "مينايي", "تبه", "مرتفعات", "مفرق", "حي", "احياء", "ساحل", "ريف", "جيب", "جيوب",
      "معقل", "معاقل", "اراضي", "اراض", "عاصمه", "جزيره", "ضواحي", "ضاحيه", "قاعده", "مقر", "مبني", "طريق",
      "شارع", "السيطره", "سيطره", "الغوطه", "نقاط", "نقطه", "حقول", "حقل", "ولايه", "اقليم", "مخيم", "قلعه");
  /** Quantifiers between the trigger and its object, normalised, without «ال» and «و/ف». */
  private static final Set<String> QUANTIFIERS = Set.of("كامل", "بالكامل", "كافه", "بقيه", "مزيد", "من", "عدد",
      "جميع", "كل", "عددا", "مزيدا", "اجزاء", "جزء", "معظم", "اغلب", "عشرات", "بعض", "اكثر", "ما", "تبقي", "وتامين", "تامين",
      "شهر", "اسبوع", "ماضي", "ماضيه", "جاري", "امس", "يوم", "مجددا", "سبت", "احد", "اثنين", "ثلاثاء", "اربعاء",
      "خميس", "جمعه");
  /** Bodies whose names carry «تحرير» («هيئة تحرير الشام», «الحركة الشعبية لتحرير السودان»), normalised. */
  private static final Set<String> BODIES = Set.of("منظمه", "جبهه", "حركه", "حزب", "جيش", "لجنه", "رييس", "روساء",
      "مجلس", "ميدان", "مدير", "سكرتير", "هييه");
  /** Words after the trigger within which its object is sought. */
  static final int REACH = 4;
  /**
   * Words after a verb's subject (or a bare force before its attributes) within which its object is sought; every part
   * of no place after the verb is its subject or the subject's attribute («وحررت قوات الجيش الوطني عددا من القرى»).
   */
  static final int SUBJECT_REACH = 5;
  /** Bare forces that head a verb's subject («القوات الموالية للرئيس», «قوات النظام»), normalised, without «ال». */
  private static final Set<String> SUBJECT_HEADS = Set.of("قوات", "جيش", "مواليه", "موالي", "حكوميه", "نظام",
      "معارضه", "فصايل", "مقاتلو", "مقاتلي", "وحدات", "ميليشيات", "مليشيات", "امنيه", "شرعيه", "مشتركه", "وطني",
      "يمني", "عراقيه", "سوريه", "ليبي", "عراقي");

  /** Words of achieving or announcing before a verbal noun that make it done («تمكنت من تحرير», «أعلن تحرير»). */
  private static final Set<String> ACHIEVED = Set.of("تمكن", "تمكنت", "تمكنوا", "تمكنا", "نجح", "نجحت", "نجحوا",
      "اعلن", "اعلنت", "اعلنوا", "اكمل", "اكملت", "استكمل", "استكملت", "اتم", "اتمت", "انجز", "انجزت");
  /** Words before a verbal noun within which a word of achieving is sought, in its clause. */
  static final int ACHIEVED_REACH = 8;

  /**
   * True when a word of achieving or announcing stands within {@link #ACHIEVED_REACH} words before the verbal noun at
   * {@code i} in its clause: the noun alone names an aim or an operation far more often than a place taken.
   */
  private static boolean achieved(List<Token> tokens, int i, int from) {
    for (int k = i - 1; k >= Math.max(from, i - ACHIEVED_REACH); k--) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.WORD && ACHIEVED.contains(Parts.stripConj(t.norm()))) {
        return true;
      }
      if (Clause.isBoundary(t) && !",".equals(t.norm()) && !"،".equals(t.text())) {
        return false; // a day between commas may follow the verb: «أعلنت قوات الشرعية، الخميس، استعادة معسكر»
      }
    }
    return false;
  }

  /** True for the verbal noun «تحرير»/«استعادة» (with or without clitics): its object follows it at once. */
  private static boolean nounForm(String norm) {
    return norm.contains("تحرير") || norm.contains("استعاده");
  }

  private Recaptures() {
  }

  /** True when the {@code territory} trigger at {@code [i, end)} takes ground. */
  static boolean takesGround(List<Token> tokens, int i, int end, int from, int to, List<Part> ps) {
    for (int k = Math.max(from, i - 2); k < i; k++) {
      if (BODIES.contains(Parts.stripArticle(Parts.stripConj(tokens.get(k).norm())))) {
        return false;
      }
    }
    boolean verb = tokens.get(i).kind() == Token.Kind.WORD && end == i + 1 && !nounForm(tokens.get(i).norm());
    if (!verb && !achieved(tokens, i, from)) {
      return false; // «معركة تحرير الحديدة», «يهدف التحالف إلى تحرير الحديدة», «تحرير الحديدة قادم»: aimed at
    }
    int limit = Math.min(to, end + REACH);
    for (int k = end; k < limit; k++) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.NUMBER) {
        continue;
      }
      if (verb && k > end && (",".equals(t.norm()) || "،".equals(t.text()))) {
        limit = Math.min(to, limit + 1); // a day between commas after the subject: «وحررت قوات الجيش، الجمعة، مواقع»
        continue;                        // (session 21)
      }
      if (t.kind() != Token.Kind.WORD) {
        return false;
      }
      Part p = RoleFinder.partAt(ps, k);
      if (p != null && p.first() == k) {
        if (verb && (k == end || !p.place())) {
          // the verb's subject, even a city standing for its government («واستعادت دمشق السيطرة على الحدود»;
          // «استعادت واغادوغو بعض الهدوء» takes no ground): «حرر الجيش الوطني الليبي منطقة البلاد»
          limit = Math.min(to, p.end() + SUBJECT_REACH);
          k = p.end() - 1;
          continue;
        }
        if (p.place() && !p.nisba()) {
          return !"الشام".equals(Parts.stripConj(t.norm()))
              && !"الشام".equals(Parts.stripConj(tokens.get(p.end() - 1).norm()));
        }
        return false;
      }
      if (verb && k < end + SUBJECT_REACH && SUBJECT_HEADS.contains(Parts.stripArticle(Parts.stripConj(t.norm())))) {
        limit = Math.min(to, k + 1 + SUBJECT_REACH); // «واستعادت القوات الموالية للرئيس السوري منطقة الغوطة»
        continue;
      }
      String n = Parts.stripArticle(Parts.stripConj(t.norm()));
      if (GROUND.contains(n) || GROUND.contains(Parts.stripArticle(t.norm()))) {
        return true;
      }
      if (!QUANTIFIERS.contains(n) && !QUANTIFIERS.contains(t.norm())) {
        return false;
      }
    }
    return false;
  }
}
