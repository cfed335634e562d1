package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The subject of a reported clause (session 19): a statement with no subject of its own inside «قال X إن Y ...» is
 * Y's, not the speaker X's, when Y is named right after the complementiser and the statement is Y's predicate.
 *
 * <p>Rule: take the last «إن/أن/بأن» before the trigger (not «إنه/أنه», whose pronoun is often the speaker's), with
 * a part Y right after it (no preposition, with a country or an IGO, not an outlet, not a bare title that only took
 * a state from the context: «أن إدارة، دونالد ترامب، هددت» was TUR) that ends before the trigger and
 * is not the statement's recipient; no other complementiser or clause word stands between Y and the trigger:
 * <ul>
 *   <li>a verb (no participle, no «و/ف», not after «لكنه») right after Y, or after a comma that closes Y's apposition
 *       («إن القيادي الحوثي ...، صالح الصماد، رئيس ...، توعد بأن» YEM, not the Saudi speaker), or after «كما» at the
 *       end of Y's clause («إن الإمارات نفذت سلسلة من الإجراءات ...، كما طلبت من مواطنيها» ARE, not QAT), within
 *       {@link #VERB_REACH} tokens, agreeing with Y in gender (no feminine verb for «الرئيس», no masculine one for
 *       «إسرائيل»);</li>
 *   <li>a noun within {@link #NOUN_REACH} tokens of Y with no boundary between («أن إيران تزعزع أمن المنطقة من خلال
 *       دعم ميليشيات الحوثي» IRN, «إن إسرائيل "تبقى التهديد الرئيسي للبنان"» ISR), not after a preposition other
 *       than the «لـ» of purpose, and not of an accusation or a call ({@link #NOT_NOUNS}).</li>
 * </ul>
 * A verb with «و» may go back to the speaker («قال بارنييه إن المملكة المتحدة بحاجة إلى ... وطالبها»), so it is left.
 */
final class ReportedSubjects {
  /** Complementisers that open a reported clause with a named subject (normalised). */
  private static final Set<String> OPENERS = Set.of("ان", "بان");
  /** Words that may stand before the verb after Y's clause (normalised). */
  private static final Set<String> LINKS = Set.of("كما");
  /** Tokens from Y to a verb trigger. */
  static final int VERB_REACH = 30;
  /** Tokens from Y to a noun trigger. */
  static final int NOUN_REACH = 14;

  private ReportedSubjects() {
  }

  /**
   * The subject of the reported clause holding candidate {@code c} of the sentence from {@code from}, or null;
   * {@code speaker} is the speaker found for it, if any.
   */
  static Part of(List<Token> tokens, int from, List<Part> ps, Cand c, Part speaker) {
    TriggerLexicon.Match m = c.trigger;
    TriggerLexicon.Entry e = m.entry();
    if (e.has("participle")) {
      return null;
    }
    int comp = -1;
    for (int k = m.first() - 1; k >= from; k--) {
      if (OPENERS.contains(tokens.get(k).norm())) {
        comp = k;
        break;
      }
    }
    if (comp < 0 || speaker != null && speaker.first() >= from && speaker.end() > comp && speaker.first() < m.first()) {
      return null;
    }
    Part y = RoleFinder.partAt(ps, comp + 1);
    if (y == null || y.first() != comp + 1 || !y.prep().isEmpty() || !y.identified() || y.media() || y.titleOnly()
        || y.end() > m.first() || c.recipient != null && Cand.key(c.recipient).equals(Cand.key(y))) {
      return null;
    }
    if (e.verb()) {
      if (m.first() - y.end() > VERB_REACH || !verbAfter(tokens, m, y)) {
        return null;
      }
      if (e.feminine() && (Morphology.masculineHead(tokens, y) || Morphology.masculineBody(tokens, y))
          || Morphology.masculineVerb(e) && Morphology.feminineState(y)) {
        return null;
      }
      return y;
    }
    if (NOT_NOUNS.contains(c.type()) || governed(tokens, m, from)) {
      return null;
    }
    return m.first() - y.end() <= NOUN_REACH && !Clause.between(tokens, y.end(), m.first()) ? y : null;
  }

  /**
   * Statement nouns whose reported subject is rather their object: the one who bears responsibility or faces a charge
   * («أكد أن روسيا وإيران تتحملان المسؤولية»), the one called on («إن المجتمع الدولي "مطالب بالوقوف"»).
   */
  private static final Set<String> NOT_NOUNS = Set.of("ACCUSE", "REQUEST");

  /** Words before a noun that make it the complement of another act («بعد رفض», «بواسطة تهديدات»), normalised. */
  private static final Set<String> GOVERNORS = Set.of("بعد", "بواسطه", "اثر", "عقب", "رغم");

  /**
   * True when noun {@code m} stands after a preposition other than the «لـ» of purpose («بدعم من قوات التحالف», «على
   * دعم المملكة», «بعد رفض فكرته»): its doer is another than the clause's subject.
   */
  private static boolean governed(List<Token> tokens, TriggerLexicon.Match m, int from) {
    String n = Parts.stripConj(tokens.get(m.first()).norm());
    if ((m.cliticFlags() & (Clitics.PREPOSITION | Clitics.ARTICLE)) != 0 && (m.cliticFlags() & Clitics.LAM) == 0
        && (n.startsWith("ب") || n.startsWith("ك"))) {
      return true;
    }
    if (m.first() == from) {
      return false;
    }
    String prev = Parts.stripConj(tokens.get(m.first() - 1).norm());
    return Parts.PREPOSITIONS.contains(prev) || GOVERNORS.contains(prev);
  }

  /**
   * True when verb {@code m} is the predicate of {@code y}: right after it, or after a comma or «كما» ending its
   * clause, with no clause word between.
   */
  private static boolean verbAfter(List<Token> tokens, TriggerLexicon.Match m, Part y) {
    String n = tokens.get(m.first()).norm();
    if ((m.cliticFlags() & Clitics.CONJ) != 0 || n.startsWith("وو") || n.startsWith("فو")) {
      return false;
    }
    if (m.first() == y.end()) {
      return true;
    }
    int k = m.first() - 1;
    Token prev = tokens.get(k);
    if (LINKS.contains(prev.norm())) {
      k--;
      if (k < y.end()) {
        return false;
      }
      prev = tokens.get(k);
    }
    if (!Asides.isComma(prev)) {
      return false;
    }
    for (int j = y.end(); j < k; j++) {
      Token t = tokens.get(j);
      if (t.kind() == Token.Kind.WORD && Clause.isBoundary(t)
          || t.kind() != Token.Kind.WORD && Clause.isBoundary(t) && !Asides.isComma(t)) {
        return false;
      }
    }
    return true;
  }
}
