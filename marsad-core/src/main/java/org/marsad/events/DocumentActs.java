package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A statement verb whose subject is a document: «قرارا يدين إسرائيل», «بيان لمجلس الأمن يدعو إلى تحقيق», «مشروع قانون
 * يدعو لمحاسبة إيران». The document speaks for its author, so the verb's actor is the author, and a name after the verb
 * is its object, not its subject (session 10).
 *
 * <p>Rules:
 * <ol>
 *   <li>the trigger is a verb in the present («يدعو», «تدين», «يطالب») right after a document noun ({@link #DOCUMENTS}),
 *       maybe over one word of the document's kind or author («مشروع قرار», «بيان أوروبي», «بيان لمجلس الأمن»); or
 *       (session 11) a verb of demanding or charging with a definite document noun right after it («دعا التقرير
 *       إيران إلى», «وطالبهم القرار بالانخراط»); (session 13) also «النص», and «مشروع القرار» after a verb of
 *       calling («ويدعو النص إلى», «ودعا مشروع القرار إلى»);</li>
 *   <li>the author is the part right after the document noun with «لـ» or a nationality («بيان لمجلس الأمن», «بيان
 *       أوروبي»), else the subject of a verb of issuing or adopting before the document in the sentence, after it
 *       within {@link #SUBJECT_GAP} tokens or right before it ({@link #ISSUING}: «أقرت الجمعية العامة قرارا», «أصدرت
 *       فرنسا بيانا», «وكانت الجمعية العامة أقرت قرارا»), else none; the part after «الذي/التي» and a verb of tabling right
 *       after the document («مشروع القرار الذي تقدمت به باكستان», session 13) comes before the verb of issuing;</li>
 *   <li>a part after the verb that was read as its subject becomes its object.</li>
 * </ol>
 */
final class DocumentActs {
  /** Document nouns, normalised, without «و/ف». */
  private static final Set<String> DOCUMENTS = Set.of("قرار", "قرارا", "القرار", "بيان", "بيانا", "البيان", "مسوده",
      "المسوده", "رساله", "الرساله", "وثيقه", "الوثيقه", "تقرير", "تقريرا", "التقرير", "قانون", "قانونا", "القانون");
  /**
   * Definite document nouns that, right after a verb of demanding or charging, are its subject (session 11): a report
   * or resolution is not what one calls on or charges («دعا التقرير إيران»); one may condemn or reject it («رفض
   * القرار», «أدان البيان»), so those verbs are left out.
   */
  private static final Set<String> DEFINITE_DOCUMENTS = Set.of("القرار", "البيان", "المسوده", "الرساله", "الوثيقه",
      "التقرير", "القانون", "النص");
  /** «Draft» before a document noun (normalised): «ودعا مشروع القرار» (session 13). */
  private static final Set<String> DRAFT = Set.of("مشروع");
  /** Document nouns after «مشروع» (normalised): «مشروع القرار», «مشروع قرار», «مشروع القانون». */
  private static final Set<String> DRAFTED = Set.of("القرار", "قرار", "القانون", "قانون", "البيان", "بيان");

  /** Verbs of issuing, adopting or voting on a document, normalised, without «و/ف». */
  private static final Set<String> ISSUING = Set.of("اصدر", "اصدرت", "اقر", "اقرت", "صادق", "صادقت", "صوت", "صوتت",
      "تبني", "تبنت", "اعتمد", "اعتمدت", "قدم", "قدمت", "نشر", "نشرت", "وزع", "وزعت");
  /** Tokens after a verb of issuing within which its subject starts (a day may stand between). */
  static final int SUBJECT_GAP = 3;
  /** Tokens before the document noun searched for a verb of issuing. */
  static final int ISSUER_REACH = 10;

  private DocumentActs() {
  }

  /** The index of the document noun whose verb is the trigger {@code m} (rule 1), or -1. */
  static int document(List<Token> tokens, int from, TriggerLexicon.Match m) {
    if (m.entry().verb() && m.end() < tokens.size() && DEFINITE_DOCUMENTS.contains(tokens.get(m.end()).norm())
        && (m.entry().type().equals("REQUEST") || m.entry().type().equals("ACCUSE")
        && !"disapprove".equals(m.entry().mode()))) {
      return m.end(); // «دعا التقرير إيران إلى», «وطالبهم القرار بالانخراط»: the document right after its verb
    }
    if (m.entry().verb() && m.end() + 1 < tokens.size() && m.entry().type().equals("REQUEST")
        && DRAFT.contains(tokens.get(m.end()).norm()) && DRAFTED.contains(tokens.get(m.end() + 1).norm())) {
      return m.end() + 1; // «ودعا مشروع القرار إلى إجراء تحقيق» (session 13): a draft calls, it is not called on
    }
    if (!m.entry().verb() || !Morphology.presentTense(m.entry()) && !present(tokens.get(m.first()).norm())) {
      return -1;
    }
    for (int k = m.first() - 1; k >= Math.max(from, m.first() - 3); k--) {
      if (Parts.inSet(DOCUMENTS, tokens.get(k).norm())) {
        return k;
      }
      if (tokens.get(k).kind() != Token.Kind.WORD || Clause.isBoundary(tokens.get(k))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The part right after «الذي/التي» + a verb of tabling (+ «به/بها») after the document noun at {@code d}, with no
   * preposition, or null (session 13).
   */
  private static Part tabler(List<Token> tokens, List<Part> ps, int d) {
    int k = d + 1;
    if (k + 1 >= tokens.size() || !Relatives.relativeBefore(tokens, k + 1, k)
        || !TABLING.contains(tokens.get(k + 1).norm())) {
      return null;
    }
    k += 2;
    if (k < tokens.size() && (tokens.get(k).norm().equals("به") || tokens.get(k).norm().equals("بها"))) {
      k++;
    }
    Part p = RoleFinder.partAt(ps, k);
    return p != null && p.prep().isEmpty() && p.identified() ? p : null;
  }

  /** True for a present-tense form by its prefix («يدعو», «تدين»). */
  private static boolean present(String n) {
    return n.length() > 2 && (n.charAt(0) == 'ي' || n.charAt(0) == 'ت');
  }

  /** Verbs of tabling or drafting after «الذي/التي» (normalised): «مشروع القرار الذي تقدمت به باكستان». */
  private static final Set<String> TABLING = Set.of("تقدمت", "تقدم", "قدمته", "قدمتها", "اعدته", "اعدتها", "صاغته",
      "صاغتها", "طرحته", "طرحتها", "وزعته", "وزعتها");

  /** The author of the document noun at {@code d} (rule 2), or null. */
  static Part author(List<Token> tokens, List<Part> ps, int from, int d) {
    Part next = RoleFinder.partAt(ps, d + 1);
    if (next != null && (next.nisba() || "ل".equals(next.prep())) && next.identified()) {
      return next; // «بيان لمجلس الأمن», «بيان أوروبي»
    }
    Part tabler = tabler(tokens, ps, d);
    if (tabler != null) {
      return tabler; // «مشروع القرار الذي تقدمت به باكستان» (session 13)
    }
    for (int k = d - 1; k >= Math.max(from, d - ISSUER_REACH); k--) {
      if (Parts.inSet(ISSUING, tokens.get(k).norm())) {
        for (Part p : ps) {
          if (p.first() > k && p.first() < Math.min(d, k + 1 + SUBJECT_GAP) && p.prep().isEmpty()) {
            return p; // «أقرت الأربعاء الجمعية العامة قرارا»: after the verb, over a day
          }
        }
        for (Part p : ps) {
          if (p.end() <= k && k - p.end() <= 1 && p.first() >= from && p.prep().isEmpty() && p.identified()) {
            return p; // «وكانت الجمعية العامة للأمم المتحدة أقرت»: before it
          }
        }
        return null;
      }
    }
    return null;
  }
}
