package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/**
 * Objects behind a comma after the subject of a statement or meeting verb (session 14): a comma is a clause
 * boundary, so the object that follows the subject's aside was never read.
 *
 * <p>Rules (the subject follows the verb; {@code from} is the token right after it):
 * <ol>
 *   <li><b>Asides between commas</b> (one or two): a comma, then a name («، مون جاي إن،»: a person of no country or of the
 *       subject's, or up to
 *       {@value #NAME_WORDS} plain words with neither «ال» nor «و»), or «إلى جانب» + a part («، إلى جانب روسيا،»),
 *       then a comma: the object is the part that starts right after the second comma, maybe behind one
 *       preposition or a counterpart word («يلتقي رئيس كوريا الجنوبية، مون جاي إن، نظيره الكوري الشمالي», «ودعا سلامي، ساخرا، رئيس
 *       الوزراء الإسرائيلي إلى», «التقى نائب الوزير الأمريكي، جون سوليفان، بوزير الخارجية السعودي»);</li>
 *   <li><b>A state right after the comma</b>: a place of a state (no person), not joined by «و», with no
 *       preposition, closed by
 *       a comma, a charge or demand in «بـ», «على/إلى», or «هي/هو» («حث ترامب، بكين، على فتح اقتصادها», «وزار
 *       كيم، بكين، للتنسيق», «واتهمت دمشق وموسكو، إسرائيل هي التي شنت»).</li>
 * </ol>
 * An aside that names a state («، الحليف القوي لسوريا،», «، وهي حليفة لواشنطن،») or opens a relative clause is no
 * name, and the part after it stays unread.
 */
final class CommaObjects {
  /** Plain words a name between commas may hold («مون جاي إن»). */
  private static final int NAME_WORDS = 3;
  /** Tokens an aside «إلى جانب X» may hold up to its closing comma. */
  private static final int BESIDE = 6;

  /** Words that may close a state named as the object right after the comma, normalised. */
  private static final Set<String> CLOSERS = Set.of("علي", "الي", "هي", "هو", "هم");

  /** Prepositions that may stand alone before an object after an aside («، من الأمير البريطاني»), normalised. */
  private static final Set<String> PREPOSITIONS = Set.of("من", "علي", "الي", "مع", "ضد", "لدي");

  private CommaObjects() {
  }

  /**
   * The first token of the object behind a comma that stands at {@code from} (right after the subject), or
   * {@code from} when neither rule applies.
   */
  static int objectStart(List<Token> tokens, List<Part> parts, Part subject, int from, int to) {
    if (from + 2 >= to || !Asides.isComma(tokens.get(from))) {
      return from;
    }
    int close = asideEnd(tokens, parts, subject, from + 1, to);
    if (close > from && close + 2 < to) {
      int more = asideEnd(tokens, parts, subject, close + 1, to); // «، دونالد ترامب، ساخرا،»
      close = more > close ? more : close;
    }
    if (close > from) {
      int k = close + 1;
      Part obj = RoleFinder.partAt(parts, k);
      if (obj == null && k + 1 < to && Parts.counterpart(tokens.get(k))) {
        obj = RoleFinder.partAt(parts, k + 1); // «، نظيره الكوري الشمالي»
        k = obj != null && obj.nisba() ? k : -1;
        return k >= 0 ? k : from;
      }
      if (obj == null && k + 1 < to && PREPOSITIONS.contains(tokens.get(k).norm())) {
        obj = RoleFinder.partAt(parts, k + 1);
        k = obj != null && obj.first() == k + 1 && !obj.titleOnly() ? k : -1; // «، إلى إدارة علاقات البلدين»
      }
      return obj != null && k >= 0 && (obj.first() == k || obj.first() == k + 1) && !obj.media() ? k : from;
    }
    Part state = RoleFinder.partAt(parts, from + 1);
    if (state != null && state.first() == from + 1 && state.country() != null && state.prep().isEmpty()
        && state.place() && !person(state) && !state.nisba() && !state.media() && !(tokens.get(from + 1).norm().startsWith("و") && !RoleFinder.ownWaw(tokens.get(from + 1).norm(), state))
        && state.end() < to) { // «، واشنطن بـ» is a name; «، وتركيا» a second subject
      Token next = tokens.get(state.end());
      if (Asides.isComma(next) || CLOSERS.contains(next.norm())
          || Morphology.startsWithBa(next) && RoleFinder.partAt(parts, state.end()) == null) {
        return from + 1;
      }
    }
    return from;
  }

  private static boolean person(Part p) {
    return p.entity() != null && p.entity().type() == EntityType.PER;
  }

  /**
   * The closing comma of an aside that opens at {@code k} (a person of no country or of the subject's, or «إلى جانب
   * X»), or -1.
   */
  private static int asideEnd(List<Token> tokens, List<Part> parts, Part subject, int k, int to) {
    Part name = RoleFinder.partAt(parts, k);
    if (name != null && (name.country() == null || name.country().equals(subject.country()))
        && name.prep().isEmpty() && person(name) && name.end() < to && Asides.isComma(tokens.get(name.end()))) {
      return name.end(); // «، مون جاي إن،», «الرئيس الأمريكي، دونالد ترامب،»: the subject's name
    }
    if (k + 1 < to && tokens.get(k).norm().equals("الي") && tokens.get(k + 1).norm().equals("جانب")) {
      for (int j = k + 2; j < Math.min(to, k + 2 + BESIDE); j++) {
        if (Asides.isComma(tokens.get(j))) {
          return j; // «، إلى جانب روسيا،»
        }
        if (Clause.isBoundary(tokens.get(j))) {
          return -1;
        }
      }
      return -1;
    }
    for (int j = k; j < Math.min(to, k + NAME_WORDS + 1); j++) {
      Token t = tokens.get(j);
      if (Asides.isComma(t)) {
        return j > k ? j : -1; // «، ساخرا،»
      }
      if (t.kind() != Token.Kind.WORD || Clause.isBoundary(t) || RoleFinder.partAt(parts, j) != null
          || t.norm().startsWith("ال") || t.norm().startsWith("و") || Parts.PREPOSITIONS.contains(t.norm())) {
        return -1;
      }
    }
    return -1;
  }
}
