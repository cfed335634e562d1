package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Meetings, visits and receptions of no side: a place seen, a crowd received, one's family, troops, patients or
 * team met are no consultation between sides (the guide's CONSULT is meetings, talks, visits and calls between
 * actors).
 *
 * <p>Rule (session 16): a CONSULT trigger (a meeting, visit, reception or call; not mediation, nor «وصل إلى», whose
 * own check of an official arrival decides) whose object — the
 * first word after it in its clause, or the first after the subject named right after a verb («زار الرئيس السوري
 * بشار الأسد الأحد جنودا») or after a noun's agent followed by «مع» («اجتماع الرئيس مع فريقه»), over commas, days,
 * «مع/إلى» and words like «بعدها», and over «بـ/لـ/الـ» on the word — is
 * <ul>
 *   <li>a place of no state: camps, hospitals, a site, a museum, a church, a mosque, a school, a factory, a stadium,
 *       a consulate («زار لوكوك مخيمات», «خبراءها زاروا مستشفيات», «ثم تزور المتحف المصري الكبير», «زار
 *       القنصلية لطلب وثائق»);</li>
 *   <li>a crowd or private people: refugees, migrants, tourists, pilgrims, patients, the wounded, fans, players,
 *       students, investors, families, victims and survivors, soldiers, one's own team or aides, a priest, bodies
 *       («أوغندا تستقبل ما يزيد عن مليون لاجئ», «تستقبلان كل عام ملايين السياح», «والتقى غوتيريس بلاجئين», «عقد لقاء
 *       مؤثرا مع أسر ضحايا», «اجتمع مع فريقه للأمن القومي», «ترامب يستقبل القس برانسون», «زار ابنته»);</li>
 *   <li>a count of people after a verb («ما يزيد على 500», «ملايين», «آلاف», «أكثر من»)</li>
 * </ul>
 * is no event.
 */
final class NoPartyMet {
  /** Places of no state and people of no side met, received or visited (normalised, without «ال»). */
  static final Set<String> NON_PARTY = Set.of(
      // places
      "مخيم", "مخيمات", "مستشفي", "مستشفيات", "مشفي", "مشفاه", "موقع", "مواقع", "متحف", "متاحف", "اهرامات",
      "كاتدراييه", "كنيسه", "كنايس", "كنيس", "مسجد", "جامع", "جامعه", "مدرسه", "مدارس", "معرض", "مصنع", "مصانع",
      "ملعب", "ضريح", "قبر", "مقبره", "نصب", "قنصليه", "معبد", "سجن", "اثار", "اثريه",
      // crowds and private people
      "لاجيين", "لاجي", "نازحين", "مهاجرين", "سياح", "سايحين", "زوار", "حجاج", "معتمرين", "مرضي", "مريض",
      "جرحي", "مصابين", "مشجعين", "جماهير", "لاعبين", "لاعبي", "رياضيين", "طلاب", "طلبه", "تلاميذ", "فنانين",
      "مستثمرين", "اسر", "اسره", "اسرته", "اسرتها", "عايلات", "عايله", "عايلته", "عايلتها", "ذوي", "ابنه",
      "ابنته", "ابناءه", "ابنايه", "زوجته", "زوجها", "والدته", "والده", "اقاربه", "ضحايا", "ناجين", "جنود",
      "جنودا", "فريقه", "فريقها", "مستشاريه", "مساعديه", "قس", "القس", "جثامين", "جثث", "رفات", "اطفال", "ايتام");
  /** Words of a count of people (normalised, without «ال»). */
  private static final Set<String> COUNTS = Set.of("ملايين", "الاف", "ميات", "عشرات", "مليون", "الف");
  /** «ما» + these: «ما يزيد على», «ما يقارب». */
  private static final Set<String> ABOUT = Set.of("يزيد", "يقارب", "يربو", "يناهز");
  /** Words passed over before the object: prepositions of meeting and words of time (normalised). */
  private static final Set<String> SKIP = Weekdays.with("مع", "الي", "اليوم", "امس", "موخرا", "مساء", "صباح",
      "ظهر", "كل", "عام", "سنويا", "بعدها", "لاحقا", "ايضا", "كذلك", "خلال", "العام", "الماضي", "الاسبوع", "الشهر");
  /** Content words read after the trigger, the first of which decides. */
  private static final int REACH = 4;

  private NoPartyMet() {
  }

  /** True when the CONSULT trigger {@code m} meets, receives or visits no side (the rule). */
  static boolean metNoParty(List<Token> tokens, TriggerLexicon.Match m, int to, List<Part> ps) {
    if (!m.entry().type().equals("CONSULT") || "third-party".equals(m.entry().mode()) || m.entry().has("official")) {
      return false;
    }
    if (noPartyAt(tokens, m.end(), to, m.entry().verb())) {
      return true; // «ترامب يستقبل القس برانسون»: the subject before the verb
    }
    Part subject = RoleFinder.partAt(ps, m.end());
    if (subject == null || !subject.prep().isEmpty() || subject.end() >= to) {
      return false;
    }
    // a verb's subject, or a noun's agent before «مع» («اجتماع الرئيس مع فريقه»)
    return (m.entry().verb() || tokens.get(subject.end()).norm().equals("مع")) && noPartyAt(tokens, subject.end(), to, m.entry().verb());
  }

  /**
   * True when the first content word from {@code k} (the object's place) names no side (the rule); a count of people
   * counts after a {@code verb} only («قمة 12 يونيو» is a date).
   */
  static boolean noPartyAt(List<Token> tokens, int k, int to, boolean verb) {
    for (int seen = 0; k < to && seen < REACH; k++) {
      Token t = tokens.get(k);
      if (Asides.isComma(t)) {
        continue;
      }
      if (Clause.isBoundary(t) || t.kind() == Token.Kind.PUNCT) {
        return false;
      }
      String n = Parts.stripConj(t.norm());
      if (SKIP.contains(n) || SKIP.contains(t.norm())) {
        continue;
      }
      seen++;
      if (verb) {
        if (n.equals("ما") && k + 1 < to && ABOUT.contains(tokens.get(k + 1).norm())) {
          return true;
        }
        if (n.equals("اكثر") && k + 2 < to && tokens.get(k + 1).norm().equals("من")
            && tokens.get(k + 2).kind() == Token.Kind.NUMBER
            || n.equals("نحو") && k + 1 < to && tokens.get(k + 1).kind() == Token.Kind.NUMBER) {
          return true;
        }
        if (COUNTS.contains(Parts.stripArticle(n))) {
          return true;
        }
      }
      return nonParty(t.norm()) || nonParty(n);
    }
    return false;
  }

  /** True when the word, with or without «بـ/لـ/لل/بال/الـ», is in {@link #NON_PARTY}. */
  private static boolean nonParty(String n) {
    if (NON_PARTY.contains(n) || NON_PARTY.contains(Parts.stripArticle(n))) {
      return true;
    }
    if (n.startsWith("لل") && n.length() > 4 && NON_PARTY.contains(n.substring(2))) {
      return true;
    }
    if ((n.charAt(0) == 'ب' || n.charAt(0) == 'ل') && n.length() > 3) {
      String r = n.substring(1);
      return NON_PARTY.contains(r) || NON_PARTY.contains(Parts.stripArticle(r));
    }
    return false;
  }
}
