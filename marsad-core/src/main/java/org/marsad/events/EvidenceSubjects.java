package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Evidence that supports or incriminates is no speaker: «لكنه لم يقدم أدلة تدعم ذلك», «ليست لدينا معلومات تدعم فرضية
 * أن ...», «لديه "وثائق تدين النظام الحالي والجيش"».
 *
 * <p>Rule (session 16): a statement verb (ACCUSE, SUPPORT, REJECT, REQUEST, THREATEN) whose word right before it
 * (over a quotation mark) is an indefinite noun of evidence — information, proof, documents, records, figures,
 * findings — has that evidence as its subject, which backs or condemns no one: no event. A definite report
 * («ودعا التقرير») is a document that speaks, left to {@link DocumentActs}.
 */
final class EvidenceSubjects {
  /** Indefinite nouns of evidence (normalised, without «و/ف»). */
  private static final Set<String> EVIDENCE = Set.of("معلومات", "ادله", "دلايل", "دليل", "وثايق", "وثيقه",
      "مستندات", "قراين", "شواهد", "تسجيلات", "بيانات", "ارقام", "احصاءات", "نتايج", "معطيات",
      "موشرات", "حقايق", "وقايع", "صور");
  /** The statement types whose verb such a subject cannot make. */
  private static final Set<String> TYPES = Set.of("ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN");

  private EvidenceSubjects() {
  }

  /** True when the statement verb at {@code i} has a noun of evidence right before it as subject (the rule). */
  static boolean evidenceSubject(List<Token> tokens, TriggerLexicon.Entry e, int i, int from) {
    if (!e.verb() || !TYPES.contains(e.type())) {
      return false;
    }
    int k = i - 1;
    if (k >= from && (tokens.get(k).text().equals("\"") || tokens.get(k).text().equals("«"))) {
      k--;
    }
    if (k < from) {
      return false;
    }
    String n = tokens.get(k).norm();
    return EVIDENCE.contains(n) || n.length() > 4 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف')
        && EVIDENCE.contains(n.substring(1));
  }
}
