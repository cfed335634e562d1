package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Unnamed sources as actors of what they report (session 15, ev15e).
 *
 * <p>An unnamed source, witness or activist («مصادر محلية», «مصدر أمني», «شهود», «ناشطون») that is the subject of a
 * reporting verb («قال ناشطون إن ضربات استهدفت مواقع لحزب الله التي تدعم الرئيس السوري», «وأفاد مصدر مطلع بأن
 * كوشنر أبلغ ترامب أن الانسحاب من دعم الرياض», «وأوضحت مصادر يمنية أن الميليشيات منعت ... بسبب رفضها») only reports:
 * it is no side of an event read in what it reports, whose actor the grammar took from it for want of one nearer.
 * The event keeps no actor (later rules may name one). When the reporting verb is the trigger itself («ووصف مصدر
 * رسمي الاتهام بالمسرحية», «رحب مصدر سعودي مسؤول») the source is the speaker and stays; so is the one a source
 * quotes with «نقلت مصادر عن X أنه هدد» (no reporting verb here: X is the speaker).
 */
final class UnnamedSources {
  private UnnamedSources() {}

  /** Heads of unnamed sources, witnesses and activists (normalised, without «ال» and «و/ف»). */
  static final Set<String> HEADS = Set.of("مصدر", "مصادر", "شهود", "شاهد", "ناشطون", "ناشطين", "نشطاء", "ناشط");

  /** Reporting verbs whose subject a source is (normalised, without «و/ف»). */
  private static final Set<String> REPORTING = Set.of("قال", "قالت", "يقول", "تقول", "قالوا", "اكد", "اكدت", "يوكد",
      "توكد", "افاد", "افادت", "ذكر", "ذكرت", "اوضح", "اوضحت", "اشار", "اشارت", "اضاف", "اضافت",
      "كشف", "كشفت", "تحدث", "تحدثت", "رجح", "رجحت", "اعلن", "اعلنت");

  /** Words between the reporting verb and the source's head at most («قال أحد شهود»). */
  private static final int REACH = 2;

  /**
   * True when {@code actor}, the side read for trigger {@code m}, is an unnamed source that is the subject of a
   * reporting verb other than the trigger, standing at most {@link #REACH} words before it.
   */
  static boolean onlyReports(List<Token> tokens, int from, TriggerLexicon.Match m, Part actor) {
    if (actor == null || !Parts.inSet(HEADS, Parts.stripArticle(Parts.stripConj(tokens.get(actor.first()).norm())))) {
      return false;
    }
    int seen = 0;
    for (int k = actor.first() - 1; k >= from && seen <= REACH; k--) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.SYMBOL) {
        continue;
      }
      seen++;
      if (REPORTING.contains(Parts.stripConj(t.norm()))) {
        return k < m.first() || k >= m.end();
      }
    }
    return false;
  }
}
