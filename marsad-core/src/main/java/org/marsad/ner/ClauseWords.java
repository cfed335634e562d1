package org.marsad.ner;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Names that run into the clause after them: «وقالت المنظمة إن …»، «وذكرت الوكالة أن …»، «وأكد الاتحاد التي …» — the
 * model takes the complementiser or relative word into an organisation's name («المنظمة إن»، «الوكالة أن لافرنتييف»)
 * or a person's («يوجيل من»، «أن ماهر»). A name is cut at such a word (as written: «أن، إن، أنه، إنه، التي، الذي،
 * الذين، إلى، عن، ضد، لن، لم، من، قد»). Works on BIO tags of one document, in place (a post-pass, before {@link
 * DocumentConsistency}).
 *
 * <p>Rules:
 * <ol>
 *   <li>a clause word inside or at the end of a person's, organisation's or place's name ends the name there: it and
 *       the words after it are no name («المنظمة إن الحيوان» → «المنظمة»، «هاندلسبلات أن» → «هاندلسبلات»); between two
 *       words of a person's name it separates two people («كوستا ضد بيبي»);</li>
 *   <li>a clause word first in a name is left out («أن ماهر» → «ماهر»، «عن كراوتش» → «كراوتش»);</li>
 *   <li>«أن»/«إن» also spell the letter N of Latin abbreviations («بي إن سبورت»، «إن بي سي»، «سي إن إن»): a name with a
 *       word of one or two letters is left alone, and inside a name «أن»/«إن» ends it only after a definite word («الوكالة
 *       إن أونوديرا»; not «إيكونوميك أن بوليتيكال ويكلي»);</li>
 *   <li>{@code MISC} names (titles, slogans: «مسيرة من أجل أرواحنا») are left alone, and so are «من أجل» («الاتحاد من
 *       أجل الجمهورية») and «على», a common spelling of the name «علي».</li>
 * </ol>
 */
final class ClauseWords {
  /** Words that begin a clause or a phrase after a name, as written. */
  static final String[] WORDS = {"أن", "إن", "أنه", "إنه", "التي", "الذي", "الذين", "إلى", "عن", "ضد", "لن", "لم", "من",
      "قد"};
  /** The two that also spell the letter N. */
  static final String[] LETTER_N = {"أن", "إن"};
  private static final Set<String> WORD_SET = Set.of(WORDS);
  private static final Set<String> N_SET = Set.of(LETTER_N);
  private static final String MIN = "من";
  /** «من أجل» («for») is part of names: «الاتحاد من أجل الجمهورية»، «مواطنون من أجل المسؤولية». */
  private static final Set<String> AJL = Set.of("أجل", "اجل");
  /** {@code -Dmarsad.ner.noClauseWords=true} switches the post-pass off (ablation). */
  static final boolean ENABLED = !Boolean.getBoolean("marsad.ner.noClauseWords");

  private ClauseWords() {
  }

  /** Cuts the names of every sentence of {@code tags} (BIO, changed in place). */
  static void cut(List<String[]> sentences, List<String[]> tags) {
    for (int k = 0; k < sentences.size(); k++) {
      cut(sentences.get(k), tags.get(k));
    }
  }

  static void cut(String[] tokens, String[] t) {
    for (String[] sp : NerEvaluation.entitySpans(Arrays.asList(t))) {
      int s = Integer.parseInt(sp[0]);
      int e = Integer.parseInt(sp[1]);
      String type = sp[2];
      if (type.equals("MISC") || e - s < 2) {
        continue;
      }
      boolean shortWord = false;
      for (int i = s; i < e; i++) {
        shortWord |= CommonWords.key(tokens[i]).length() <= 2 && !N_SET.contains(CommonWords.key(tokens[i]));
      }
      String first = CommonWords.key(tokens[s]);
      if (WORD_SET.contains(first) && !(N_SET.contains(first) && shortWord)) {
        t[s] = "O"; // «أن ماهر»
        t[s + 1] = "B-" + type;
        s++;
      }
      for (int i = s + 1; i < e; i++) {
        String w = CommonWords.key(tokens[i]);
        if (!WORD_SET.contains(w) || w.equals(MIN) && i + 1 < tokens.length && AJL.contains(CommonWords.key(tokens[i + 1]))) {
          continue; // «الاتحاد من أجل الجمهورية»
        }
        if (N_SET.contains(w) && (shortWord || i + 1 < e && !definite(CommonWords.key(tokens[i - 1])))) {
          continue; // «بي إن سبورت»، «إيكونوميك أن بوليتيكال ويكلي»
        }
        boolean person = type.equals("PERS") || type.equals("PER");
        t[i] = "O";
        for (int j = i + 1; j < e; j++) {
          t[j] = person ? (j == i + 1 ? "B-" : "I-") + type : "O";
        }
        break;
      }
    }
  }

  /** Whether an Arabic word carries the article («ال»، «لل»، «بال»، «وال»). */
  private static boolean definite(String w) {
    return w.length() >= 4 && (w.startsWith("ال") || w.startsWith("لل") || w.startsWith("بال") || w.startsWith("وال"));
  }
}
