package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * «قاتل» read as the noun «killer», a label for someone, not the verb «fought» (session 12).
 *
 * <p>Rules: the bare word «قاتل» is a noun, no event, when
 * <ol>
 *   <li>it stands in quotation marks, or right after an opening one («وأردوغان: الأسد "قاتل"», «تبحث عن "قاتل"
 *       حبيبته»);</li>
 *   <li>it follows a pronoun or particle that makes it a predicate («إنه قاتل», «هو قاتل»);</li>
 *   <li>it follows a comma and a genitive follows it, an apposition («روبرت أونيل، قاتل زعيم تنظيم القاعدة»);</li>
 *   <li>it is repeated as a chant («أردوغان قاتل قاتل»).</li>
 * </ol>
 * The verb keeps its reading where it has a subject and an object or a preposition after it («جهادي بلجيكي قاتل مع
 * تنظيم الدولة», «الذي قاتل من أجل استقلال الأكراد»).
 */
final class AgentNouns {
  /** The word, normalised, without clitics. */
  private static final String KILLER = "قاتل";
  /** Quotation marks around a label. */
  private static final Set<String> QUOTES = Set.of("\"", "«", "»", "“", "”");
  /** Words after which «قاتل» is a predicate noun (normalised). */
  private static final Set<String> PREDICATE_MARKERS = Set.of("انه", "هو", "بانه", "لانه", "انها");
  /** The comma that opens an apposition (the Arabic comma is normalised to it). */
  private static final Set<String> COMMAS = Set.of(",");

  private AgentNouns() {
  }

  /** True when the token at {@code i} (in {@code [from, to)}) is «قاتل» read as «killer». */
  static boolean killer(List<Token> tokens, int i, int from, int to) {
    if (!tokens.get(i).norm().equals(KILLER)) {
      return false;
    }
    String before = i > from ? tokens.get(i - 1).norm() : "";
    String after = i + 1 < to ? tokens.get(i + 1).norm() : "";
    if (QUOTES.contains(before) || QUOTES.contains(after) || PREDICATE_MARKERS.contains(before)
        || before.equals(KILLER) || after.equals(KILLER)) {
      return true;
    }
    return COMMAS.contains(before) && i + 1 < to && tokens.get(i + 1).kind() == Token.Kind.WORD
        && !Parts.PREPOSITIONS.contains(after);
  }
}
