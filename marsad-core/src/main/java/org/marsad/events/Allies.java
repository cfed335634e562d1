package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The ally of a side stands beside it, it is not the one the act is aimed at: «وتنفي سوريا وحليفتها إيران أن تكون
 * الطائرة ... قد دخلت إسرائيل», «نددت إسرائيل وحليفها الأمريكي بتصريحات ... عباس», «وتهاجم قوات النظام السوري
 * وحلفاؤها الروس والإيرانيون هذه المنطقة», «وتحاصرها القوات السورية ... بدعم من حلفائها الروس والإيرانيين».
 *
 * <p>Rule (session 18): a recipient named right after a noun of alliance with a possessive pronoun («حليفها»,
 * «حليفتها», «حلفاؤها», «حلفائها», «حليفتاها», «حليفه», «حلفاؤه» ..., with «و/ف/ب/ل» or not) is an ally of a side,
 * so it is no recipient. «لحليف إيران، الرئيس السوري» (no pronoun: the ally of another) is not touched.
 */
final class Allies {
  /** Nouns of alliance with a possessive pronoun, normalised (hamza seats as {@code Token.norm} writes them). */
  private static final Set<String> ALLIES = Set.of("حليفها", "حليفتها", "حليفاها", "حليفتاها", "حليفيها", "حليفتيها",
      "حلفاوها", "حلفايها", "حلفاءها", "حليفه", "حليفته", "حليفاه", "حليفتاه", "حلفاوه", "حلفايه", "حلفاءه",
      "حليفهم", "حليفتهم", "حلفاوهم", "حلفايهم", "حلفاءهم", "حليفنا", "حليفتنا", "حلفاونا", "حلفاينا");

  private Allies() {
  }

  /** True when part {@code p} follows a noun of alliance with a possessive pronoun (the rule). */
  static boolean ally(List<Token> tokens, Part p) {
    int k = p.first() - 1;
    return k >= 0 && Parts.inSet(ALLIES, strip(tokens.get(k).norm()));
  }

  /** {@code n} without one prefix «ب», «ل» or «من» glued to it («بحلفائها», «لحليفها»). */
  private static String strip(String n) {
    return n.length() > 4 && (n.startsWith("ب") || n.startsWith("ل")) && n.startsWith("حل", 1) ? n.substring(1) : n;
  }
}
