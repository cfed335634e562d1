package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Statement participles in a circumstantial clause (session 18): «قال الرئيس ...، منددا بالهجوم», «أعلنت الحكومة
 * ...، داعية المجتمع الدولي إلى», «سارعت روسيا إلى الرد متهمة بريطانيا بـ». The lexicon lists them with the flag
 * {@code participle} (tools/lexicon/hand.tsv).
 *
 * <p>Rules:
 * <ol>
 *   <li><b>Adjectives and nouns</b>: a participle right after a number or a count («40 متهما», «سبعة متهمين»), or
 *       after an indefinite word it qualifies («تظاهرات رافضة لافتتاح السفارة», «شركة تركية متهمة بشراء النفط»,
 *       «وأخرى رافضة للاتفاق», «إن متهمين بالإخلال بأمن المملكة»), is no statement. It is one after punctuation,
 *       after a definite word or a day, the end of the clause before it («إلى الرد رافضة القرار», «صعد السبت متوعدا
 *       بمحاربة»), or after «بدوره». A participle of accusing right before «بـ», «في», «من», «إلى» or «أيضا» is
 *       the one accused («ثمانية أشخاص ... متهمين بالانتماء», «الحوثيين متهمين أيضا بقتل»): no statement either.</li>
 *   <li><b>Sides</b>: the participle has no subject of its own: a part read as its subject after it is its object
 *       («، مطالبا المجتمع الدولي بتوفير الحماية للشعب الفلسطيني» recipient the international community, not the
 *       Palestinians), and its actor is the subject of the report verb before it in the sentence («قال فكرت
 *       أوزار، سفير تركيا في قطر، إن بلاده ...، مشيدا بمواقف قطر»: not «بلاده» of the reported clause), else the
 *       actor the other rules give it, else the actor of the nearest statement, sanction or meeting verb before it
 *       in the sentence («استدعت جنوب أفريقيا سفيرها لدى إسرائيل ...، منددة بالاعتداء»).</li>
 * </ol>
 */
final class Participles {
  /** Count words before a participle read as a noun («عشرات المتهمين» is plural; «عشرات متهمين» rare). */
  private static final Set<String> COUNTS = Set.of("عشرات", "ميات", "الاف", "الف", "عده", "بضعه", "ثلاثه", "اربعه",
      "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "اثنين", "اثنان", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني",
      "تسع", "عشر");

  /** Indefinite words after which a participle still opens a circumstantial clause. */
  private static final Set<String> OPENERS = Set.of("بدوره", "بدورها", "بدورهم", "مجددا");

  /** Words right after a participle of accusing that make it the accused («متهمين بالانتماء», «متهما في القضية»). */
  private static final Set<String> ACCUSED_NEXT = Set.of("في", "من", "الي", "ايضا", "منهم", "اخرين", "اخر");

  /** The types whose actor may lend its actor to a participle after it in the sentence. */
  private static final Set<String> LENDERS = Set.of("ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "CONSULT",
      "AGREE", "CONCEDE", "COOPERATE", "SANCTION", "AID", "RETREAT");

  private Participles() {
  }

  /**
   * True when the participle matched by {@code m} at token {@code i} of sentence {@code [from, to)} is an adjective or
   * a noun, no statement (rule 1).
   */
  static boolean adjective(List<Token> tokens, TriggerLexicon.Match m, int i, int from, int to) {
    if (!m.entry().has("participle")) {
      return false;
    }
    if (m.entry().type().equals("ACCUSE") && "allege".equals(m.entry().mode()) && m.end() < to) {
      Token next = tokens.get(m.end());
      if (next.kind() == Token.Kind.WORD && (next.norm().startsWith("ب") || ACCUSED_NEXT.contains(next.norm()))) {
        return true; // «متهمين بالانتماء إلى تنظيم داعش»: the accused
      }
    }
    if (i <= from) {
      return false;
    }
    Token before = tokens.get(i - 1);
    if (before.kind() == Token.Kind.NUMBER || COUNTS.contains(before.norm())) {
      return true; // «إحالة 40 متهما إلى محكمة الجنايات»
    }
    if (before.kind() != Token.Kind.WORD) {
      return false; // «، منددا بـ»
    }
    String w = before.norm();
    return !(w.startsWith("ال") || w.startsWith("لل") || w.startsWith("وال") || w.startsWith("بال")
        || Weekdays.NAMES.contains(w) || w.equals("امس") || w.equals("اليوم") || OPENERS.contains(w));
  }

  /**
   * Rule 2: a part read as the participle's subject after it becomes its object, and the actor is cleared for the
   * speaker rule; called right after {@link RoleFinder}.
   */
  static void objectAfter(Cand c) {
    TriggerLexicon.Match m = c.trigger;
    if (!m.entry().has("participle") || c.actor == null || c.actor.first() < m.end()) {
      return;
    }
    c.recipient = c.actor;
    c.actor = null;
  }

  /**
   * Rule 2, last step: the participle's actor is the subject of the report verb before it in the sentence
   * ({@code speaker}, found by {@link Speakers#reportSubject}) when there is one, else the actor the other rules gave
   * it, else the actor of the nearest statement, sanction or meeting verb before it among {@code cs} (the sentence's
   * candidates before it).
   */
  static void actor(Cand c, List<Cand> cs, Part speaker) {
    TriggerLexicon.Match m = c.trigger;
    if (!m.entry().has("participle")) {
      return;
    }
    if (speaker != null && speaker.end() <= m.first()
        && (c.recipient == null || !Cand.key(speaker).equals(Cand.key(c.recipient)))) {
      c.actor = speaker; // «قال فكرت أوزار، سفير تركيا في قطر، إن بلاده ...، مشيدا بمواقف قطر»
      return;
    }
    if (c.actor != null) {
      return;
    }
    for (int k = cs.size() - 1; k >= 0; k--) {
      Cand o = cs.get(k);
      if (o.trigger.first() < m.first() && o.trigger.entry().verb() && o.actor != null && LENDERS.contains(o.type())
          && (c.recipient == null || !Cand.key(o.actor).equals(Cand.key(c.recipient)))) {
        c.actor = o.actor;
        return;
      }
    }
  }
}
