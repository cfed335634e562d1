package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Acts still to come: expected, scheduled, intended or announced for the future (session 14, ev14b).
 *
 * <p>Rules (the trigger at token {@code a}, its sentence from token {@code from}):
 * <ol>
 *   <li>a future support verb («سيتم», «ستتم», «سيجري», «ستقوم», «سيقوم») up to three tokens before it in its clause
 *       makes it hypothetical: «سيتم خلاله تنظيم اعتصام»; so does (session 16) a future verb of repeating,
 *       resuming, starting, ending, trying, receiving or happening («ستعيد فرض العقوبات», «سيحدث الهجوم»,
 *       «وستستأنف العقوبات»), not one of continuing («ستواصل قصف»: the act goes on now);</li>
 *   <li>a trigger in the clause opened by «أن» right after a word of expecting, scheduling, intending or hoping
 *       («من المتوقع أن», «من المقرر أن», «يتوقع أن», «يعتزم أن», «تأمل أن»; likelihood: «من المرجح
 *       أن», «من المحتمل أن», «من الممكن أن», «يمكن أن»; suspicion: «يشتبه بأنهما») is hypothetical: «من المتوقع أن يشارك
 *       آلاف الفلسطينيين في مسيرة», «من المقرر أن يلتقي كيم مع رئيس وزراء سنغافورة»; not a definite adjective of
 *       a state after a definite noun («كان من المفترض أن تدخل القافلة إلى الغوطة الشرقية المحاصرة»);</li>
 *   <li>a verb of intending right before it, or before it over one word («كانوا يعتزمون قتل», «تنوي شن»), makes it
 *       hypothetical;</li>
 *   <li>a word of approach («اقتراب», «وشك», «بقرب»; «قرب» only before «دخول/إجراء/بدء/موعد», as it also means
 *       «near» a place) right before a noun trigger, or over one verbal noun of starting, makes it hypothetical:
 *       «ومع اقتراب هذه العقوبات», «تكهنات بقرب إجراء محادثات»;</li>
 *   <li>an act governed by a word of aiming, wanting, seeking or allowing (session 15, {@link #aimedAt});</li>
 *   <li>a habit: «غالبا/عادة/كثيرا ما» before the act (session 15, {@link #habitual});</li>
 *   <li>an act feared or expected, right after a word of fear or expecting, maybe over «من» and one verbal noun of
 *       happening (session 20, ev20b, {@link #feared}): «تحسبا من خروج تظاهرات», «تحسبا للتظاهرات», «نزحوا خوفا
 *       من هجوم لقوات النظام», «يتوقع رفض طلب تسليمه»;</li>
 *   <li>what a thing is used for, in the present («التي يستخدمونها في استهداف المدنيين», «التي تستخدمها إيران في
 *       تمويل عملياتها العسكرية», «الأسلحة التي قد تستخدمها أمريكا في ضرب سوريا»): a habit or a purpose of the
 *       weapon or the port, no act told (session 20, ev20b, {@link #usedFor});</li>
 *   <li>an act wished, hoped for, offered or shown interest in: a noun or adjective of wish, hope, readiness or
 *       interest before it, maybe over «في/على/إلى/أن» and the one whose wish it is («أعرب عن أمله في أن يزور
 *       الكويت», «إن بلاده مستعدة "لدعم جهود الأصدقاء"», «أعلن استعداد بلاده للتعاون في التحقيق», «أبدت اهتمامها
 *       بالتعاون», «أعلن البلدان رغبتهما بالتعاون», «لدينا الاستعداد للقتال»); an offer to mediate is an event of its
 *       own and stays (session 21, ev21b, {@link #wished}).</li>
 * </ol>
 */
final class Prospects {
  /** Future support verbs, normalised: «سيتم تنظيم», «ستجري محادثات». */
  private static final Set<String> FUTURE_SUPPORT = Set.of("سيتم", "ستتم", "سيجري", "ستجري", "ستقوم", "سيقوم",
      "سيقومون", "ستقومان", "سيقومان",
      // session 16: future verbs of repeating, resuming, starting, ending, trying, receiving, meeting with and
      // happening: «ستعيد فرض العقوبات», «سيحدث الهجوم», «وستستأنف العقوبات», «ستنهي دعم», «سيتلقى الدعم»; not
      // of continuing («ستواصل قصف», «ستستمر الغارات»: the act goes on now) nor of discussing («سيبحثون المواجهات»)
      "ستعيد", "سيعيد", "سنعيد", "سيعيدون", "سيحدث", "ستحدث", "ستستانف", "سيستانف", "سنستانف", "ستنهي", "سينهي",
      "سننهي", "سيتلقي", "ستتلقي", "سنتلقي", "سيقابل", "ستقابل", "سيحاول", "ستحاول", "سنحاول", "سيحاولون",
      "سيبدا", "ستبدا", "سنبدا", "سيبداون", "ستشهد", "سيشهد");

  /** Tokens before the trigger within which a future support verb makes it hypothetical. */
  private static final int SUPPORT_REACH = 3;

  /** Words of expecting, scheduling, intending or hoping before «أن» (normalised, without «و/ف»). */
  private static final Set<String> EXPECTING = Set.of("المتوقع", "المقرر", "المفترض", "المنتظر", "المرتقب",
      "المزمع", "يتوقع", "تتوقع", "يتوقعون", "نتوقع", "اتوقع", "يرجح", "ترجح", "يعتزم", "تعتزم", "يعتزمون",
      "نعتزم", "ينوي", "تنوي", "ينوون", "ننوي", "يزمع", "تزمع", "ياملون", "يامل", "تامل", "نامل", "امل",
      "يخطط", "تخطط", "يخططون", "نخطط", "المرجح", "المحتمل", "الممكن", "المستبعد", "المامول", "يحتمل", "يمكن",
      "يتوقعان", "تتوقعان", "يشتبه", "تشتبه", "يشتبهون",
      "الارجح", "ارجح"); // «والأرجح أن يكون رد فعلها باستهداف» (session 15)

  /** Verbs of intending right before a verbal noun («يعتزمون قتل», «تنوي شن»), normalised. */
  private static final Set<String> INTENDING = Set.of("يعتزم", "تعتزم", "يعتزمون", "يعتزمان", "تعتزمان", "نعتزم",
      "اعتزم", "اعتزمت", "ينوي", "تنوي", "ينوون", "ننوي", "يزمع", "تزمع", "يزمعون");

  /** «أن» and its forms that open what is expected, normalised. */
  private static final Set<String> THAT = Set.of("ان", "بان", "انه", "انها", "انهم", "انهما", "بانه", "بانها",
      "بانهم", "بانهما");

  private Prospects() {
  }

  /** True when the trigger at {@code a} is an act still to come by one of the rules above. */
  static boolean ahead(List<Token> tokens, int a, int from) {
    return supportedBefore(tokens, a, from) || expectedClause(tokens, a, from) || intendedBefore(tokens, a, from)
        || approachingBefore(tokens, a, from) || aimedAt(tokens, a, from) || habitual(tokens, a, from)
        || feared(tokens, a, from) || usedFor(tokens, a, from) || wished(tokens, a, from);
  }

  /**
   * Nouns and adjectives of wish, hope, readiness or interest, with their pronouns (normalised, without «و/ف»):
   * «رغبتهما», «أمله», «استعداد», «مستعدة», «اهتمامها», «تطلعها», «يرغب»; not «حرص» («أكد حرصه على دعم»), which
   * states a standing policy as much as a wish.
   */
  private static final Set<String> WISHING = Set.of("رغبه", "رغبته", "رغبتها", "رغبتهم", "رغبتهما", "رغبتنا",
      "الرغبه", "امله", "املها", "املهم", "املهما", "املنا", "الامل", "امال", "استعداد", "استعداده",
      "استعدادها", "استعدادهم", "استعدادهما", "استعدادنا", "الاستعداد", "مستعد", "مستعده", "مستعدون", "مستعدين",
      "مستعدان", "مستعدتان", "اهتمام", "اهتمامه", "اهتمامها", "اهتمامهم", "اهتمامهما", "تطلع", "تطلعه", "تطلعها",
      "تطلعهم", "تطلعهما", "يتطلع", "تتطلع", "نتطلع", "يتطلعون", "يرغب", "ترغب", "نرغب", "يرغبون", "جاهز", "جاهزه",
      "جاهزون", "جاهزين");
  /**
   * Words that may stand between the word of wish and the act: particles («في أن», «على», «إلى», «بأن») and the one
   * whose wish it is («استعداد بلاده للتعاون»), normalised.
   */
  private static final Set<String> WISH_LINKS = Set.of("في", "علي", "الي", "ان", "بان", "عن", "بلاده", "بلادها",
      "بلادهم", "حكومته", "حكومتها", "الحكومه", "المملكه", "الدوله", "الطرفين", "الجانبين", "البلدين");
  /** Words of wish and links the walk back crosses at most. */
  static final int WISH_REACH = 3;
  /** Acts of mediating, offered as events of their own («أبدى استعداده للوساطة»), normalised stems. */
  private static final List<String> MEDIATING = List.of("وساط", "توسط");

  /**
   * Rule 9 (session 21, ev21b): the trigger at {@code a} after a word of wish, hope, readiness or interest
   * ({@link #WISHING}), with at most {@link #WISH_REACH} tokens of {@link #WISH_LINKS} or quotation marks between:
   * «أعرب عن أمله في أن يزور الكويت», «بلاده مستعدة "لدعم جهود الأصدقاء"», «أعلن استعداد بلاده للتعاون», «أبدت
   * اهتمامها بالتعاون»: what one wishes or offers to do, not done. An offer to mediate («استعداده للوساطة») is
   * recorded as an event and stays; a wish further back, over another word («رغبته في وقف إطلاق النار بعد قصف»),
   * does not govern.
   */
  static boolean wished(List<Token> tokens, int a, int from) {
    String trigger = tokens.get(a).norm();
    if (MEDIATING.stream().anyMatch(trigger::contains)) {
      return false;
    }
    int links = 0;
    for (int k = a - 1; k >= from; k--) {
      Token t = tokens.get(k);
      if (t.text().equals("\"") || t.text().equals("«") || t.text().equals("“")) {
        continue;
      }
      String n = t.norm();
      if (Parts.inSet(WISHING, n)) {
        return true;
      }
      if (!WISH_LINKS.contains(n) || ++links > WISH_REACH) {
        return false;
      }
    }
    return false;
  }

  /** Beginnings of present-tense verbs of using (normalised, without «و/ف»): «يستخدمونها», «تستخدمها», «يستعمل». */
  private static final List<String> USING = List.of("يستخدم", "تستخدم", "نستخدم", "يستعمل", "تستعمل", "نستعمل");
  /** Tokens before the trigger within which the verb of using is sought. */
  static final int USE_REACH = 4;

  /**
   * Rule 8 (session 20): a present-tense verb of using ({@link #USING}) within {@link #USE_REACH} tokens before the
   * trigger in its clause, with «في» between or «لـ» on the trigger («التي يستخدمونها في استهداف
   * المدنيين», «تستخدمها إيران في تمويل عملياتها العسكرية»): what a thing serves, no act told. A past verb
   * («استخدمت القوات الطائرات في قصف المدينة») tells an act and stays.
   */
  static boolean usedFor(List<Token> tokens, int a, int from) {
    boolean in = Parts.stripConj(tokens.get(a).norm()).startsWith("ل"); // «يستخدمونها لقصف»
    for (int k = a - 1; k >= Math.max(from, a - USE_REACH); k--) {
      Token t = tokens.get(k);
      if (Clause.isBoundary(t)) {
        return false;
      }
      String n = Parts.stripConj(t.norm());
      if (n.equals("في")) {
        in = true;
      }
      if (in && USING.stream().anyMatch(n::startsWith)) {
        return true;
      }
    }
    return false;
  }

  /** Words of fear or expecting right before the act feared (normalised, without «و/ف»). */
  private static final Set<String> FEARING = Set.of("تحسبا", "خوفا", "خشيه", "تخوفا", "مخافه", "يخشي", "تخشي",
      "يخشون", "نخشي", "يتوقع", "تتوقع", "يتوقعون", "نتوقع",
      // session 21 (ev21b): the past and the verbal noun («أنه خشي من خروج احتجاجات», «الخوف من عقوبات»)
      "خشي", "خشيت", "خشوا", "خشيا", "الخوف");
  /** Verbal nouns of happening between the word of fear and the act («تحسبا من خروج تظاهرات»), normalised. */
  private static final Set<String> HAPPENING = Set.of("خروج", "وقوع", "اندلاع", "حدوث", "تجدد", "اي", "لخروج",
      "لوقوع", "لاندلاع", "لحدوث", "لتجدد", "لاي");

  /**
   * Rule 7 (session 20): the trigger at {@code a} right after a word of fear or expecting ({@link #FEARING}), maybe
   * over «من» and one verbal noun of happening ({@link #HAPPENING}): «تحسبا من خروج تظاهرات», «خوفا من هجوم»,
   * «يتوقع رفض طلب تسليمه». A word between that is neither («تحسبا لرد إيراني على الغارة», «تخشى تركيا التي
   * تدعم») leaves the act as read.
   */
  static boolean feared(List<Token> tokens, int a, int from) {
    int k = a - 1;
    if (k > from && Parts.inSet(HAPPENING, tokens.get(k).norm())) {
      k--;
    }
    if (k > from && tokens.get(k).norm().equals("من")) {
      k--;
    }
    return k >= from && Parts.inSet(FEARING, tokens.get(k).norm());
  }

  /** Adverbs of habit before «ما» («غالبا ما», «عادة ما», «كثيرا ما»), normalised, without «و/ف». */
  private static final Set<String> HABIT = Set.of("غالبا", "عاده", "كثيرا");
  /** Tokens before the trigger within which «غالبا ما» makes it a habit. */
  private static final int HABIT_REACH = 7;

  /**
   * Rule 6 (session 15): what usually or often happens is no event (the guide leaves generic descriptions out):
   * «غالبا/عادة/كثيرا ما» within {@link #HABIT_REACH} tokens before the trigger in its clause: «وغالبا ما تستهدف
   * مقديشو بهجمات قاتلة», «وعادة ما تنفذ تركيا ضربات جوية», «التي عادة ما تستهدف قوات الأمن».
   */
  static boolean habitual(List<Token> tokens, int a, int from) {
    for (int k = a - 1; k >= Math.max(from + 1, a - HABIT_REACH); k--) {
      if (Clause.isBoundary(tokens.get(k))) {
        return false;
      }
      if (tokens.get(k).norm().equals("ما") && Parts.inSet(HABIT, tokens.get(k - 1).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Words of aiming, wanting, seeking, studying or allowing before the act they govern (normalised, without «و/ف»). */
  private static final Set<String> AIMING = Set.of("يهدف", "تهدف", "يهدفان", "تهدفان", "يريد", "يريدون", "تريد",
      "نريد", "اريد", "يريدان", "ستدرس", "سيدرس", "يسعي", "تسعي", "يسعون", "نسعي", "يسعيان", "السعي", "تتيح", "يتيح",
      "الراميه", "الرامي", "ترمي", "يرمي");
  /** «إلى» after a word of aiming («يهدف الاتفاق إلى منع»), normalised. */
  private static final Set<String> TO = Set.of("الي", "والي");
  /** Tokens before «إلى» within which the word of aiming is sought (over its subject). */
  private static final int AIM_REACH = 3;

  /**
   * Rule 5 (session 15): an act governed by a word of aiming, wanting, seeking, studying or allowing is not done:
   * right after it («يريدون منع بلادهم», «ستدرس منع القضاة», «تسعى للسيطرة على»), after «إلى» with the aim word up
   * to {@link #AIM_REACH} words before («يهدف الاتفاق إلى منع إيران»), or after one beneficiary in «لل-» («يتيح
   * للشركات منع عمالها»). An act further down («تسعى لفك الحصار», «تسعى لتأكيد خبر مقتل») or an adjunct («وتهدف قوات
   * النظام بدعم روسي لاستعادة») is not governed, and stays as read.
   */
  static boolean aimedAt(List<Token> tokens, int a, int from) {
    if (a - 1 < from) {
      return false;
    }
    String prev = tokens.get(a - 1).norm();
    if (Parts.inSet(AIMING, prev)) {
      return true;
    }
    if (a - 2 >= from && prev.startsWith("لل") && Parts.inSet(AIMING, tokens.get(a - 2).norm())) {
      return true;
    }
    if (TO.contains(prev)) {
      for (int k = a - 2; k >= Math.max(from, a - 2 - AIM_REACH); k--) {
        if (Clause.isBoundary(tokens.get(k))) {
          return false;
        }
        if (Parts.inSet(AIMING, tokens.get(k).norm())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words of an act drawing near, normalised: «مع اقتراب العقوبات», «على وشك», «بقرب». */
  private static final Set<String> APPROACHING = Set.of("اقتراب", "باقتراب", "وشك", "بقرب");

  /** «قرب» (also «near» a place) counts only before one of these: «قرب دخول العقوبات», «قرب انعقاد القمة». */
  private static final Set<String> NEAR_START = Set.of("دخول", "اجراء", "بدء", "انطلاق", "موعد", "انعقاد");

  /** Verbal nouns of starting or holding between a word of approach and the event noun, normalised. */
  private static final Set<String> STARTING = Set.of("دخول", "اجراء", "بدء", "انطلاق", "موعد", "انعقاد", "وقوع",
      "شن", "فرض", "تنفيذ");

  /**
   * Rule 4: a word of approach right before the noun trigger at {@code a}, or before one verbal noun of starting
   * that precedes it («ومع اقتراب هذه العقوبات», «تكهنات بقرب إجراء محادثات», «وقرب دخول العقوبات»).
   */
  static boolean approachingBefore(List<Token> tokens, int a, int from) {
    int k = a - 1;
    if (k > from && (Parts.inSet(STARTING, tokens.get(k).norm()) || tokens.get(k).norm().equals("هذه"))) {
      k--;
    }
    if (k < from) {
      return false;
    }
    String n = tokens.get(k).norm();
    return Parts.inSet(APPROACHING, n) || Parts.stripConj(n).equals("قرب") && k + 1 < a
        && NEAR_START.contains(tokens.get(k + 1).norm());
  }

  /** Rule 1: a future support verb up to {@link #SUPPORT_REACH} tokens before {@code a} in its clause. */
  static boolean supportedBefore(List<Token> tokens, int a, int from) {
    return Clause.inSetBefore(tokens, a, from, SUPPORT_REACH, FUTURE_SUPPORT);
  }

  /** Rule 2: the clause of {@code a} opens with «أن» right after a word of expecting. */
  static boolean expectedClause(List<Token> tokens, int a, int from) {
    int cs = Clause.start(tokens, a, from);
    int that = cs - 1;
    for (int k = cs; k < a; k++) {
      if (THAT.contains(tokens.get(k).norm())) {
        that = k; // «بأنهما», «أنهما» are no clause boundaries: the last one before the trigger opens its content
      }
    }
    if (that <= from || !THAT.contains(tokens.get(that).norm())) {
      return false;
    }
    int before = that - 1;
    if (before > from && tokens.get(before).norm().equals("في")) {
      before--; // «يشتبه في أنهما»
    }
    return Parts.inSet(EXPECTING, tokens.get(before).norm()) && !adjective(tokens, a, cs);
  }

  /**
   * True when the trigger at {@code a} bears the article right after a word that bears it too: an adjective of a
   * state («إلى الغوطة الشرقية المحاصرة»), not the act expected.
   */
  private static boolean adjective(List<Token> tokens, int a, int cs) {
    return a > cs && tokens.get(a).norm().startsWith("ال") && Parts.stripConj(tokens.get(a - 1).norm()).startsWith("ال");
  }

  /** Rule 3: a verb of intending right before {@code a}, or over one word. */
  static boolean intendedBefore(List<Token> tokens, int a, int from) {
    for (int k = a - 1; k >= Math.max(from, a - 2); k--) {
      if (Clause.isBoundary(tokens.get(k))) {
        return false;
      }
      if (Parts.inSet(INTENDING, tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }
}
