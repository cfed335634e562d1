package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Acts inside a condition further from its particle than the three-token hedge window (session 14, ev14b).
 *
 * <p>Rule: a trigger whose clause is opened by «إذا» (also «وإذا», «فإذا»; not «ما/عما/فيما إذا», whether), or by «إن» followed by «لم»
 * («إن لم ترغب واشنطن في وقوع اشتباك»), or whose clause holds «لو/ولو/فلو» before it, is hypothetical when it
 * stands within {@link #REACH} tokens of the clause start: «إذا أقدمت الأخيرة على مهاجمة تل أبيب», «إذا استمر في
 * الضغط من أجل توجيه ضربة عسكرية». «إذا» is a clause boundary, so a relative clause after the condition («ما لم تفرج
 * عن القس الذي تحتجزه») is not inside it.
 *
 * <p>Session 17 (ev17c), acts made a condition ({@link #conditioned}): a trigger after a verb of making one thing hang on
 * another in its clause, within {@link #HANG_REACH} tokens («رهن», «يرهن», «اشترط», «يشترط»; «ربط/يربط» only when
 * neither «بين» nor the «بـ» of what it is tied to stands between it and the trigger, which links two facts or two
 * states («التي تربط الولايات المتحدة بالسعودية»), and not for an attack or arrest, which «ربطت الشرطة الهجوم بـ» ties to
 * its doer), is hypothetical: «المعلم يرهن الدخول في مفاوضات حول جنوب سوريا بانسحاب القوات الأمريكية من التنف»,
 * «وربطت موسكو رفع العقوبات بانسحاب القوات». So is an act listed after a noun of conditions by «بينها/منها/أبرزها»
 * over commas: «أعلن 12 شرطا لابد أن يتضمنها أي اتفاق مع إيران، بينها انسحاب القوات الإيرانية من سوريا»; and an act
 * right after «إلا» (at most one word between: «إلا بعد») with «لن» before it in the same run of words: «دخول حكومته في
 * مفاوضات ... لن يتم إلا بانسحاب القوات الأمريكية» (not after «لم»: «لم يقتل إلا شخص واحد» tells what happened); and
 * an act within {@link #UNLESS_REACH} words after «ما لم» with no punctuation or relative pronoun between: «ما لم تروا أن الولايات المتحدة
 * سحبت قواتها من قاعدة التنف».
 */
final class Conditions {
  /** Tokens from the start of the clause within which a trigger is inside the condition. */
  private static final int REACH = 8;

  /** «إذا» and its conjunction forms, normalised (a clause boundary). */
  private static final Set<String> IF = Set.of("اذا", "واذا", "فاذا");

  /** «لو» and its conjunction forms, normalised (no boundary: looked for inside the clause). */
  private static final Set<String> IF_COUNTERFACTUAL = Set.of("لو", "ولو", "فلو");

  /** «ما» and its prepositional forms before «إذا» that make it «whether» («ما إذا», «عما إذا», «فيما إذا»). */
  private static final Set<String> WHETHER = Set.of("ما", "عما", "فيما", "بما", "وما");

  /** Tokens before a trigger, in its clause, within which a verb of conditioning governs it. */
  private static final int HANG_REACH = 12;

  /** Verbs of making one act hang on another, normalised, without «و/ف» («يرهن», «اشترطت»). */
  private static final Set<String> HANG_VERBS = Set.of("رهن", "يرهن", "ترهن", "رهنت", "يرهنون", "رهنوا", "نرهن",
      "اشترط", "يشترط", "تشترط", "اشترطت", "يشترطون", "اشترطوا", "نشترط");

  /** Verbs of tying one act to another, normalised, without «و/ف»: conditions unless «بين» follows. */
  private static final Set<String> TIE_VERBS = Set.of("ربط", "يربط", "تربط", "ربطت", "يربطون", "ربطوا", "نربط");

  /** Types whose trigger «ربط» ties to a doer or cause rather than making it a condition. */
  private static final Set<String> TIED_FACTS = Set.of("ASSAULT", "COERCE");

  /** Nouns of conditions, normalised, without «و/ف» («شروط», «12 شرطا», «الشروط»). */
  private static final Set<String> CONDITION_NOUNS = Set.of("شرط", "شرطا", "شروط", "شروطا", "الشروط", "الشرط",
      "شروطه", "شروطها", "شروطهم", "بشروط");

  /** Words that list members of what was named before («بينها», «منها», «أبرزها»), normalised, without «و». */
  private static final Set<String> AMONG = Set.of("بينها", "منها", "ابرزها", "اهمها", "ومنها", "وبينها", "وابرزها",
      "واهمها");

  /** Tokens before «بينها» within which the noun of conditions stands (over commas). */
  private static final int LIST_REACH = 16;

  /** «ما» before «لم» (normalised): «ما لم» is «unless». */
  private static final Set<String> UNLESS = Set.of("ما", "وما");

  /** Relative pronouns (normalised): a relative clause after «ما لم» tells a fact. */
  private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان");

  /** Words before a trigger within which «ما لم» is looked for (not over punctuation). */
  private static final int UNLESS_REACH = 8;

  /** «إلا» (normalised), after a future negation: the act after it is the only way, a condition. */
  private static final Set<String> EXCEPT = Set.of("الا");

  /** «لن» (normalised, with «و/ف»): a future negation before «إلا». */
  private static final Set<String> WILL_NOT = Set.of("لن", "ولن", "فلن");

  /** Words before «إلا» within which «لن» is looked for (not over punctuation). */
  private static final int EXCEPT_REACH = 10;

  private Conditions() {
  }

  /** True when the trigger of {@code type} at {@code a} is an act made a condition by the session-17 rule above. */
  static boolean conditioned(List<Token> tokens, int a, int from, TriggerLexicon.Entry e) {
    String type = e.type();
    int cs = Clause.start(tokens, a, from);
    for (int k = a - 1; k >= Math.max(cs, a - HANG_REACH); k--) {
      String n = Parts.stripConj(tokens.get(k).norm());
      if (HANG_VERBS.contains(n)) {
        return true;
      }
      if (TIE_VERBS.contains(n) && !TIED_FACTS.contains(type)) {
        for (int j = k + 1; j < a; j++) {
          String w = Parts.stripConj(tokens.get(j).norm());
          if (w.equals("بين") || w.startsWith("ب") && w.length() > 3) {
            return false; // «ربط بين القانون واستعادة ...», «التي تربط الولايات المتحدة بالسعودية والتي تدعوها»
          }
        }
        return true;
      }
    }
    for (int k = a - 1; k > Math.max(from, a - UNLESS_REACH); k--) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.WORD || RELATIVES.contains(t.norm())) {
        break; // «ما لم تفرج عن القس الذي تحتجزه»: the detention in the relative clause is a fact
      }
      if (t.norm().equals("لم") && UNLESS.contains(tokens.get(k - 1).norm())) {
        return true; // «ما لم تروا أن الولايات المتحدة سحبت قواتها»: unless it happens
      }
    }
    for (int k = a - 1; k >= Math.max(from, a - 2); k--) {
      if (EXCEPT.contains(tokens.get(k).norm())) {
        for (int j = k - 1; j >= Math.max(from, k - EXCEPT_REACH); j--) {
          Token t = tokens.get(j);
          if (t.kind() != Token.Kind.WORD) {
            break;
          }
          if (WILL_NOT.contains(t.norm())) {
            return true; // «لن يتم إلا بانسحاب القوات الأمريكية»: only if they withdraw
          }
        }
      }
    }
    for (int k = a - 1; k >= Math.max(from, a - 2); k--) {
      if (AMONG.contains(tokens.get(k).norm())) {
        for (int j = k - 1; j >= Math.max(from, k - LIST_REACH); j--) {
          if (CONDITION_NOUNS.contains(Parts.stripConj(tokens.get(j).norm()))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * True when «إذا» at {@code k} follows «ما/عما/فيما»: an indirect question («تحقيقا فيما إذا كانت الحملة
   * تواطأت», «عما إذا كانت الولايات المتحدة تحث»), often answered or about a claim denied, not a condition.
   */
  private static boolean whether(List<Token> tokens, int k, int from) {
    return k - 1 >= from && WHETHER.contains(tokens.get(k - 1).norm());
  }

  /** True when the trigger at {@code a} stands inside a condition by the rule above. */
  static boolean inside(List<Token> tokens, int a, int from) {
    int cs = Clause.start(tokens, a, from);
    if (a - cs > REACH) {
      return false;
    }
    if (cs - 1 >= from) {
      String opener = tokens.get(cs - 1).norm();
      if (IF.contains(opener) && !whether(tokens, cs - 1, from)
          || opener.equals("ان") && cs < a && tokens.get(cs).norm().equals("لم")) {
        return true;
      }
    }
    for (int k = cs; k < a; k++) {
      if (IF_COUNTERFACTUAL.contains(tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }
}
