package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Walkouts are no withdrawal of forces (session 16): the lexicon reads «انسحب/انسحاب» as RETREAT (CAMEO 0872, a
 * military withdrawal), but in the news it also tells of deputies walking out of a sitting, negotiators leaving a
 * delegation or a party leaving talks or a government — people leaving a room or a body, often in protest.
 *
 * <p>Rule: a form of «انسحب/انسحاب» (not «سحب», which takes its object) is no RETREAT trigger when the word right
 * after it (over «و» and the article) is a word of members or envoys («انسحب نواب من حزب ... قبل أن يقر»,
 * «انسحاب أعضاء الوفد»), or when a «من» within {@link #REACH} words after it, before a clause boundary, is followed
 * by a word of a sitting, a meeting, a delegation, talks, a race or a government («وانسحب نواب ... من جلسة البرلمان
 * احتجاجا», «أعلن المفاوضون انسحابهم من وفد المعارضة», «انسحب الحزب من الحكومة»). Forces leaving ground («انسحاب
 * القوات الأمريكية من سوريا», «مسلحو حزب العمال ينسحبون من سنجار») and a state leaving a deal (read by
 * {@link FigurativeReadings#abstractTarget}) are left as they were.
 */
final class Walkouts {
  private Walkouts() {
  }

  /** Words after «من» read within this many tokens after the trigger. */
  static final int REACH = 8;

  /** Members and envoys who walk out (normalised, without «و/ف» and the article). */
  private static final Set<String> MEMBERS = Set.of("نواب", "النواب", "اعضاء", "ممثلو", "ممثلي", "مفاوضو",
      "مفاوضي", "مفاوضون", "مفاوضين", "مندوب", "مندوبو", "مندوبي", "وفد", "لاعب", "لاعبو", "لاعبي", "برلمانيون",
      "برلمانيين", "نايب");

  /** Sittings, meetings, delegations, talks, races and governments left (normalised, without the article). */
  private static final Set<String> SITTINGS = Set.of("جلسه", "جلسات", "اجتماع", "اجتماعات", "قاعه", "وفد",
      "موتمر", "مفاوضات", "محادثات", "حوار", "سباق", "انتخابات", "منافسه", "منافسات", "بطوله", "لجنه",
      "برلمان", "حكومه", "ايتلاف", "قايمه", "ماراثون", "مباراه", "جوله");

  /** True when the «انسحب/انسحاب» trigger whose next token is {@code k} tells of a walkout. */
  static boolean walkout(List<Token> tokens, int k, int to) {
    if (k < to) {
      String w = tokens.get(k).norm();
      if (MEMBERS.contains(Parts.stripArticle(w)) || MEMBERS.contains(Parts.stripArticle(Parts.stripConj(w)))) {
        return true;
      }
    }
    for (int j = k; j + 1 < to && j < k + REACH; j++) {
      Token t = tokens.get(j);
      if (j > k && Clause.isBoundary(t)) {
        return false;
      }
      if (t.norm().equals("من")) {
        String w = tokens.get(j + 1).norm();
        for (String n : List.of(Parts.stripArticle(w), Parts.stripArticle(Parts.stripConj(w)))) {
          if (SITTINGS.contains(n) || SITTINGS.contains(RoleFinder.stripSuffix(n))) {
            return true; // «من وفد»: «و» is part of the word, not a conjunction
          }
        }
      }
    }
    return false;
  }

  /** True when the trigger token is a form of «انسحب/انسحاب» (also «ينسحب», «انسحابهم»), not «سحب». */
  static boolean leavingVerb(Token trigger) {
    String n = trigger.norm();
    return n.contains("نسحب") || n.contains("نسحاب");
  }
}
