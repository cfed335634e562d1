package org.marsad.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.marsad.model.Token;
import org.marsad.numbers.DateResolver;

/**
 * Background told in a «when» clause after a past date (session 14, ev14b).
 *
 * <p>Rule: a trigger in a clause opened by «حين», «حينما», «عندما» or «لما» is historical when the words right before
 * the opener (up to {@link #REACH} tokens, the comma between not counting) hold an explicit date before the
 * published year or a bare earlier year: «اضطرابات بدأت في 2015، حينما قتلت قوات الأمن مئات الأشخاص», «السياسة
 * التي انتهجتها إيران عام 2016 حينما منع ملالي طهران الحج»: the clause tells what happened then, not now.
 */
final class WhenClauses {
  /** Words that open a «when» clause, normalised. */
  private static final Set<String> WHEN = Set.of("حين", "حينما", "عندما", "وعندما", "وحين", "وحينما", "لما");

  /** Tokens before the opener in which the past date is looked for. */
  private static final int REACH = 4;

  /** Earliest number read as a year. */
  private static final int FIRST_YEAR = 1900;

  private WhenClauses() {
  }

  /** True when the trigger at {@code a} stands in a «when» clause right after a past date. */
  static boolean afterPastDate(List<Token> tokens, int a, int from, LocalDate published,
                               List<DateResolver.DateMention> dates) {
    if (published == null) {
      return false;
    }
    int cs = Clause.start(tokens, a, from);
    int opener = cs - 1; // «حين», «عندما» are clause boundaries; «حينما», «لما» open the clause as its first word
    if (cs < a && WHEN.contains(tokens.get(cs).norm())) {
      opener = cs;
    }
    if (opener <= from || !WHEN.contains(tokens.get(opener).norm())) {
      return false;
    }
    int lo = Math.max(from, opener - REACH - 1);
    for (int k = lo; k < opener; k++) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.NUMBER && t.norm().length() == 4) {
        int y = parse(t.norm());
        if (y >= FIRST_YEAR && y < published.getYear()) {
          return true;
        }
      }
    }
    for (DateResolver.DateMention d : dates) {
      if (d.endToken() <= opener && d.endToken() >= lo && DateResolver.EXPLICIT.equals(d.basis()) && d.date() != null
          && d.date().getYear() < published.getYear()) {
        return true;
      }
    }
    return false;
  }

  private static int parse(String n) {
    try {
      return Integer.parseInt(n);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
