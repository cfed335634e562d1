package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Asides between commas («، في بيان له،», «، الأحد،», «، بحسب الوكالة،»): a verb's object follows the aside.
 *
 * <p>Rule: a comma followed by one of the opening words ({@code ASIDE_OPENERS}: prepositions of source and time,
 * days) opens an aside that ends at the next comma within {@code ASIDE} words; a clause boundary first means
 * there is no aside. Between a subject and its object there may also be the body the subject belongs to («في
 * السلطة الفلسطينية») and the subject's name between commas («، علام موسى،»).
 */
final class Asides {
  /** Words that open an aside between commas («، في بيان له،», «، الأحد،», «، بحسب الوكالة،»), normalised. */
  private static final Set<String> ASIDE_OPENERS = Set.of("في", "خلال", "عبر", "وفق", "وفقا", "بحسب", "حسب", "امس",
      "اليوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "مساء", "صباح", "فجر", "ليل");

  /** Words an aside may hold. */
  private static final int ASIDE = 7;

  /**
   * The token after an aside that opens at {@code from} («وحمّل الجيش الإسرائيلي، في بيان له، حركة حماس»), or
   * {@code from} when there is none: the object follows it.
   */
  static int afterAside(List<Token> tokens, int from, int to) {
    if (from + 1 >= to || !isComma(tokens.get(from)) || !ASIDE_OPENERS.contains(tokens.get(from + 1).norm())) {
      return from;
    }
    for (int k = from + 2; k < Math.min(to, from + 2 + ASIDE); k++) {
      if (isComma(tokens.get(k))) {
        return k + 1;
      }
      if (Clause.isBoundary(tokens.get(k))) {
        return from;
      }
    }
    return from;
  }

  /** Plain words naming a title's portfolio before its «في» («وزير الاتصالات في», «عضو المكتب السياسي في»). */
  private static final int PORTFOLIO = 2;
  /** Words a name between commas after a subject may hold («، علام موسى،»). */
  private static final int APPOSITION = 4;

  /**
   * The token after what stands between a title subject ending at {@code from} and its object: the body it belongs to
   * after its portfolio and «في» (a part), then maybe a name of no country or of the body's country (session 20)
   * between commas («وزير الاتصالات في السلطة الفلسطينية، علام موسى، إسرائيل»); {@code from}
   * when there is neither.
   */
  static int afterApposition(List<Token> tokens, List<Part> parts, int from, int to) {
    Part body = affiliation(tokens, parts, from, to);
    if (body == null || !"في".equals(body.prep())) {
      return from;
    }
    int k = body.end();
    if (k + 1 < to && isComma(tokens.get(k))) {
      Part name = RoleFinder.partAt(parts, k + 1);
      if (name != null && (name.country() == null || name.country().equals(body.country())) && name.prep().isEmpty()
          && name.end() < to && name.end() - name.first() <= APPOSITION && isComma(tokens.get(name.end()))) {
        return name.end(); // at the comma after the name, where an aside may open
      }
    }
    return k;
  }

  /**
   * The part after the «في» that stands at {@code from} or after up to {@link #PORTFOLIO} plain words (no name,
   * clause boundary or word of residence), or null: the body a title belongs to («القيادي في حزب الله», «وزير
   * الاتصالات في السلطة الفلسطينية»; not «رجل الدين المقيم في الولايات المتحدة»).
   */
  static Part affiliation(List<Token> tokens, List<Part> parts, int from, int to) {
    for (int j = from; j < Math.min(to - 1, from + PORTFOLIO + 1); j++) {
      Token t = tokens.get(j);
      if (t.norm().equals("في")) {
        int k = j + 1 < tokens.size() && OPENING_QUOTES.contains(tokens.get(j + 1).text()) ? j + 2 : j + 1;
        return RoleFinder.partAt(parts, k); // «الوزير السابق في "داعش"», over the quote (session 21, ev21h)
      }
      if (t.kind() != Token.Kind.WORD || Clause.isBoundary(t) || RoleFinder.partAt(parts, j) != null
          || Parts.inSet(RESIDENCE, t.norm())) {
        return null;
      }
    }
    return null;
  }

  /** True when the part follows «في» after a word of residence («المقيم في الولايات المتحدة»): where someone lives. */
  static boolean residence(List<Token> tokens, Part p) {
    int k = p.first() - 1;
    return "في".equals(p.prep()) && k - 1 >= 0 && Parts.inSet(RESIDENCE, tokens.get(k - 1).norm());
  }

  /** Quotation marks that may open a body's name after «في» («القيادي في "حزب الله"»). */
  private static final Set<String> OPENING_QUOTES = Set.of("\"", "«", "“");

  /** Words of where someone is, not whom they belong to («رجل الدين المقيم في الولايات المتحدة»), normalised. */
  private static final Set<String> RESIDENCE = Set.of("المقيم", "المقيمه", "المقيمين", "المقيمون", "مقيم", "مقيمه",
      "مقيمين", "مقيمون",
      "الموجود", "الموجوده", "المتواجد", "المتواجده", "المعتقل", "المعتقله", "المحتجز", "المحتجزه", "المسجون",
      "اللاجي", "المنفي", "الهارب", "الداعم", "الموالي", "الموالين", "المواليه");

  /** Prepositions of an envoy's or ambassador's post before the name («مبعوث الأمم المتحدة إلى الشرق الأوسط»). */
  private static final Set<String> POSTS = Set.of("الي", "لدي", "في");

  /**
   * The token after the name of a subject that ends at {@code from}, maybe behind its post («مبعوث الأمم المتحدة
   * إلى الشرق الأوسط نيكولاي ملادينوف»; session 12): a person of no country named right after the subject is the
   * subject, not the object; so is (session 14) a person of the subject's own state («مندوب سوريا لدى الأمم المتحدة
   * بشار الجعفري الولايات المتحدة»); {@code from} when there is no such name.
   */
  static int afterSubjectName(List<Token> tokens, List<Part> parts, String subjectCountry, int from, int to) {
    int k = from;
    if (k + 1 < to && POSTS.contains(tokens.get(k).norm()) && RoleFinder.partAt(parts, k + 1) != null) {
      k = RoleFinder.partAt(parts, k + 1).end();
    }
    Part name = k < to ? RoleFinder.partAt(parts, k) : null;
    boolean person = name != null && name.entity() != null
        && name.entity().type() == org.marsad.model.EntityType.PER;
    boolean own = name != null && (name.country() == null || name.country().equals(subjectCountry));
    return person && own && name.prep().isEmpty() && !name.igo() ? name.end() : from;
  }

  static boolean isComma(Token t) {
    return t.text().equals("،") || t.text().equals(",");
  }

  private Asides() {
  }
}
