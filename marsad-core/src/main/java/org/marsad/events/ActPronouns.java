package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The force a pronoun on an act noun stands for (session 19): «قوات النظام تمكنت من الوصول إلى تخوم المنطقة، وتستكمل
 * سيطرتها على الشريط الحدودي» SYR, «أكد الجيش السوري استيلاء قواته على عشرات القرى» SYR, «أن قوات المقاومة اليمنية
 * المشتركة، بإسناد التحالف العربي، فرضت سيطرتها على مطار الحديدة» YEM, «انتقد حماس لمحاولتها زرع متفجرات وإطلاقها
 * صواريخ على إسرائيل» PSE, «منذ بدء قوات النظام هجومها بدعم روسي» SYR (not the backer RUS).
 *
 * <p>Rule: an ASSAULT or COERCE noun with a pronoun suffix of the third person («ـه», «ـها», «ـهم»; also «سيطرتها»,
 * which the lexicon reads as a verb with an object pronoun), or followed by a force's own troops with that pronoun
 * («استيلاء قواته», «قصف طائراتها»: no longer the recipient), with no actor of a state — or only a nisba of backing
 * («بدعم روسي») — takes as actor the nearest force before it in its sentence (within {@link #REACH} tokens) that the
 * pronoun may stand for: an army, police, government, armed group or state with a country of its own (not a bare
 * title taking its state from the context), not a nisba, a place, an outlet, nor one named as the backer
 * («بإسناد التحالف العربي», «المدعومة من إيران»). «ـه» does not stand for a feminine or plural noun («قوات»,
 * «الحكومة»), «ـها» not for a masculine singular one («الجيش», «النظام»): such a force is passed over. Session 18
 * (ev18e, {@link AnnouncedOwnActs}) gave the announcing subject of «أعلن» only.
 */
final class ActPronouns {
  /** Types of acts a force does as its own. */
  private static final Set<String> TYPES = Set.of("ASSAULT", "COERCE");
  /** Sectors that act. */
  private static final Set<String> ACTING = Set.of("MIL", "POL", "GOV", "REB");
  /** Verb readings that are nouns of control with a pronoun (normalised, without «و/ف/ل/ب»). */
  private static final Set<String> CONTROL_NOUNS = Set.of("سيطرتها", "سيطرته", "سيطرتهم");
  /** Words of backing before a part: the one named after them backs the act, it does not do it (normalised). */
  private static final Set<String> BACKING = Set.of("بدعم", "باسناد", "بمسانده", "بغطاء", "مسنوده", "مسنودا",
      "المدعومه", "المدعوم", "المدعومين", "المدعومون", "مدعومه", "مدعومين", "الموالي", "المواليه", "الموالين", "دعم",
      "اسناد", "مسانده", "بمشاركه", "حليفه", "حليفتها", "حلفاوها", "حلفايها");
  /** Masculine singular heads of forces (normalised, without «ال» and «و»): not meant by «ـها». */
  private static final Set<String> MASCULINE = Set.of("جيش", "نظام", "تحالف", "حزب", "تنظيم", "طيران", "حرس",
      "جهاز", "فيلق", "لواء", "مجلس", "رييس", "وزير", "امن", "الامن", "الجيش", "النظام", "التحالف", "الحزب", "التنظيم",
      "الطيران", "الحرس", "الجهاز", "الفيلق", "اللواء", "المجلس", "الرييس", "الوزير");
  /**
   * Act nouns whose pronoun is the one who acts, without the pronoun (normalised, «ة» as «ت» before it): control,
   * attacks, raids, strikes, operations, war, fighting, campaigns, launching. Nouns of harm, arrest and aim
   * («مقتله», «اعتقالها», «استهدافه», «حصارها») take the one harmed as their pronoun and are left out.
   */
  private static final Set<String> AGENT_NOUNS = Set.of("سيطرت", "هجوم", "هجمات", "غارات", "غارت", "ضربات",
      "عمليات", "عمليت", "حرب", "قتال", "معارك", "حملت", "حملات", "قصف", "اطلاق", "اعتداءات", "اعتداءت");
  /** Act nouns of taking ground after which «قواته» is the one who acts («استيلاء قواته على»), normalised. */
  private static final Set<String> OWN_FORCE_NOUNS = Set.of("استيلاء", "استيلا", "سيطره", "السيطره", "تقدم",
      "دخول", "هجوم", "اقتحام");
  /** A force's own troops with its pronoun, as the genitive of an act noun (normalised, without «و»). */
  private static final Set<String> FORCES = Set.of("قواته", "قواتها", "قواتهم", "جنوده", "جنودها", "عناصره",
      "عناصرها", "مقاتليه", "مقاتليها", "طايراته", "طايراتها", "مقاتلاته", "مقاتلاتها");
  /** How far before the noun its force may be named, in tokens. */
  private static final int REACH = 16;

  private ActPronouns() {
  }

  /** Gives candidate {@code c} the force its pronoun stands for, when the rule applies. */
  static void read(List<Token> tokens, int from, List<Part> ps, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    if (!TYPES.contains(c.type())) {
      return;
    }
    String w = bare(tokens.get(m.first()).norm());
    boolean ownForces = false;
    if (!m.entry().verb() && m.end() < tokens.size() && FORCES.contains(Parts.stripConj(tokens.get(m.end()).norm()))) {
      w = Parts.stripConj(tokens.get(m.end()).norm()); // «استيلاء قواته على عشرات القرى»: its forces do it
      ownForces = true;
    } else if ((m.cliticFlags() & Clitics.SUFFIX) == 0 || m.entry().verb() && !CONTROL_NOUNS.contains(w)) {
      return;
    }
    String pronoun = w.endsWith("هم") ? "هم" : w.endsWith("ها") ? "ها" : w.endsWith("ه") ? "ه" : null;
    if (pronoun == null || !ownForces && !AGENT_NOUNS.contains(w.substring(0, w.length() - pronoun.length()))
        || ownForces && !OWN_FORCE_NOUNS.contains(bare(tokens.get(m.first()).norm()))) {
      return; // «مقتله», «اعتقالها», «استهدافه»: the pronoun is the one killed, arrested or aimed at
    }
    if (c.actor != null && c.actor.country() != null && !backer(tokens, from, c.actor)) {
      return;
    }
    for (int i = ps.size() - 1; i >= 0; i--) {
      Part p = ps.get(i);
      if (p.end() > m.first()) {
        continue;
      }
      if (p.end() < m.first() - REACH || p.first() < from) {
        break;
      }
      if (p.country() == null || p.nisba() || p.media() || p.titleOnly() || p.place() && !state(p)
          || !p.prep().isEmpty() && !p.prep().equals("ل")
          || !acting(p) || backer(tokens, from, p) || !agrees(tokens, p, pronoun)) {
        continue;
      }
      if (c.recipient != null && c.recipient.first() == p.first()) {
        return;
      }
      if (ownForces && c.recipient != null && c.recipient.first() == m.end()) {
        c.recipient = null; // the forces were read as the object
      }
      c.actor = p;
      return;
    }
  }

  private static String bare(String n) {
    String s = Parts.stripConj(n);
    return s.length() > 5 && (s.startsWith("ل") || s.startsWith("ب")) ? s.substring(1) : s;
  }

  /** True when a word of backing stands right before {@code p}, maybe over «من/لـ» («المدعومة من إيران»). */
  private static boolean backer(List<Token> tokens, int from, Part p) {
    for (int k = p.first() - 1; k >= Math.max(from, p.first() - 2); k--) {
      String n = Parts.stripConj(tokens.get(k).norm());
      if (BACKING.contains(n) || BACKING.contains(tokens.get(k).norm())) {
        return true;
      }
      if (!n.equals("من") && !n.equals("قبل")) {
        return false;
      }
    }
    return false;
  }

  private static boolean acting(Part p) {
    String kb = p.entity() == null ? null : p.entity().kb();
    return p.sector() != null && ACTING.contains(p.sector()) || kb != null && (kb.startsWith("group:") || kb.startsWith("iso3:"));
  }

  private static boolean state(Part p) {
    return p.entity() != null && p.entity().kb() != null && p.entity().kb().startsWith("iso3:");
  }

  /** True when the pronoun may stand for the part's head noun (its first word). */
  private static boolean agrees(List<Token> tokens, Part p, String pronoun) {
    String head = Parts.stripConj(tokens.get(p.first()).norm());
    if (head.length() > 3 && (p.prep().equals("ل") && head.startsWith("ل") || p.prep().equals("ب") && head.startsWith("ب"))) {
      head = head.substring(1); // «لحماس», «لقوات»
    }
    String noun = Parts.stripArticle(head);
    boolean feminine = noun.endsWith("ه") || noun.endsWith("ات") || state(p);
    if (pronoun.equals("ه")) {
      return !feminine;
    }
    if (pronoun.equals("ها")) {
      return !MASCULINE.contains(noun) && !MASCULINE.contains(head);
    }
    return true;
  }
}
