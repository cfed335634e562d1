package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/**
 * The person who holds a bare title, named right after it: the title is that person's state's, not the state named
 * last.
 *
 * <p>Rule (session 17): a bare person's title with no state of its own («وزير الدفاع», «بوزير الخارجية», «برئيس»),
 * followed — over one comma right after it, and over at most {@value #GAP} words that are outside every part and no
 * function, time or clause word (a first name the entity left out: «جيم» of «جيم ماتيس»), and over an
 * organisation of no state in its genitive («برئيس مفوضية الاتحاد الإفريقي») — by a named person of a state or of an
 * organisation, belongs to that person: «التقى تميم بوزير الدفاع جيم ماتيس» is QAT>USA (was QAT>QAT, the title took
 * Qatar, named last), «اجتمع تيلرسون برئيس مفوضية الاتحاد الإفريقي موسى فكي» is USA>None (was USA>USA), «والتقى
 * الرئيس المصري بوزير الخارجية، مايك بومبيو» is EGY>USA. A day or «أمس» between them («استقبل الملك، الثلاثاء،
 * الرئيس ...») ends the title: the name after it is another side.
 */
final class TitleHolders {
  /** Words between the title and the name that are no part of a name (normalised). */
  private static final Set<String> NOT_NAMES = Weekdays.with("امس", "اليوم", "غدا", "الان", "قد", "لقد", "لم", "لن",
      "ما", "لا", "ايضا", "كذلك", "بدوره", "بدورها", "نفسه", "نفسها", "يوم", "مساء", "صباح", "ظهر", "عن", "الي", "علي",
      "مع", "من", "في", "هو", "هي", "ذلك", "هذا", "هذه", "حاليا", "سابقا", "مرارا", "كان", "كانت", "قال", "قالت");
  /** Words of a name the entity left out that may stand between the title and the named person. */
  private static final int GAP = 2;

  private TitleHolders() {
  }

  /**
   * The named person holding the bare title part {@code p} (see the class rule), a part of {@code ps}, or null.
   */
  static Part holder(List<Token> tokens, List<Part> ps, Part p) {
    if (!p.titleOnly() || p.entity() != null || p.country() != null || !personTitle(tokens.get(p.first()).norm())) {
      return null;
    }
    int k = p.end();
    if (k < tokens.size() && Asides.isComma(tokens.get(k))) {
      k++;
    }
    int words = 0;
    while (k < tokens.size()) {
      Part q = RoleFinder.partAt(ps, k);
      if (q != null) {
        if (q.entity() != null && q.entity().type() == EntityType.PER) {
          return q.prep().isEmpty() && (q.country() != null || q.igo()) ? q : null;
        }
        if (!q.igo() || q.entity() == null || q.entity().type() != EntityType.ORG || !q.prep().isEmpty()) {
          return null; // another side: «بوزير الدفاع الأمريكي»'s title ends here
        }
        k = q.end(); // «برئيس مفوضية الاتحاد الإفريقي موسى فكي»: an organisation in the title's genitive
        continue;
      }
      Token t = tokens.get(k);
      String n = t.norm();
      if (t.kind() != Token.Kind.WORD || Clause.isBoundary(t) || ++words > GAP || NOT_NAMES.contains(n)
          || Parts.PREPOSITIONS.contains(n) || n.charAt(0) == 'و' || n.charAt(0) == 'ف') {
        return null;
      }
      k++;
    }
    return null;
  }

  /** True when {@code n} is a person's title, also with «بـ/لـ» or «و» on it («بوزير», «برئيس», «لرئيس»). */
  private static boolean personTitle(String n) {
    String w = Parts.stripConj(n);
    if (MetPersons.personTitle(w) || MetPersons.personTitle(n)) {
      return true;
    }
    if (w.startsWith("لل") || w.startsWith("بال")) {
      return MetPersons.personTitle("ال" + w.substring(w.startsWith("لل") ? 2 : 3));
    }
    return (w.charAt(0) == 'ب' || w.charAt(0) == 'ل') && w.length() > 3 && MetPersons.personTitle(w.substring(1));
  }
}
