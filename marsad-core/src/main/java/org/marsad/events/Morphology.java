package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/**
 * Cues read off the form of one word: the article, case and number endings, the passive's vowel, the tense, the
 * «بـ» of a complement.
 *
 * <p>Rules:
 * <ul>
 *   <li>a word is definite when it carries «ال» after a conjunction, or «بال»/«لل»;</li>
 *   <li>a verb written with «ُ» on its first syllables is passive («قُتل», «اعتُقل», «يُستهدف»);</li>
 *   <li>a part headed by a masculine noun that names one man or a masculine body («السفير», «الجيش») cannot be
 *       the subject of a feminine verb;</li>
 *   <li>an indefinite nisba in the accusative «ـيا» («فلسطينيا») is an object or a state, never a subject;</li>
 *   <li>a definite sound plural or dual in «ـين» of seven letters or more, or a nisba plural in «ـيين», is
 *       oblique: an object or genitive after a verb, never its subject;</li>
 *   <li>a verb form starting with «ي»/«ت» is a present tense; a form of «اتهم» always takes an object;</li>
 *   <li>a verbal or definite noun with «بـ» («بمساعدة», «بالهجوم») opens a complement;</li>
 *   <li>(session 12) a state or city named alone is feminine, unless a masculine-named state («العراق», «الأردن»):
 *       it cannot be the subject of a masculine verb («وهدد واشنطن»).</li>
 *   <li>(session 20) a noun written with «ة» or «ات», or «النساء», is feminine: it cannot be the subject of a masculine
 *       verb right before it («كما دعا النساء إلى», «استقبل جماعة الإخوان»).</li>
 * </ul>
 */
final class Morphology {
  /** True when a word carries the article «ال» (after a conjunction or «ب/ل»). */
  static boolean definite(Token t) {
    String n = Parts.stripConj(t.norm());
    return n.startsWith("ال") || n.startsWith("بال") || n.startsWith("لل");
  }

  private static final char DAMMA = '\u064F';

  /**
   * True when the verb is written with the passive's «ُ» on its first syllables («قُتل», «اعتُقل», «استُدعي»,
   * «يُستهدف»): its subject is the one acted on. Active verbs carry no «ُ» there.
   */
  static boolean voweledPassive(Token t) {
    String x = t.text();
    int k = x.length() > 2 && (x.charAt(0) == '\u0648' || x.charAt(0) == '\u0641') ? 1 : 0; // «و», «ف»
    int d = x.indexOf(DAMMA, k);
    return d > k && d - k <= 5 && d < x.length() - 2;
  }

  /**
   * Heads of a part that name one man or a masculine body, never a woman («السفير», «الجيش», «جندي», «مسلح»),
   * normalised without «ال»: a feminine verb before them has another subject.
   */
  private static final Set<String> MASCULINE_HEADS = Set.of("سفير", "جيش", "جندي", "ضابط", "مسلح", "رجل", "شاب",
      "طفل", "مواطن", "مبعوث", "قايد", "زعيم", "امير", "ملك", "شيخ", "مقاتل", "عنصر", "نايب", "قاضي", "مدير");

  /**
   * Masculine heads of bodies and offices (normalised, without «ال»): «وتدعم نظام الأسد», «اتهمت النظام السوري»; read
   * as the object only right after a feminine verb (session 14), since a feminine subject may stand between («وتفاوضت
   * قيادة الحزب»).
   */
  private static final Set<String> MASCULINE_BODIES = Set.of("نظام", "حزب", "مجلس", "وزير", "رييس",
      "مجتمع", "اتحاد", "امين", "متحدث", "مندوب", "ممثل", "برلمان", "كونغرس", "مرصد"); // session 19: «وطالبت
                                                               // المجتمع الدولي بإدانة»: the community is asked

  /** True when the part's first word is one of {@link #MASCULINE_BODIES}. */
  static boolean masculineBody(List<Token> tokens, Part p) {
    return MASCULINE_BODIES.contains(Parts.stripArticle(Parts.stripConj(tokens.get(p.first()).norm())));
  }

  /**
   * True when the part's first word is one of {@link #MASCULINE_HEADS}, also with a possessive pronoun
   * («واستدعت سفيرها لدى كندا»: her ambassador is the one recalled, session 19).
   */
  static boolean masculineHead(List<Token> tokens, Part p) {
    String n = Parts.stripArticle(Parts.stripConj(tokens.get(p.first()).norm()));
    if (MASCULINE_HEADS.contains(n)) {
      return true;
    }
    for (String suffix : POSSESSIVES) {
      if (n.length() > suffix.length() + 2 && n.endsWith(suffix)
          && MASCULINE_HEADS.contains(n.substring(0, n.length() - suffix.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Masculine nouns written with the feminine «ة» (normalised, without «ال»): a preacher, a caliph, a scholar.
   */
  private static final Set<String> MASCULINE_IN_TA = Set.of("داعيه", "خليفه", "علامه", "رحاله", "حمزه", "اسامه",
      "معاويه", "طلحه", "عبيده", "قتيبه");

  /**
   * True when the part's first word is a feminine noun by its form: written with «ة» («الحكومة», «جماعة»), a sound
   * feminine plural in «ات» («القوات», «السلطات»), or «النساء»; not a person's name and not {@link
   * #MASCULINE_IN_TA} (session 20). A masculine verb right before such a part has another subject.
   */
  static boolean feminineHead(List<Token> tokens, Part p) {
    if (p.entity() != null && p.entity().type() == EntityType.PER && p.entity().start() == p.start()) {
      return false;
    }
    Token t = tokens.get(p.first());
    String n = Parts.stripArticle(Parts.stripConj(t.norm()));
    if (n.length() < 3 || MASCULINE_IN_TA.contains(n)) {
      return false;
    }
    String x = t.text();
    return x.endsWith("ة") || x.endsWith("ات") || x.endsWith("نساء");
  }

  /**
   * Possessive pronouns on a head noun (normalised): «سفيرها», «سفيرهم»; not «ـه», which normalises like the «ة» of
   * a feminine head («الملكة»).
   */
  private static final List<String> POSSESSIVES = List.of("ها", "هم");

  /**
   * True when the part starts with an indefinite nationality adjective in the accusative («فلسطينيا»,
   * «عراقيين» is not one): the «ـيا» ending marks an object or a state, never a subject.
   */
  static boolean accusativeNisba(List<Token> tokens, Part p) {
    if (!p.nisba() || p.place()) {
      return false;
    }
    String n = Parts.stripConj(tokens.get(p.first()).norm());
    return n.length() > 4 && n.endsWith("يا") && !definite(tokens.get(p.first()));
  }

  /**
   * True for a noun in the oblique sound plural or dual («المواطنين», «الفلسطينيين», «الطرفين»): after a verb it is
   * its object or a genitive, never its subject, which would end in «-ون» or «-ان». Only definite nouns of seven
   * letters or more, or nisba plurals in «-يين», so that short names («حسين», «بوتين») are kept. Longer names of
   * places have the same form («البحرين», «الأرجنتين», «الفلبين»): callers that know a word is a place's name
   * do not ask.
   */
  static boolean obliquePlural(Token t) {
    String n = Parts.stripConj(t.norm());
    return n.endsWith("يين") && n.length() >= 6 || n.startsWith("ال") && n.endsWith("ين") && n.length() >= 7;
  }

  /** True for a form of «اتهم» (to accuse), which always takes an object. */
  static boolean accusing(Token t) {
    String n = Parts.stripConj(t.norm());
    return n.startsWith("اتهم") || n.startsWith("تتهم") || n.startsWith("يتهم") || n.startsWith("نتهم");
  }

  /**
   * True for a verbal noun or a definite noun with «بـ» («بمساعدة», «بارتكاب», «بالهجوم»): a complement. Short
   * words that merely start with «ب» («بلدة», «بيان») are not.
   */
  static boolean complementWithBa(Token t) {
    String n = Parts.stripConj(t.norm());
    if (n.length() < 2 || n.charAt(0) != 'ب' || Parts.PREPOSITIONS.contains(n)) {
      return false;
    }
    String rest = n.substring(1);
    return rest.startsWith("ال") || rest.length() >= 5 && !Parts.TARGETS.contains(n) && !Parts.TARGETS.contains(rest);
  }

  static boolean startsWithBa(Token t) {
    String n = Parts.stripConj(t.norm());
    return n.length() > 3 && n.charAt(0) == 'ب';
  }

  /** True when the verb form is a present tense («يقتل», «تحتجز»). */
  static boolean presentTense(TriggerLexicon.Entry e) {
    String f = e.words()[0];
    return f.length() > 3 && (f.charAt(0) == 'ي' || f.charAt(0) == 'ت');
  }

  /**
   * States whose names are masculine («أعلن العراق», «نفى الأردن», «رفض لبنان»); every other state's name and every
   * city is feminine («أعلنت روسيا», «هددت واشنطن»).
   */
  private static final Set<String> MASCULINE_STATES = Set.of("IRQ", "JOR", "SDN", "LBN", "MAR", "YEM", "BHR", "SOM",
      "VAT", "SEN", "GAB", "CMR", "NER", "COG", "COD");

  /**
   * True when the verb is masculine singular: a past form with no «ت» of the feminine («هدد», «انتقد», «حث») or a
   * present form with «ي» («يهدد»), not written like its verbal noun ({@link #VERBAL_NOUNS}) (session 12).
   */
  static boolean masculineVerb(TriggerLexicon.Entry e) {
    String f = e.words()[0];
    return e.verb() && !e.plural() && !e.feminine() && !VERBAL_NOUNS.contains(f)
        && (presentTense(e) ? f.charAt(0) == 'ي' : !f.endsWith("ت"));
  }

  /**
   * Masculine past forms written like their verbal noun («دعم الدوحة للإرهاب», «رفض روما», «طلب ألمانيا»): the
   * state after them may be the noun's agent in the genitive, so they tell nothing of a subject.
   */
  private static final Set<String> VERBAL_NOUNS = Set.of("دعم", "طلب", "رفض", "قصف", "ضرب", "نقد", "شجب", "تاييد",
      "تهديد", "اتهام");

  /**
   * True when the part is a state or city named alone whose name is feminine ({@link #MASCULINE_STATES} aside):
   * it cannot be the subject of a masculine verb («وهدد واشنطن برد سريع»: Washington is threatened) (session 12).
   */
  static boolean feminineState(Part p) {
    Entity en = p.entity();
    return en != null && en.type() == EntityType.GPE && en.country() != null && p.start() == en.start()
        && p.stop() == en.end() && en.kb() != null && (en.kb().startsWith("geonames:")
        || en.kb().startsWith("iso3:") && !MASCULINE_STATES.contains(en.country()));
  }

  private Morphology() {
  }
}
