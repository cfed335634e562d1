package org.marsad.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.marsad.model.Factuality;
import org.marsad.model.Token;
import org.marsad.numbers.DateResolver;

/**
 * Decides whether a trigger reports its event as happening.
 *
 * <p>Rules, first match wins:
 * <ol>
 *   <li>demanded: a REQUEST trigger earlier in the sentence («دعا إلى وقف القصف»), or a modal of obligation
 *       («يجب», «ينبغي», «يتعين», «لا بد») within six tokens before it, governs it; a REQUEST itself is asserted;</li>
 *   <li>demanded (session 14): an ASSAULT noun right after a word of stopping or ending («وقف القتال», «إنهاء
 *       الحرب», {@link HaltedAttacks});</li>
 *   <li>negated: a negation («لم», «لن», «لا», «ما», «عدم», «دون») within two tokens before it (or further, over
 *       «يتم», «توجيه», «أي»: «ولم يتم توجيه الاتهام»), or a denial or foiling verb
 *       («نفى», «ينفي») earlier in the sentence; a REJECT itself is asserted;</li>
 *   <li>hypothetical: the future prefix «سـ» or «سوف», a yes-no question «هل» before it in its clause (session 10:
 *       «هل يتدرب الجيش الصيني على ضرب أهداف أميركية؟»), a condition «في حال/في حالة» (also «وفي حال», session 11)
 *       up to six words before it in its clause, for an event noun a future «ستمثل/سيكون» right before it or «في حال
 *       تحققت» right after it (session 11: «وستمثل السيطرة على مدينة الحديدة أكبر انتصار»), a conditional («إذا»,
 *       «لو», «إن» unless it opens what a reporting verb up to eight words before says: «قال مسؤولون إن»), a hedge
 *       («قد», «يشتبه», «المزعوم», «محتمل») within three tokens before it, a hedge adjective up to three words after
 *       an event noun
 *       («حرب محتملة», «القمة المرتقبة», «الاجتماع المقبل»), or a THREATEN trigger earlier in the sentence
 *       («حذر من اندلاع حرب»); a THREATEN itself is asserted, unless «قد» stands before the present of «هدد»
 *       («التدخل قد يهدد القوات»: a possible danger, no threat made; «كان قد توعد» still threatens); a purpose: a plan or preparation
 *       («يخطط», «يستعد», «بهدف») before it, or the purpose «لـ» on an attack, coercion or accusation word that is not weak («لاستهداف المدن», «لاتهام النظام»; a
 *       weak coercion noun too, session 9: «غارات في سوريا لمنع إرسال شحنات أسلحة», «لإغلاق») unless it follows a
 *       verb of undergoing or result, maybe behind its subject («تعرض لهجوم», «تعرضت مدينة حلب لقصف», «أدى لمقتل»);
 *       session 19: control as an aim («للسيطرة على», «لاستعادة السيطرة», «لبسط سيطرتها») and an attack one is able
 *       to make («قادرة على ضرب»), {@link ControlAims};</li>
 *   <li>historical: its clause (a date up to four words after it; ten for material acts, session 12: «واختطفت
 *       ميليشيا الحوثي الصيدلي في نوفمبر من العام 2016»; not a date after «منذ» behind a superlative, «أقوى هجوم منذ
 *       حرب عام 2014»), the start of its sentence («وفي عام 2002، ...») or a date right after a comma that
 *       ends its clause («احتجزت هارون، في يونيو 2011») dates it before the published year («عام 2020», «العام
 *       الماضي») or more than two months back, or «آنذاك/حينذاك» or «في ذلك الوقت» stands in its clause, or «سبق
 *       أن/سبق لـ» before it in its clause (session 12), or «منذ» precedes it
 *       (not «منذ السبت», «منذ ساعات», «منذ 18 شباط» less than two months before), or «بعد/قبل» + years
 *       («بعد 70 عاما من», «قبل عامين») stands in the five words before it, or a range of two earlier years («بين
 *       1975 و1991», «خلال عامي 2016 و2017») follows it in its clause within ten words, or
 *       «كان/كانت قد» opens its clause in a sentence with an explicit past date (session 13: also a sentence opened
 *       by «وكان/وكانت» with the act in its first five words and an earlier date up to 25 words after the act, «وكانت
 *       الولايات المتحدة شنت هجوما ... في أبريل عام 2017»), or a bare past year (1900 or
 *       later, after a word, counting nothing) stands in its clause before it or up to eight words after it («في
 *       حرب 1967», «قتل آلاف الجنود في حرب 1967»), unless it names a text («بيان جنيف 2012», «الاتفاق الموقع في
 *       عام 2015») or follows «منذ» after a superlative («أعنف ضربة منذ حرب غزة 2014»);</li>
 *   <li>otherwise asserted.</li>
 * </ol>
 * A cause or time adverbial («بعد», «إثر», «جراء», «على خلفية», the {@code reason} cues) between a governing
 * REQUEST, REJECT, THREATEN or denial and the trigger cuts the government: «دعت إلى اجتماع طارئ بعد مقتل
 * عشرات» asserts the killing.
 */
final class FactualityRule {
  /**
   * True when «قد» at {@code k - 1} stands before a past verb («قد حملت», «كانت قد شنت»): it then asserts («has
   * done»); only before a present verb («قد يؤدي», «قد تشن») is it a hedge. A present verb opens with «ي», «ت», «ن»
   * or «أ». Session 15 (ev15c): a verb in «أ/ا» after «قد» is past — the first person present («قد أكون») is all
   * but absent from news, while «وكانت واشنطن قد أعلنت», «قد استدعت سفيرها», «قد اتهمت», «قد أرسلت» are common
   * (about 1,100 in ANT, every one past) and were read as hedges, which dropped the event; and a word of five
   * letters or more in «ت...ت» whose second letter is no «ت» is the feminine past of a verb in «تـ» («قد تعرضت»,
   * «قد تمكنت», «قد توصلت»; about 130 in ANT, all past), not a present; a word in «ن» is past when it has three
   * letters or ends in «ت» or «وا» («قد نفى», «قد نفت», «قد ناشدوا»), present otherwise («قد نواجه», «قد نعتقد»).
   */
  static boolean pastAfter(List<Token> tokens, int k, int a) {
    if (k > a || k >= tokens.size()) {
      return false;
    }
    String n = tokens.get(k).norm();
    if (n.isEmpty()) {
      return false;
    }
    char c = n.charAt(0);
    if (c == ALEF) {
      return n.length() > 2;
    }
    if (c == TEH) {
      return n.length() >= 5 && n.charAt(n.length() - 1) == TEH && n.charAt(1) != TEH;
    }
    if (c == NOON) {
      return n.length() == 3 || n.endsWith("ت") || n.endsWith("وا");
    }
    return c != YEH;
  }

  /**
   * True when «ما» at {@code k} is part of a conjunction of time, not a negation: «بعد ما», «قبل ما», «عند ما»
   * written apart («وبعد ما قصفت إسرائيل مطار دمشق», «وذلك بعد ما اعتقلت الشرطة»), as «بعدما» written together.
   * Session 15 (ev15c); a wider version (any word before «ما») also revived «ما وصفه بـ», «عادة ما تؤدي», «في ما
   * يتصل», «ما يوقف» (16 key lines, 2 right) and was not kept.
   */
  static boolean relativeMa(List<Token> tokens, int k, int from) {
    if (!tokens.get(k).norm().equals("ما") || k - 1 < from) {
      return false;
    }
    return TIME_CONJUNCTIONS.contains(Parts.stripConj(tokens.get(k - 1).norm()));
  }

  /** Words that make a following «ما» a conjunction of time («بعد ما», «قبل ما», «عند ما»), normalised. */
  private static final Set<String> TIME_CONJUNCTIONS = Set.of("بعد", "قبل", "عند", "حين", "ريث", "بين");

  private static final char NOON = '\u0646';
  private static final char YEH = '\u064a';

  private static final char ALEF = 'ا';
  private static final char TEH = 'ت';

  private static final java.util.Set<String> LONG_AGO = java.util.Set.of("انهيار", "سنوات", "عقود", "اعوام", "سنين",
      "عقدين", "قرون", "استقلال", "الاستقلال", "نهايه", "عام", "العام", "سقوط", "اندلاع");
  /** Support words a negation reaches over («لم يتم توجيه», «لم تسجل أي»), normalised. */
  private static final java.util.Set<String> NEGATION_BRIDGE = java.util.Set.of("يتم", "تم", "يجر", "توجيه",
      "تسجيل", "تسجل", "يسجل", "وقوع", "اي");

  /**
   * «Any» before an event noun («أي», «لأي», «بأي»; session 14: the feminine «أية», «لأية», «بأية»), normalised.
   */
  private static final java.util.Set<String> ANY = java.util.Set.of("اي", "لاي", "باي", "واي", "فاي", "ايه", "لايه",
      "بايه", "وايه", "فايه");

  /** Words after «منذ» that date a recent start (days of the week, hours, days, this morning). */
  private static final java.util.Set<String> RECENT = java.util.Set.of("السبت", "الاحد", "الاثنين", "الثلاثاء",
      "الاربعاء", "الخميس", "الجمعه", "ساعات", "ساعه", "ساعتين", "ايام", "يومين", "يوم", "اسبوع", "اسبوعين", "صباح",
      "الصباح", "مساء", "ليل", "ليله", "الليله", "فجر", "امس", "الامس", "البارحه", "مطلع", "دقايق", "ظهر");
  private static final java.util.Set<String> REFERENCE = java.util.Set.of("وفق", "بموجب", "اطار", "ضمن");
  /** «Anniversary» with its prepositions and article, normalised (ى → ي). */
  private static final java.util.Set<String> ANNIVERSARY = java.util.Set.of("ذكري", "الذكري", "لذكري", "بذكري",
      "للذكري", "بالذكري");
  /** Tokens before an event noun within which «ذكرى» makes it the remembered event («الذكرى السنوية الثلاثين لـ»). */
  private static final int ANNIVERSARY_REACH = 3;

  /**
   * True when «ذكرى» stands within {@link #ANNIVERSARY_REACH} tokens before the trigger at {@code a}, with no
   * clause boundary between (session 12): an anniversary recalls a past event, it does not report one.
   */
  static boolean anniversaryBefore(List<Token> tokens, int a, int from) {
    return wordBefore(tokens, a, from, ANNIVERSARY, ANNIVERSARY_REACH);
  }

  /**
   * True when a word of {@code words} (whole, or after «و/ف») stands within {@code reach} tokens before token
   * {@code a} and after {@code from}, with no clause boundary between.
   */
  private static boolean wordBefore(List<Token> tokens, int a, int from, Set<String> words, int reach) {
    for (int k = a - 1; k >= Math.max(from, a - reach); k--) {
      Token t = tokens.get(k);
      if (Clause.isBoundary(t)) {
        return false;
      }
      if (Parts.inSet(words, t.norm())) {
        return true;
      }
    }
    return false;
  }
  /** Words after which «لـ» + an event noun is what happened to someone or what followed, not a purpose. */
  private static final java.util.Set<String> UNDERGONE = java.util.Set.of("تعرض", "تعرضت", "يتعرض", "تتعرض",
      "تعرضوا", "يتعرضون", "عرضه", "ادي", "ادت", "يودي", "تودي", "يوديان", "افضي", "افضت", "اضافه", "بالاضافه");

  private final Cues cues;

  FactualityRule(Cues cues) {
    this.cues = cues;
  }

  Factuality of(List<Token> tokens, int from, int to, TriggerLexicon.Match m, List<TriggerLexicon.Match> all,
                LocalDate published, List<DateResolver.DateMention> dates) {
    String type = m.entry().type();
    int a = m.first();
    boolean ownAct = conjoinedStatement(m); // «رافضة عرض ... إجراء محادثات وتوعدت بتكثيف الهجمات» (session 18)
    if (!type.equals("REQUEST")) {
      for (TriggerLexicon.Match o : all) {
        if (o.first() < a && o.entry().type().equals("REQUEST") && !ownAct && governs(tokens, o.end(), a)) {
          return Factuality.DEMANDED;
        }
      }
      for (int k = a - 1; k >= from; k--) {
        Token t = tokens.get(k);
        if (t.kind() == Token.Kind.PUNCT && !t.text().equals("\"") && !t.text().equals("«")) {
          break;
        }
        String n = t.norm();
        if (n.equals("يجب") || n.equals("ينبغي") || n.equals("يتعين") || n.equals("بضروره") || n.equals("ضروره")
            || n.equals("وجوب") || n.equals("بد") || n.equals("الضروري") || n.equals("ضروري") || n.equals("الضروره")) {
          return Factuality.DEMANDED;
        }
      }
      if (type.equals("ASSAULT") && !m.entry().verb() && HaltedAttacks.halted(tokens, a, from)) {
        return Factuality.DEMANDED; // «اتفقا على وقف القتال», «إنهاء الحرب»: fighting to be stopped (session 14)
      }
    }
    if (type.equals("REJECT") && NegationReach.rejectNegated(tokens, a, from)
        || m.entry().verb() && NegationReach.joinedNegated(tokens, a, from)
        || !m.entry().verb() && NegationReach.supportNegated(tokens, a, from, cues)) {
      return Factuality.NEGATED; // «لا يرفضون السلام», «لم يؤكد المتحدث أو ينفي التقارير» (session 14)
    }
    if (!m.entry().verb() && NegationReach.ledNegated(tokens, a, from)) {
      return Factuality.NEGATED; // «لن تدفع إسرائيل إلى حرب جديدة» (session 16)
    }
    if (!m.entry().verb() && NegationReach.toldNegated(tokens, a, from)) {
      return Factuality.NEGATED; // «أنا لم أتحدث عن ضربة مسبقة لروسيا», «لم تقدم "أي إنذار"» (session 21)
    }
    if (!type.equals("REJECT")) {
      for (int k = Math.max(from, a - 2); k < a; k++) {
        if (cues.is("negation", tokens.get(k).norm()) && !relativeMa(tokens, k, from)) {
          return Factuality.NEGATED;
        }
      }
      int bridged = a - 1;
      while (bridged >= from && bridged >= a - 4 && NEGATION_BRIDGE.contains(tokens.get(bridged).norm())) {
        bridged--; // «ولم يتم توجيه الاتهام»: «يتم توجيه» stands between the negation and the noun
      }
      if (bridged < a - 2 && bridged >= from && cues.is("negation", tokens.get(bridged).norm())) {
        return Factuality.NEGATED;
      }
      for (int k = from; k < a; k++) {
        if (cues.is("denial", tokens.get(k).norm()) && !reasonIn(tokens, k + 1, a)) {
          return Factuality.NEGATED;
        }
      }
      for (TriggerLexicon.Match o : all) {
        if (o.first() < a && o.entry().type().equals("REJECT") && !ownAct && governs(tokens, o.end(), a)) {
          return Factuality.NEGATED; // «رفضت إيران الاتهامات الأمريكية بدعم الحوثيين»: the rejected claim
        }
      }
    }
    if (!m.entry().verb() && hedgedAfter(tokens, m.end(), to)) {
      return Factuality.HYPOTHETICAL; // «حرب محتملة بين إيران وإسرائيل», «القمة المرتقبة», «التهديدات المحتملة»
    }
    if (!m.entry().verb() && type.equals("CONSULT") && preparedBefore(tokens, a, from)) {
      return Factuality.HYPOTHETICAL; // «للتحضير للقمة الأميركية الروسية», «تمهيدا لقمة تاريخية»: still to come
    }
    if (type.equals("THREATEN") && m.entry().verb() && a > from && tokens.get(a - 1).norm().equals("قد")
        && ENDANGER.matcher(Parts.stripConj(tokens.get(a).norm())).matches()) {
      return Factuality.HYPOTHETICAL; // «التدخل قد يهدد القوات الأمريكية»: a possible danger, no threat made
    }
    if (!type.equals("THREATEN")) {
      if ((m.cliticFlags() & Clitics.FUTURE) != 0) {
        return Factuality.HYPOTHETICAL;
      }
      if (a > from && Parts.inSet(ANY, tokens.get(a - 1).norm())) {
        return Factuality.HYPOTHETICAL; // «وأي ضربة أمريكية ستشارك فيها البحرية», «لأي هجوم»: any, not one; a verb
                                        // form after «أي» is a noun read as a verb («لمواجهة أي تحدي», session 14)
      }
      for (int k = Math.max(from, a - 3); k < a; k++) {
        String n = tokens.get(k).norm();
        if (n.equals("سوف") || cues.is("hypothetical", n) && !(n.equals("ان") && reported(tokens, k, from))
            && !(n.equals("ان") && k > from && Parts.inSet(TEMPORAL, tokens.get(k - 1).norm()))
            && !(n.equals("قد") && pastAfter(tokens, k + 1, a))) {
          return Factuality.HYPOTHETICAL;
        }
        String v = Parts.stripConj(n);
        if (v.length() > 3 && v.charAt(0) == 'س' && (cues.is("light", v.substring(1))
            || cues.is("light", "ي" + v.substring(2)) || cues.is("light", v.substring(2)))) {
          return Factuality.HYPOTHETICAL; // «ستشن إسرائيل هجوما»
        }
      }
      if (Prospects.ahead(tokens, a, from)) {
        return Factuality.HYPOTHETICAL; // «من المتوقع أن يشارك الآلاف في مسيرة», «سيتم تنظيم اعتصام» (session 14)
      }
      if (Conditions.inside(tokens, a, from)) {
        return Factuality.HYPOTHETICAL; // «إذا أقدمت الأخيرة على مهاجمة تل أبيب» (session 14)
      }
      if (Conditions.conditioned(tokens, a, from, m.entry())) {
        return Factuality.HYPOTHETICAL; // «يرهن الدخول في مفاوضات بانسحاب القوات الأمريكية» (session 17)
      }
      if (conditionBefore(tokens, a, from)) {
        return Factuality.HYPOTHETICAL; // «ستدافع عن نفسها في حالة تعرض أراضيها لهجوم إيراني»: if it happens
      }
      if (!m.entry().verb() && (futureCopulaBefore(tokens, a, from) || conditionFulfilledAfter(tokens, m.end(), to))) {
        return Factuality.HYPOTHETICAL; // «وستمثل السيطرة على مدينة الحديدة», «السيطرة على المدينة في حال تحققت»
      }
      if (askedBefore(tokens, a, from) || Questions.bareQuestion(tokens, from, to)) {
        return Factuality.HYPOTHETICAL; // «هل يتدرب الجيش الصيني على ضرب أهداف أميركية؟»: asked, not told
      }
      if ((type.equals("ASSAULT") || type.equals("COERCE") || type.equals("ACCUSE"))
          && (!m.entry().has("weak") || type.equals("COERCE")) && purpose(tokens, a, from, m.cliticFlags())) {
        return Factuality.HYPOTHETICAL; // «اعترضت صواريخ أطلقت لاستهداف المدن»: what they were meant to do
      }
      if (type.equals("COERCE") && ControlAims.aimed(tokens, a, from)) {
        return Factuality.HYPOTHETICAL; // «هجوما لاستعادة السيطرة على الغوطة»: the aim, not the taking (session 19)
      }
      if ((type.equals("ASSAULT") || type.equals("COERCE")) && ControlAims.able(tokens, a, from)) {
        return Factuality.HYPOTHETICAL; // «صواريخ قادرة على ضرب إسرائيل»: a capability, no attack (session 19)
      }
      int cs = Clause.start(tokens, a, from);
      if (cs - 1 >= from && cs <= a && believed(tokens, cs - 1, all)) {
        return Factuality.HYPOTHETICAL; // «يعتقد مسؤولون أن الجيش السوري شن هجوما»: what is believed
      }
      for (TriggerLexicon.Match o : all) {
        if (o.first() < a && o.entry().type().equals("THREATEN") && governs(tokens, o.end(), a)) {
          return Factuality.HYPOTHETICAL;
        }
      }
    }
    boolean violent = type.equals("ASSAULT") || type.equals("COERCE");
    if (historical(tokens, from, to, a, m.entry().verb(), published, dates,
        violent ? VIOLENT_DATE_REACH : MATERIAL.contains(type) ? MATERIAL_DATE_REACH : DATE_REACH)) {
      return Factuality.HISTORICAL;
    }
    if (MATERIAL.contains(type) && yearsAgoAfter(tokens, a, clauseEnd(tokens, a, to, AGO_REACH))) {
      return Factuality.HISTORICAL; // «قتلت قوات الأمن 817 متظاهرا في ميدان رابعة قبل خمسة أعوام» (session 16)
    }
    if (WhenClauses.afterPastDate(tokens, a, from, published, dates)) {
      return Factuality.HISTORICAL; // «بدأت في 2015، حينما قتلت قوات الأمن مئات الأشخاص» (session 14)
    }
    if (yearInClause(tokens, from, to, a, m.end(), published, violent ? VIOLENT_YEAR_REACH : YEAR_REACH)) {
      return Factuality.HISTORICAL; // «احتلت إسرائيل القدس الشرقية في حرب 1967»: a past war named by its year
    }
    if (PastEras.dated(tokens, a, m.end(), from, to)) {
      return Factuality.HISTORICAL; // «الجنود الأميركيين الذين قتلوا خلال الحرب الكورية»: a past era (session 15)
    }
    return Factuality.ASSERTED;
  }

  /** Words before a trigger in which «في حال/في حالة» makes it a condition («في حالة تعرض أراضيها لهجوم»). */
  private static final int CONDITION_REACH = 6;

  /** «في» and «وفي», «ففي» (too short for {@link Parts#stripConj}): «وفي حال تمت السيطرة على المدينة» (session 11). */
  private static final Set<String> IN = Set.of("في", "وفي", "ففي");

  /** Nouns after «في حالة» that make it a state, not a condition («في حالة ترقب», «في حالة تأهب»), normalised. */
  private static final Set<String> STATES = Set.of("ترقب", "تاهب", "استنفار", "طواري", "حرب", "غضب", "صدمه",
      "ذهول", "حرجه", "خطيره", "فوضي", "انهيار", "هدوء", "حداد");

  /** True when «في حال» or «في حالة» (not «في حالة ترقب») stands within {@link #CONDITION_REACH} words before {@code a} in its clause. */
  static boolean conditionBefore(List<Token> tokens, int a, int from) {
    int cs = Clause.start(tokens, a, from);
    for (int k = Math.max(cs + 1, a - CONDITION_REACH); k < a; k++) {
      String n = tokens.get(k).norm();
      String before = tokens.get(k - 1).norm();
      if ((n.equals("حال") || n.equals("حاله")) && IN.contains(before)
          && !(k + 1 < a && STATES.contains(tokens.get(k + 1).norm()))) {
        return true;
      }
    }
    return false;
  }

  /** Future verbs of being or constituting whose subject is the event noun right after them (normalised). */
  private static final Set<String> FUTURE_COPULAS = Set.of("ستمثل", "سيمثل", "ستشكل", "سيشكل", "سيكون", "ستكون");

  /** Verbs of coming about after «في حال» («في حال تحققت»), normalised. */
  private static final Set<String> FULFILLED = Set.of("تحقق", "تحققت", "حدث", "حدثت", "حصل", "حصلت", "تم", "تمت",
      "وقع", "وقعت");

  /** Tokens after an event noun within which «في حال تحققت» is looked for. */
  private static final int FULFILLED_REACH = 6;

  /**
   * True when a future verb of being or constituting stands right before the event noun at {@code a}, its subject
   * («وستمثل السيطرة على مدينة الحديدة أكبر انتصار»; session 11): what the act would be, not that it happened.
   */
  static boolean futureCopulaBefore(List<Token> tokens, int a, int from) {
    if (a <= from) {
      return false;
    }
    String n = tokens.get(a - 1).norm();
    return FUTURE_COPULAS.contains(n)
        || n.length() > 4 && n.charAt(0) == 'و' && FUTURE_COPULAS.contains(n.substring(1));
  }

  /**
   * True when «في حال» and a verb of coming about follow the event noun ending at {@code end} within
   * {@link #FULFILLED_REACH} tokens in its clause («وتمثل السيطرة على مدينة الحديدة في حال تحققت»; session 11).
   */
  static boolean conditionFulfilledAfter(List<Token> tokens, int end, int to) {
    for (int k = end; k + 1 < to && k < end + FULFILLED_REACH; k++) {
      if (Clause.isBoundary(tokens.get(k))) {
        return false;
      }
      if (IN.contains(tokens.get(k).norm()) && (tokens.get(k + 1).norm().equals("حال")
          || tokens.get(k + 1).norm().equals("حاله")) && k + 2 < to && FULFILLED.contains(tokens.get(k + 2).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Words before «أن» that make it temporal, not subjunctive («قبل أن تلقي الشرطة القبض عليه», «بعد أن»): a fact. */
  private static final Set<String> TEMPORAL = Set.of("قبل", "بعد");

  /** The particle of a yes-no question, normalised, without «و/ف». */
  private static final String QUESTION = "هل";

  /**
   * True when «هل» stands in the trigger's clause before it («هل تستقبل سوريا صاروخ ترامب؟», «فهل تندلع الحرب»): a
   * question asks whether the event happens, it does not report it (session 10).
   */
  static boolean askedBefore(List<Token> tokens, int a, int from) {
    int cs = Clause.start(tokens, a, from);
    for (int k = Math.max(cs, from); k < a; k++) {
      if (Parts.stripConj(tokens.get(k).norm()).equals(QUESTION)) {
        return true;
      }
    }
    return false;
  }

  /** Earliest number read as a year («حرب 1948», «1991، أعلنت», «بين 1975 و1991»); smaller numbers are counts. */
  private static final int FIRST_NAMING_YEAR = 1900;
  /** Words after the trigger within which a bare year dates it («قتل آلاف الجنود في حرب 1967»). */
  private static final int YEAR_REACH = 8;
  /**
   * Words after an attack or a coercion within which a bare past year dates it (session 15): the place and the
   * victims often stand between («وسيطرت حماس على قطاع غزة بعد مواجهات دامية مع حركة فتح في 2007»).
   */
  private static final int VIOLENT_YEAR_REACH = 12;

  /**
   * True when a bare past year («1967», after a word, not «عام 1967», which the date resolver reads) stands in the
   * trigger's clause, before it or up to {@link #YEAR_REACH} words after it, and counts nothing: no noun or «من»
   * follows it («هجوم بـ 2000 مقاتل», «2000 من المسلحين» are counts).
   */
  static boolean yearInClause(List<Token> tokens, int from, int to, int a, int b, LocalDate published) {
    return yearInClause(tokens, from, to, a, b, published, YEAR_REACH);
  }

  /** {@link #yearInClause} with the words after the trigger within which the year is sought. */
  static boolean yearInClause(List<Token> tokens, int from, int to, int a, int b, LocalDate published, int reach) {
    if (published == null) {
      return false;
    }
    int cs = Clause.start(tokens, a, from);
    for (int k = Math.max(cs, from + 1); k < Math.min(to, b + reach); k++) {
      if (k >= a && k < b) {
        continue;
      }
      if (k >= b && Clause.isBoundary(tokens.get(k))) {
        return false;
      }
      if (pastYear(tokens, k, to, published) && tokens.get(k - 1).kind() == Token.Kind.WORD
          && !namesDocument(tokens, k, cs) && !(k > b && comparedSince(tokens, cs, b, k))
          && !(k < a && comparedBefore(tokens, from, k, a))) {
        return true;
      }
    }
    return false;
  }

  /** Words before a year that make it the name or date of a text, not of the event («بيان جنيف 2012»), normalised. */
  private static final Set<String> DOCUMENTS = Set.of("بيان", "اعلان", "اتفاق", "الاتفاق", "اتفاقيه", "الاتفاقيه",
      "معاهده", "المعاهده", "قرار", "القرار", "دستور", "الدستور", "الموقع", "الموقعه", "المبرم", "المبرمه", "ميزانيه",
      "انتخابات", "الانتخابات");
  /** Words of a superlative comparison before «منذ» («أعنف ضربة منذ حرب 2014»), normalised. */
  private static final Set<String> SUPERLATIVES = Set.of("اكبر", "الاكبر", "اعنف", "الاعنف", "اسوا", "الاسوا",
      "اعلي", "الاعلي", "اشد", "الاشد", "اول", "الاول", "الاولي", "اخطر", "الاخطر", "ادمي", "الادمي", "افدح",
      "الافدح", "اقوي", "الاقوي");

  /** True when one of {@link #DOCUMENTS} stands in the three words before the year at {@code k}. */
  private static boolean namesDocument(List<Token> tokens, int k, int cs) {
    for (int j = Math.max(cs, k - 3); j < k; j++) {
      if (Parts.inSet(DOCUMENTS, tokens.get(j).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when «منذ» stands between the trigger (ending at {@code b}) and the year at {@code k}, after a superlative
   * in the clause: «أكبر هجوم منذ حرب 1982» compares the event with a past one, it is not that one.
   */
  private static boolean comparedSince(List<Token> tokens, int cs, int b, int k) {
    int since = -1;
    for (int j = b; j < k; j++) {
      if (Parts.stripConj(tokens.get(j).norm()).equals("منذ")) {
        since = j;
      }
    }
    if (since < 0) {
      return false;
    }
    for (int j = cs; j < since; j++) {
      if (Parts.inSet(SUPERLATIVES, tokens.get(j).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the year or date at {@code k}, before the act at {@code a}, follows a «منذ» after a superlative and
   * the act stands beyond that phrase («الأكثر دموية في غزة منذ 2014 قتل فيه»; session 15, {@link SinceSpans}).
   */
  private static boolean comparedBefore(List<Token> tokens, int from, int k, int a) {
    int since = SinceSpans.sinceBefore(tokens, from, k);
    return since >= 0 && SinceSpans.comparedAway(tokens, from, since, a, true); // the act follows the phrase
  }

  /** Nouns of wars and upheavals after which a number is the year that names them («حرب 1967»), normalised. */
  private static final Set<String> YEAR_NAMERS = Set.of("حرب", "الحرب", "بحرب", "انتفاضه", "ثوره", "انقلاب",
      "نكبه", "نكسه", "مجزره", "هجمات", "احداث", "باحداث");

  private static boolean pastYear(List<Token> tokens, int k, int to, LocalDate published) {
    int year = year(tokens.get(k));
    if (year < FIRST_NAMING_YEAR || year >= published.getYear()) {
      return false;
    }
    if (k + 1 >= to || k > 0 && Parts.inSet(YEAR_NAMERS, tokens.get(k - 1).norm())) {
      return true; // «في حرب 1967 وضمت المنطقة»: after a war noun the number names a year, whatever follows (session 14)
    }
    Token next = tokens.get(k + 1);
    boolean counts = next.kind() == Token.Kind.WORD && !Clause.isBoundary(next)
        && (!Parts.PREPOSITIONS.contains(next.norm()) || next.norm().equals("من"));
    return !counts;
  }

  /**
   * True when the trigger at {@code a} carries the purpose «لـ» without the article («لاستهداف», «لمهاجمة»,
   * «ليقتل») and does not follow a verb of undergoing or result («تعرض لهجوم», «أدى لمقتل»).
   */
  private static boolean purpose(List<Token> tokens, int a, int from, int flags) {
    if ((flags & Clitics.LAM) == 0 || (flags & Clitics.ARTICLE) != 0) {
      return false;
    }
    for (int k = a - 1; k >= Math.max(from, a - UNDERGONE_REACH); k--) {
      if (Parts.inSet(UNDERGONE, tokens.get(k).norm())) {
        return false; // «تعرض لهجوم», «وتعرضت مدينة حلب لقصف روسي»: undergone, not a purpose
      }
      if (Clause.isBoundary(tokens.get(k))) {
        break;
      }
    }
    return true;
  }

  /** Words from a verb of undergoing to its «لـ» noun: the verb and its subject («تعرضت مواقع لحزب الله لغارة»). */
  private static final int UNDERGONE_REACH = 6;

  /** Words after an event noun in which a hedge adjective still describes it («حرب رهيبة محتملة»). */
  private static final int POSTHEDGE_REACH = 3;

  /** True when a {@code posthedge} adjective follows the event noun ending at {@code end} in its clause. */
  private boolean hedgedAfter(List<Token> tokens, int end, int to) {
    for (int k = end; k < Math.min(to, end + POSTHEDGE_REACH); k++) {
      Token t = tokens.get(k);
      if (Clause.isBoundary(t)) {
        return false;
      }
      if (cues.is("posthedge", t.norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words of preparing or holding a meeting still to come, right before a meeting noun (normalised, without «و/ف»):
   * «للتحضير للقمة», «تمهيدا لقمة», «استعدادا لقمة», «لعقد القمة», «انعقاد قمة», «موعد القمة» (session 13).
   */
  private static final Set<String> PREPARING = Set.of("لعقد", "للتحضير", "التحضير", "تحضيرا", "تحضيرات",
      "التحضيرات", "تمهيدا", "استعدادا", "للاعداد", "الاعداد", "انعقاد", "لانعقاد", "بانعقاد", "موعد", "لترتيب",
      "ترتيبات", "للتخطيط", "بعقد", "قبيل");
  /** Tokens before a meeting noun within which a word of {@link #PREPARING} makes it a meeting still to come. */
  private static final int PREPARING_REACH = 2;

  /**
   * True when a word of {@link #PREPARING} stands within {@link #PREPARING_REACH} tokens before the meeting noun at
   * {@code a}, with no clause boundary between (session 13): the meeting is planned, not held.
   */
  static boolean preparedBefore(List<Token> tokens, int a, int from) {
    return wordBefore(tokens, a, from, PREPARING, PREPARING_REACH);
  }

  /** True when the «أن» at {@code k} opens what a belief trigger up to three words before it holds true. */
  private static boolean believed(List<Token> tokens, int k, List<TriggerLexicon.Match> all) {
    String n = Parts.stripConj(tokens.get(k).norm());
    if (!n.equals("ان") && !n.equals("بان")) {
      return false;
    }
    for (TriggerLexicon.Match o : all) {
      if (o.entry().has("belief") && o.end() <= k && k - o.end() <= 3) {
        return true;
      }
    }
    return false;
  }

  /** Words from a reporting verb to the «إن» of what it says («قال مسؤول طلب عدم الكشف عن هويته إن»). */
  private static final int REPORT_REACH = 8;

  /** True when the «أن/إن» at {@code k} opens the content of a reporting verb («قال مسؤولون إن»): asserted. */
  private boolean reported(List<Token> tokens, int k, int from) {
    if (k + 1 < tokens.size() && nominal(tokens.get(k + 1).norm())) {
      return true; // «إن هذا الهجوم», «إن القوات»: «إنّ» before a noun opens a statement; a conditional takes a verb
    }
    for (int j = k - 1; j >= Math.max(from, k - REPORT_REACH); j--) {
      if (cues.is("report", tokens.get(j).norm()) || NOTING.contains(tokens.get(j).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Formulas of noting a known fact before «أن» («يشار إلى أن», «تجدر الإشارة إلى أن», «الجدير بالذكر أن», «من
   * المعروف أن», «علما أن», «مع العلم بأن»), normalised: like «يذكر أن», what follows is told as fact, not supposed
   * («ويشار إلى أن إسرائيل قصفت مواقع في سوريا» was read as hypothetical and dropped). Session 15 (ev15c).
   */
  private static final Set<String> NOTING = Set.of("يشار", "ويشار", "الاشاره", "بالذكر", "ذكره", "المعروف",
      "والمعروف", "علما", "العلم", "الملاحظ", "اللافت", "المعلوم", "ومعلوم", "معلوم");

  /** Demonstratives after which «إن» is «إنّ» («إن هذا الهجوم»), normalised. */
  private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of("هذا", "هذه", "هذين", "هاتين",
      "هولاء", "ذلك", "تلك", "اوليك");

  /** True for a definite noun or a demonstrative: after «إن» it is «إنّ» + subject, never a conditional + verb. */
  private static boolean nominal(String n) {
    return n.startsWith("ال") && n.length() > 3 || DEMONSTRATIVES.contains(n);
  }

  /** Statement types whose verbs, joined by «و», are the speaker's own next act. */
  private static final Set<String> SPEECH_ACTS = Set.of("ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT");

  /**
   * True when {@code m} is a statement verb carrying «و» (session 18): the speaker's own next act, not what a request
   * or a rejection before it governs («رفضت الحركة عرض الحكومة إجراء محادثات وتوعدت بتكثيف الهجمات»: the threat is
   * made; the talks are rejected).
   */
  static boolean conjoinedStatement(TriggerLexicon.Match m) {
    return m.entry().verb() && (m.cliticFlags() & Clitics.CONJ) != 0 && SPEECH_ACTS.contains(m.entry().type());
  }

  /** True when a trigger ending at {@code end} governs token {@code a}: no clause boundary or reason between. */
  private boolean governs(List<Token> tokens, int end, int a) {
    return (!Clause.between(tokens, end, a) || onlyDaysSetOff(tokens, end, a)) && !reasonIn(tokens, end, a)
        && !investigatedIn(tokens, end, a);
  }

  /** Inquiry nouns (normalised, without «و», «ب», «ل», article): what they look into happened. */
  private static final Set<String> INQUIRIES = Set.of("تحقيق", "تحقيقا", "تحقيقات", "التحقيق", "التحقيقات");

  /** Claims (normalised, without article): an inquiry into claims does not make the act claimed a fact. */
  private static final Set<String> CLAIMS = Set.of("ادعاءات", "مزاعم", "اتهامات", "شبهات", "تقارير");

  /** Prepositions after an inquiry noun that name what it looks into, normalised. */
  private static final Set<String> INTO = Set.of("في", "حول", "بشان");

  /**
   * True when an inquiry noun with «في/حول/بشأن» lies in {@code [end, a)}: the act looked into is a fact, not what
   * is called for or rejected («دعا مجلس الأمن إلى إجراء تحقيق في الهجوم الذي شهدته صعدة»; session 11).
   */
  private static boolean investigatedIn(List<Token> tokens, int end, int a) {
    for (int k = end; k + 1 < a; k++) {
      String n = Parts.stripConj(tokens.get(k).norm());
      if (n.length() > 4 && (n.startsWith("ب") || n.startsWith("ل"))) {
        n = n.substring(1);
      }
      if (INQUIRIES.contains(n) && INTO.contains(tokens.get(k + 1).norm())) {
        return !(k + 2 < a && CLAIMS.contains(Parts.stripArticle(tokens.get(k + 2).norm()))); // «التحقيق في
      }                                                                   // ادعاءات ... تعرضه للتعذيب»: only claimed
    }
    return false;
  }

  /** Days a comma pair may set off inside a clause («توعد ترامب، الأربعاء، باستهداف سوريا»), normalised. */
  private static final Set<String> DAYS = Weekdays.with("اليوم", "امس", "مساء", "صباح", "فجر", "ليل", "ليله");

  /**
   * True when the only boundaries in {@code [end, a)} are two commas around a day («، الأربعاء،», «، مساء
   * الأربعاء،»): the day is an aside, so a threat still governs the act after it (session 11).
   */
  private static boolean onlyDaysSetOff(List<Token> tokens, int end, int a) {
    int open = -1;
    int close = -1;
    for (int k = end; k < a; k++) {
      Token t = tokens.get(k);
      if (!Clause.isBoundary(t)) {
        continue;
      }
      if (!",".equals(t.norm()) && !"،".equals(t.text())) {
        return false;
      }
      if (open < 0) {
        open = k;
      } else if (close < 0) {
        close = k;
      } else {
        return false;
      }
    }
    if (open < 0 || close < 0 || close - open < 2 || close - open > 3) {
      return false;
    }
    for (int k = open + 1; k < close; k++) {
      if (DAYS.contains(tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** True when a cause or time adverbial («بعد», «إثر», «جراء») lies in tokens {@code [a, b)}. */
  private boolean reasonIn(List<Token> tokens, int a, int b) {
    for (int k = a; k < b; k++) {
      if (cues.is("reason", tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the sentence opens with a bare year before the published one, set off by a comma, dash or colon
   * («1991، أعلنت كرواتيا استقلالها»: a timeline entry), and the trigger comes after it.
   */
  private static boolean frontedYear(List<Token> tokens, int from, int a, LocalDate published) {
    if (published == null || a < from + 2) {
      return false;
    }
    Token t = tokens.get(from);
    String sep = tokens.get(from + 1).norm();
    if (!(sep.equals(",") || sep.equals("-") || sep.equals(":") || sep.equals("–"))) {
      return false;
    }
    int year = year(t);
    return year >= FIRST_NAMING_YEAR && year < published.getYear();
  }

  /** Words of years as a span of time (normalised): after a number, or alone in the dual or plural. */
  private static final java.util.Set<String> YEAR_SPANS = java.util.Set.of("عاما", "عام", "سنه", "سنوات", "اعوام",
      "عقود", "عقدا", "عقد", "عقدين", "عامين", "سنتين", "قرن", "قرون");
  private static final java.util.Set<String> DUAL_OR_PLURAL_SPANS = java.util.Set.of("سنوات", "اعوام", "عقود",
      "عقدين", "عامين", "سنتين", "قرون");

  /**
   * True when «بعد» or «قبل» + years («بعد 70 عاما من», «قبل عامين», «بعد عقود على») stands in the five tokens
   * before the trigger at {@code a}: the event lies years back.
   */
  private static boolean yearsAgo(List<Token> tokens, int from, int a) {
    for (int k = Math.max(from, a - 5); k < a - 1; k++) {
      String n = Parts.stripConj(tokens.get(k).norm());
      if (!n.equals("بعد") && !n.equals("قبل")) {
        continue;
      }
      Token next = tokens.get(k + 1);
      if (DUAL_OR_PLURAL_SPANS.contains(next.norm())) {
        return true;
      }
      if (next.kind() == Token.Kind.NUMBER && k + 2 < a && YEAR_SPANS.contains(tokens.get(k + 2).norm())) {
        return true;
      }
    }
    return false;
  }

  /** The end of the clause of the trigger at {@code a}, at most {@code reach} tokens after it. */
  private static int clauseEnd(List<Token> tokens, int a, int to, int reach) {
    int ce = a + 1;
    while (ce < to && ce <= a + reach && !Clause.isBoundary(tokens.get(ce))) {
      ce++;
    }
    return ce;
  }

  /** Tokens after the trigger, in its clause, within which «قبل» + years dates it (session 16). */
  static final int AGO_REACH = 14;

  /** Words of a rough count before a number of years («قبل نحو خمسة أعوام»), normalised. */
  private static final java.util.Set<String> ROUGHLY = java.util.Set.of("نحو", "حوالي", "قرابه", "زهاء",
      "اكثر", "من", "ما", "يزيد", "عن", "يقارب");

  /** Number words before years («قبل خمسة أعوام», «قبل بضع سنوات»), normalised. */
  private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("ثلاثه", "ثلاث", "اربعه", "اربع",
      "خمسه", "خمس", "سته", "ست", "سبعه", "سبع", "ثمانيه", "ثماني", "تسعه", "تسع", "عشره", "عشر", "بضعه", "بضع",
      "عده", "عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين");

  /**
   * True when «قبل» + years stands after the trigger at {@code a} before {@code end} (session 16): «قتلت قوات الأمن
   * 817 متظاهرا في ميدان رابعة قبل خمسة أعوام», «طردت منها عند قيام إسرائيل قبل نحو 70 عاما» — an act years ago,
   * told after its place and victims ({@link #yearsAgo} reads the phrase only before the act). «قبل أن», «قبل أيام»
   * and «قبل الانتخابات» are no years, and a «منذ» before it makes the years the start of a span («منذ بدء النزاع
   * قبل 8 سنوات»). Read for material types only: a statement made today about an old act («اتهم ... باغتيال والده
   * قبل 3 عقود», «تتهم تركيا برانسون بدعم محاولة انقلاب ... قبل عامين») is not background.
   */
  static boolean yearsAgoAfter(List<Token> tokens, int a, int end) {
    for (int k = a + 1; k < end - 1; k++) {
      String w = Parts.stripConj(tokens.get(k).norm());
      if (w.equals("منذ")) {
        return false; // «منذ بدء النزاع في هذا البلد قبل 8 سنوات»: the years date the start of a span, not the act
      }
      if (!w.equals("قبل")) {
        continue;
      }
      int j = k + 1;
      while (j < end && j - k <= 3 && ROUGHLY.contains(tokens.get(j).norm())) {
        j++;
      }
      if (j >= end) {
        return false;
      }
      Token next = tokens.get(j);
      if (DUAL_OR_PLURAL_SPANS.contains(next.norm())) {
        return true;
      }
      if ((next.kind() == Token.Kind.NUMBER || NUMBER_WORDS.contains(next.norm())) && j + 1 < end
          && YEAR_SPANS.contains(tokens.get(j + 1).norm())) {
        return true;
      }
    }
    return false;
  }

  /** The present of «هدد» («يهدد», «تهدد», «يهددان»): after «قد» it is «may endanger». */
  private static final java.util.regex.Pattern ENDANGER = java.util.regex.Pattern.compile("[يت]هدد(ان|ون)?");

  /** Tokens after the trigger in which a range of earlier years dates it. */
  private static final int RANGE_REACH = 10;

  /** Words joining the two years of a range («و», «-», «إلى», «حتى»), normalised. */
  private static final java.util.Set<String> RANGE_JOINS = java.util.Set.of("و", "-", "–", "الي", "حتي", "/");

  /** The year of a four-digit number token, else -1. */
  private static int year(Token t) {
    if (t.kind() != Token.Kind.NUMBER || t.norm().length() != 4) {
      return -1;
    }
    try {
      return Integer.parseInt(t.norm());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * True when tokens {@code [a, b)} hold a range of two years, both before the published year («بين 1975 و1991»,
   * «عامي 2016 و2017», «من 2011 إلى 2014»): background, as an explicit earlier date is.
   */
  private static boolean pastYearRange(List<Token> tokens, int a, int b, LocalDate published) {
    if (published == null) {
      return false;
    }
    for (int k = a; k + 2 < b; k++) {
      int y1 = year(tokens.get(k));
      if (y1 < FIRST_NAMING_YEAR || !RANGE_JOINS.contains(tokens.get(k + 1).norm())) {
        continue;
      }
      int y2 = year(tokens.get(k + 2));
      if (y2 > y1 && y2 < published.getYear()) {
        return true;
      }
    }
    return false;
  }

  /** True when an explicit date starts at token {@code k} and lies less than two months before {@code published}. */
  private static boolean recentDate(int k, LocalDate published, List<DateResolver.DateMention> dates) {
    if (published == null) {
      return false;
    }
    for (DateResolver.DateMention d : dates) {
      if (d.firstToken() == k && DateResolver.EXPLICIT.equals(d.basis()) && d.date() != null
          && !d.date().isBefore(published.minusDays(62))) {
        return true;
      }
    }
    return false;
  }

  /**
   * «آنذاك», «حينذاك», «وقتذاك», «حينها», «وقتها», «يومها», «وقتئذ» (then, at that time), normalised: a clause holding
   * one tells the past (session 12).
   */
  private static final Set<String> THEN = Set.of("انذاك", "حينذاك", "وقتذاك", "انداك", "حينها", "وقتها", "يومها",
      "وقتيذ", "حينيذ", "انيذ");

  /** True when «آنذاك» or «في ذلك الوقت/الحين» stands in the clause {@code [cs, ce)}. */
  static boolean thenInClause(List<Token> tokens, int cs, int ce) {
    for (int k = cs; k < ce; k++) {
      String n = Parts.stripConj(tokens.get(k).norm());
      if (Parts.inSet(THEN, tokens.get(k).norm())) {
        return true; // «وقتها» keeps its «و» (session 12)
      }
      if (k + 2 < ce && n.equals("في") && tokens.get(k + 1).norm().equals("ذلك")
          && (tokens.get(k + 2).norm().equals("الوقت") || tokens.get(k + 2).norm().equals("الحين"))) {
        return true;
      }
    }
    return false;
  }

  /** True when «سبق أن» or «سبق لـ» stands before token {@code a} in its clause: «وسبق أن منعت قوارب» (had done). */
  static boolean hadBefore(List<Token> tokens, int cs, int a) {
    for (int k = cs; k + 1 < a; k++) {
      String n = Parts.stripConj(tokens.get(k).norm());
      if ((n.equals("سبق") || n.equals("سبقت")) && (tokens.get(k + 1).norm().equals("ان")
          || tokens.get(k + 1).norm().startsWith("ل") && tokens.get(k + 1).norm().length() > 2)) {
        return true;
      }
    }
    return false;
  }

  /** Words after a trigger in which an explicit date of its clause dates it. */
  private static final int DATE_REACH = 4;

  /**
   * The same for material acts, whose object and place often stand between the verb and the date («واختطفت ميليشيا
   * الحوثي الصيدلي في نوفمبر من العام 2016», «قتل 1700 أسير ... في معسكر سبايكر في يونيو 2014», session 12).
   */
  private static final int MATERIAL_DATE_REACH = 10;
  /**
   * Words after an attack or a coercion within which a date of its clause dates it (session 15): «قتل 1700 أسير من
   * كتيبة تابعة للجيش العراقي في معسكر سبايكر في يونيو 2014».
   */
  private static final int VIOLENT_DATE_REACH = 14;

  /** Material types, whose date may stand further after the trigger (session 12). */
  private static final Set<String> MATERIAL = Set.of("ASSAULT", "COERCE", "SANCTION", "RETREAT", "MOBILIZE",
      "PROTEST", "AID");

  /** How far after the act a date may stand in a sentence opened by «وكان/وكانت» (session 13). */
  private static final int BACKGROUND_DATE_REACH = 25;

  /** «كان», «كانت», «كانوا» (normalised) opening a sentence: background told in the pluperfect. */
  private static final Set<String> KANA = Set.of("كان", "كانت", "كانوا");

  /**
   * True when the sentence opens with «وكان/وكانت» and the act follows within five words («وكانت الولايات المتحدة
   * شنت هجوما»): background told in the pluperfect, whose date may stand far after the act.
   */
  private static boolean kanaOpens(List<Token> tokens, int from, int a) {
    return a - from <= 5 && a > from && KANA.contains(Parts.stripConj(tokens.get(from).norm()));
  }

  private static boolean historical(List<Token> tokens, int from, int to, int a, boolean verb, LocalDate published,
                                    List<DateResolver.DateMention> dates, int reach) {
    int cs = Clause.start(tokens, a, from);
    int ce = a;
    while (ce < to && !Clause.isBoundary(tokens.get(ce))) {
      ce++;
    }
    ce = HappenedClauses.extend(tokens, ce, to); // «في الاعتداء الذي وقع في 22 أيار/مايو 2017» (session 16)
    for (int k = from; k < ce; k++) {
      String n = tokens.get(k).norm();
      if (!n.equals("منذ") && !n.equals("ومنذ")) {
        continue;
      }
      if (k + 1 < to && Parts.inSet(RECENT, tokens.get(k + 1).norm())) {
        continue; // «شن منذ السبت ضربات جوية», «منذ ساعات»: a recent start, not background
      }
      if (recentDate(k + 1, published, dates)) {
        continue; // «تشن قوات النظام منذ 18 شباط هجوما» (three weeks before): a campaign still going on
      }
      if (SinceSpans.recentSpan(tokens, k + 1, to)) {
        continue; // «منذ نحو أسبوع، نفى البيت الأبيض», «منذ عدة أيام»: days or weeks ago (session 15)
      }
      if (k < a && SinceSpans.comparedAway(tokens, from, k, a, verb)) {
        continue; // «الأكثر دموية في غزة منذ 2014 قتل فيه 61»: today's act compared with the past (session 15)
      }
      if (k < a) {
        return true;
      }
      // after the trigger «منذ» dates a long-running state («منذ انهيار الاتحاد السوفيتي», «منذ سنوات»),
      // not «للمرة الأولى منذ بدء المحادثات»
      if (k + 1 < to && LONG_AGO.contains(tokens.get(k + 1).norm()) && !tokens.get(k - 1).norm().equals("الاولي")) {
        return true;
      }
    }
    if (thenInClause(tokens, cs, ce) || hadBefore(tokens, cs, a)) {
      return true; // «التي ضربت أثيوبيا في ذلك الوقت», «وذكر المرصد آنذاك», «وسبق أن منعت قوارب» (session 12)
    }
    if (frontedYear(tokens, from, a, published)) {
      return true; // «1991، أعلنت كرواتيا استقلالها»: a year that opens the sentence dates it
    }
    if (yearsAgo(tokens, from, a)) {
      return true; // «بعد 70 عاما من انسحاب القوات البريطانية», «قبل عامين»: years ago
    }

    if (pastYearRange(tokens, a, Math.min(ce, a + RANGE_REACH), published)) {
      return true; // «خلال عامي 2016 و2017», «بين 1975 و1991»: a span of earlier years
    }
    if (a > from && Parts.inSet(REFERENCE, tokens.get(a - 1).norm())) {
      return true; // «وفق اتفاق», «بموجب الاتفاق»: an earlier event referred to
    }
    if (anniversaryBefore(tokens, a, from)) {
      return true; // «في ذكرى انسحاب الجيش السوري من لبنان», «الذكرى الثلاثين للهجوم الكيميائي»: remembered
    }
    if (published == null) {
      return false;
    }
    boolean background = kanaOpens(tokens, from, a);
    for (DateResolver.DateMention d : dates) {
      boolean yearAgo = DateResolver.YEAR.equals(d.precision()) && DateResolver.RELATIVE.equals(d.basis()); // «العام الماضي»
      boolean fronted = d.firstToken() <= from + 2 && d.firstToken() < a; // «وفي عام 2002، اختارتها الوكالة ...»
      boolean appended = d.firstToken() >= ce && d.firstToken() - ce <= 2 && ce < to && ",".equals(tokens.get(ce).norm())
          && d.firstToken() <= a + 8 // «واحتجزت السلطات هارون، في يونيو 2011»
          || background && d.firstToken() > a && d.firstToken() <= a + BACKGROUND_DATE_REACH;
          // «وكانت الولايات المتحدة شنت هجوما ... على قاعدة الشعيرات الجوية السورية، في أبريل عام 2017» (session 13)
      if (!fronted && !appended && (d.firstToken() < cs || d.endToken() > ce)
          || !DateResolver.EXPLICIT.equals(d.basis()) && !yearAgo
          || !appended && d.firstToken() > a + (yearAgo ? 8 : reach)) {
        continue;
      }
      if (!appended && comparedSince(tokens, cs, a + 1, d.firstToken() + 1)) {
        continue; // «أكبر هجوم صاروخي يستهدف إسرائيل منذ حرب عام 2014»: a date after «منذ» is no date of the act
      }
      if (d.firstToken() < a && comparedBefore(tokens, from, d.firstToken(), a)) {
        continue; // «أسوأ تبادل للقصف منذ عام 2014، فيما قتل فتيان»: a date compared with, not the act's (session 15)
      }
      LocalDate day = d.date();
      if (day == null) {
        continue;
      }
      if (DateResolver.MONTH.equals(d.precision())) {
        day = day.withDayOfMonth(day.lengthOfMonth()); // «في أيار/مايو» may mean its last days
      }
      if (DateResolver.YEAR.equals(d.precision()) ? day.getYear() < published.getYear()
          : day.isBefore(published.minusDays(62))) {
        return true;
      }
    }
    return false;
  }
}
