package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Safety advice to the public is no demand of a side: «وحثت الشرطة السكان على الابتعاد عن المنطقة», «طلبنا من
 * الناس تجنب المنطقة», «طلبت السفارة من رعاياها توخي الحيطة والحذر», «وحضت السلطات المواطنين على البقاء في
 * منازلهم».
 *
 * <p>Rule (session 18): a REQUEST word followed within {@link #REACH} tokens in its clause (commas allowed) by the
 * public as whom it asks — residents, people, citizens, nationals abroad, visitors («السكان», «الناس»,
 * «المواطنين», «رعاياها») — and after that by a word of keeping safe — avoiding, keeping away, staying, caution,
 * not coming near («تجنب», «الابتعاد», «البقاء», «توخي», «الحذر», «عدم الاقتراب») — is advice, no event. The
 * guide's REQUEST is a call, appeal or demand made to a party; a call to a state or to «جميع الأطراف» to avoid
 * escalation has no public in it and stays, and so does an order to leave («إخلاء»), which is no advice.
 *
 * <p>Session 19 (ev19c): not leaving one's home after «عدم» is keeping safe too («ودعت السلطات المواطنين إلى عدم
 * مغادرة منازلهم»); and a warning («حذر», «تحذر») to one's own public — nationals, citizens, the public, travellers
 * («رعاياها», «مواطنيها», «الجمهور», «المواطنين», «الناس», «المسافرين»; not «السكان», who may be another side's:
 * «حذر الجيش الإسرائيلي سكان غزة») — or against travel or leaving something («من السفر إلى سوريا», «من ترك
 * الأطفال في السيارات») is advice, no threat of force ({@link #warning}); so is a warning of a state of affairs that
 * is nobody's force, right after «من»: a return, a worsening, a collapse, a disaster, dangers, a cold war («حذرت
 * الولايات المتحدة من عودة داعش», «غوتيريس يحذر من حرب باردة جديدة»; {@link #dangerWarned}).
 *
 * <p>Session 20 (ev20b): a request to one's own public or followers as its addressee — citizens, voters, people,
 * nationals, supporters, followers, a party's members («وحثت الحكومة المواطنين على التحلي بالهدوء», «حث الرئيس
 * أنصاره على التصويت», «طلب من أتباعه عدم الرد», «ودعا كافة الناخبين للتوجه إلى صناديق الاقتراع», «وطلب من أعضاء
 * الحزب التصويت») — is advice or a party's own business, no demand made to a side, whatever it asks
 * ({@link #ownPublic}); a call to take to the streets, strike, boycott or fight («إلى التظاهر», «إلى مقاطعة البضائع»)
 * stays, and so do a call to attack («يحث أتباعه على شن هجمات»), leaving a named state («طلبت من مواطنيها
 * مغادرة قطر») and the callers after «من» («تعالت الدعوات من المواطنين»).
 */
final class PublicAdvice {
  /** The public (normalised, without «و», «ال» and «من/ل»). */
  private static final Set<String> PUBLIC = Set.of("سكان", "ناس", "مواطنين", "مواطنات", "اهالي", "جمهور",
      "رعاياها", "رعاياه", "رعايا", "مواطنيها", "مواطنيه", "زوار", "سياح", "ماره", "قاطنين", "مقيمين");
  /** Words of keeping safe (normalised, without «ب/ل/و» and «ال»). */
  private static final Set<String> SAFETY = Set.of("تجنب", "ابتعاد", "بقاء", "توخي", "حذر", "حيطه", "ملازمه",
      "احتماء", "اقتراب", "مغادره");
  /** Words of {@link #SAFETY} that keep safe only after «عدم» («عدم الاقتراب», «عدم مغادرة منازلهم»). */
  private static final Set<String> NOT_ONLY = Set.of("اقتراب", "مغادره");
  /** One's own public, warned: no other side's people (normalised, without «و», «ال» and «من/ل»). */
  private static final Set<String> OWN_PUBLIC = Set.of("رعاياها", "رعاياه", "رعايا", "مواطنيها", "مواطنيه",
      "جمهور", "مواطنين", "ناس", "مسافرين");
  /** Acts warned against that are travel or carelessness, after «من» (normalised, without «ال»). */
  private static final Set<String> TRAVEL = Set.of("سفر", "ترك", "توجه");
  /** «من», normalised. */
  private static final String FROM = "من";
  /** Tokens after a warning verb in which one's own public or «من السفر» is sought (its subject between). */
  static final int WARNING_REACH = 6;
  /** Tokens after the REQUEST word in which the public and the advice are sought. */
  static final int REACH = 12;

  private PublicAdvice() {
  }

  /** True when the REQUEST word ending at {@code end} asks the public to keep safe (the rule). */
  static boolean advice(List<Token> tokens, int end, int to) {
    boolean pub = false;
    for (int k = end; k < Math.min(to, end + REACH); k++) {
      Token t = tokens.get(k);
      if (Asides.isComma(t)) {
        continue;
      }
      if (Clause.isBoundary(t)) {
        return false;
      }
      if (!pub) {
        pub = PUBLIC.contains(Parts.stripArticle(bare(t.norm())));
        continue;
      }
      if (safety(t.norm()) && (!NOT_ONLY.contains(Parts.stripArticle(bare(t.norm())))
          || k > end && tokens.get(k - 1).norm().equals("عدم"))) {
        return true;
      }
    }
    return false;
  }

  /** Beginnings of warning words (normalised, without «و/ف»): «حذر», «يحذر», «تحذر», «تحذير», «محذرا». */
  private static final List<String> WARNINGS = List.of("حذر", "يحذر", "تحذر", "تحذير", "محذر");

  /** True for a warning word, maybe with «و/ف». */
  static boolean warningWord(String norm) {
    String w = Parts.stripConj(norm);
    for (String s : WARNINGS) {
      if (w.startsWith(s)) {
        return true;
      }
    }
    return false;
  }

  /** True when the warning ending at {@code end} is to one's own public or against travel (session 19). */
  static boolean warning(List<Token> tokens, int end, int to) {
    for (int k = end; k < Math.min(to, end + WARNING_REACH); k++) {
      Token t = tokens.get(k);
      if (Asides.isComma(t)) {
        continue;
      }
      if (Clause.isBoundary(t)) {
        return false;
      }
      if (OWN_PUBLIC.contains(Parts.stripArticle(bare(t.norm())))) {
        return true; // «حذرت السلطات الأمريكية رعاياها في الصين», «تحذر الجمهور من ترك الأطفال»
      }
      if (t.norm().equals(FROM) && k + 1 < to && TRAVEL.contains(Parts.stripArticle(tokens.get(k + 1).norm()))) {
        return true; // «وحذرت الشرطة البريطانية مرارا من السفر إلى سوريا»
      }
    }
    return false;
  }

  /** States of affairs warned of that are nobody's force (normalised, without «ال»): a return, a collapse, a disaster. */
  private static final Set<String> DANGERS = Set.of("عوده", "تدهور", "انهيار", "كارثه", "انزلاق", "تفاقم", "مخاطر",
      "اخطار", "خطر");
  /** War nouns that «باردة» after them makes a cold war (normalised). */
  private static final Set<String> WARS = Set.of("حرب", "الحرب", "حربا");
  /** «باردة», normalised. */
  private static final String COLD = "بارده";

  /**
   * True when the warning ending at {@code end} warns, right after «من» within {@link #WARNING_REACH} tokens, of a
   * state of affairs that is nobody's force (session 19): «حذرت الولايات المتحدة من عودة داعش», «يحذر من حرب باردة
   * جديدة», «تحذر من تدهور الأوضاع»: a danger foreseen, no threat made.
   */
  static boolean dangerWarned(List<Token> tokens, int end, int to) {
    for (int k = end; k + 1 < Math.min(to, end + WARNING_REACH); k++) {
      Token t = tokens.get(k);
      if (Clause.isBoundary(t)) {
        return false;
      }
      if (!t.norm().equals(FROM)) {
        continue;
      }
      String n = tokens.get(k + 1).norm();
      return DANGERS.contains(Parts.stripArticle(n))
          || WARS.contains(n) && k + 2 < to && tokens.get(k + 2).norm().equals(COLD);
    }
    return false;
  }

  /** One's own public or followers as addressees (normalised, without «و», «ال» and «لل»); not «السكان», who may be
   *  another side's («طالب الجيش السكان بإخلاء منازلهم»). */
  private static final Set<String> OWN_ADDRESSEES = Set.of("مواطنين", "مواطنات", "مواطنيها", "مواطنيه", "ناخبين",
      "ناس", "جمهور", "رعاياها", "رعاياه", "رعايا", "انصاره", "انصارها", "انصارهم", "اتباعه", "اتباعها", "اتباعهم",
      "مويديه", "مويديها", "مويديهم", "مقيمين", "مقيمات");
  /** Words of «all» before the addressee («كافة الناخبين», «جميع المواطنين»), normalised, without «و». */
  private static final Set<String> ALL = Set.of("كافه", "جميع", "كل");
  /** Members («أعضاء»), the public only before a party («أعضاء الحزب», «أعضاء حزبه»), normalised. */
  private static final String MEMBERS = "اعضاء";
  /** Tokens after the request word within which the addressee is sought (its subject between). */
  static final int ADDRESS_REACH = 6;
  /** Tokens after the addressee within which a call to the streets, a boycott or a fight is sought. */
  static final int CALL_REACH = 8;
  /** Stems of calls to the streets, to strike, boycott or fight (normalised): such a call to one's public stays. */
  private static final List<String> RALLYING = List.of("تظاهر", "تجمع", "خروج", "احتجاج", "نفير", "تعبيه", "اضراب",
      "اعتصام", "عصيان", "مسير", "انتفاض", "ثوره", "مقاطع", "جهاد", "سلاح", "قتال", "تصدي", "نزول", "حشد", "انضمام",
      "هجوم", "هجم", "ضرب", "قتل");
  /** Leaving, which stays before a state («طلبت من مواطنيها مغادرة قطر»): a step against it. */
  private static final String LEAVING = "مغادره";
  /** Stems of places left for safety, not states (normalised, without «ال»): «مغادرة المكان», «مغادرة منازلهم». */
  private static final List<String> PLACES_LEFT = List.of("مكان", "منطق", "مناطق", "منزل", "منازل", "بيت", "بيوت",
      "مبني", "موقع", "مدين", "قري", "ساحل", "شاطي", "مساكن", "مخيم", "فور");

  /**
   * True when the REQUEST word from {@code i} to {@code end} is addressed, within {@link #ADDRESS_REACH} tokens, to
   * one's own public or followers ({@link #OWN_ADDRESSEES}, «أعضاء» before a party; maybe after «كافة/جميع/كل» or,
   * after a verb of «طلب», «من»), and no call to the streets, a boycott or a fight follows (session 20).
   */
  static boolean ownPublic(List<Token> tokens, int i, int end, int to) {
    for (int k = end; k < Math.min(to, end + ADDRESS_REACH); k++) {
      Token t = tokens.get(k);
      if (Asides.isComma(t)) {
        continue;
      }
      if (Clause.isBoundary(t)) {
        return false;
      }
      String w = Parts.stripArticle(bare(t.norm()));
      boolean members = w.equals(MEMBERS) && k + 1 < to && tokens.get(k + 1).norm().contains("حزب");
      if (!members && !OWN_ADDRESSEES.contains(w)) {
        continue;
      }
      int before = k - 1;
      if (before >= end && ALL.contains(Parts.stripConj(tokens.get(before).norm()))) {
        before--;
      }
      if (before >= end && tokens.get(before).norm().equals(FROM) && !tokens.get(i).norm().contains("طلب")) {
        return false; // «تعالت الدعوات من المواطنين»: the callers, not those called on
      }
      for (int j = k + 1; j < Math.min(to, k + 1 + CALL_REACH); j++) {
        String n = tokens.get(j).norm();
        if (RALLYING.stream().anyMatch(n::contains)) {
          return false; // «ودعت المعارضة المواطنين إلى التظاهر», «يحث أتباعه على شن هجمات»: a call to act stays
        }
        if (Parts.stripConj(n).endsWith(LEAVING) && j + 1 < to && tokens.get(j + 1).kind() == Token.Kind.WORD
            && PLACES_LEFT.stream().noneMatch(Parts.stripArticle(tokens.get(j + 1).norm())::startsWith)) {
          return false; // «طلبت من مواطنيها مغادرة قطر»: leaving a state, a step against it
        }
      }
      return true;
    }
    return false;
  }

  /** The word without «و» and a clitic «لل» («للسكان»). */
  private static String bare(String n) {
    String w = Parts.stripConj(n);
    return w.startsWith("لل") && w.length() > 4 ? w.substring(2) : w;
  }

  /** True for a word of {@link #SAFETY}, maybe with «و», «ب/ل» and «ال» («بتجنب», «الابتعاد», «بالبقاء»). */
  private static boolean safety(String n) {
    String w = bare(n);
    if (SAFETY.contains(Parts.stripArticle(w))) {
      return true;
    }
    return (w.startsWith("ب") || w.startsWith("ل")) && SAFETY.contains(Parts.stripArticle(w.substring(1)));
  }
}
