package org.marsad.events;

import static org.marsad.events.Cand.key;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.Token;

/**
 * «The two sides»: a dual noun as the subject of a statement or cooperation verb stands for the two sides of the
 * meeting, call or agreement told last (session 12).
 *
 * <p>Rules:
 * <ol>
 *   <li><b>Pair</b>: a CONSULT, AGREE or COOPERATE candidate whose actor and recipient are identified and of two
 *       states is the pair the article may later call «الجانبان» ({@link #pairs}); the last such pair within
 *       {@link #PAIR_REACH} sentences before is taken.</li>
 *   <li><b>Dual subject</b>: «الجانبان», «الطرفان», «البلدان», «الزعيمان», «الرئيسان», «الوزيران» right after a trigger
 *       verb, with no nisba of its own («الطرفان الروسي والإسرائيلي» names its sides), is its subject ({@link
 *       #dualSubject}): a meeting, agreement or cooperation is between the pair («واتفق الجانبان على تحديث الطريق»
 *       after «التقى وزير الوحدة الكوري الجنوبي نظيره الشمالي»: AGREE KOR>PRK), any other statement is made by both
 *       («وأعرب الطرفان عن دعمهم للمبعوث»: each backs the envoy) ({@link #resolve}).</li>
 *   <li><b>Genitive dual</b> (session 13): «البلدين», «الطرفين», «الجانبين» … right after a meeting, agreement or
 *       cooperation noun («بتوقيع البلدين اتفاقية», «تعاون البلدين»; not after «بين») are its two sides the same way
 *       ({@link #genitiveDual}).</li>
 *   <li><b>Nisba pair</b> (session 13): when the last side named before the dual is a part of two nisbas of two
 *       states («التقارب التركي الروسي»), those two are the pair ({@link #nisbaPair}).</li>
 * </ol>
 */
final class DualSubjects {
  /** Dual nouns of two sides, normalised, without «و/ف». */
  private static final Set<String> DUALS = Set.of("البلدان", "الطرفان", "الجانبان", "الزعيمان", "الرييسان",
      "الوزيران");
  /** Types read with a dual subject: statements and cooperation (not fighting: «اشتبك الجانبان» names no states). */
  private static final Set<String> TYPES = Set.of("ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "AGREE",
      "CONSULT", "CONCEDE", "COOPERATE", "SANCTION");
  /** Types whose two sides are the pair itself: one meets, agrees or works with the other. */
  private static final Set<String> RECIPROCAL = Set.of("CONSULT", "AGREE", "COOPERATE");
  /** Sentences back within which the pair is sought. */
  static final int PAIR_REACH = 5;

  private DualSubjects() {
  }

  /** True when {@code c} names two sides the article may call «الجانبان»: a meeting or agreement of two states. */
  static boolean pairs(Cand c) {
    return RECIPROCAL.contains(c.type()) && c.actor != null && c.recipient != null && c.actor.country() != null
        && c.recipient.country() != null && !c.actor.country().equals(c.recipient.country());
  }

  /**
   * The index of the dual noun that is the subject of {@code c}, or -1: the noun right after its trigger verb
   * («واتفق الجانبان على», whatever actor the speaker rules gave it), or its actor when that is a bare dual noun
   * («وأعرب الطرفان عن دعمهم»: a title given the last state named); never a dual noun followed by a nisba («الطرفان الروسي والإسرائيلي»,
   * «الجانبان الأوروبي والأميركي» name their sides).
   */
  static int dualSubject(List<Token> tokens, Cand c, int to) {
    TriggerLexicon.Match m = c.trigger;
    if (!TYPES.contains(c.type())) {
      return -1;
    }
    int k = m.entry().verb() && m.end() < to ? m.end() : -1;
    if (!m.entry().verb() && RECIPROCAL.contains(c.type()) && genitiveDual(tokens, m.end(), to) >= 0) {
      return m.end(); // «وتوقيع البلدين اتفاقية», «تعاون البلدين» (session 13)
    }
    if ((k < 0 || !dual(tokens.get(k))) && c.actor != null && c.actor.titleOnly()
        && c.actor.end() == c.actor.first() + 1) {
      k = c.actor.first();
    }
    if (k < 0 || k >= to || !dual(tokens.get(k))) {
      return -1;
    }
    if (k + 1 < to) {
      String next = tokens.get(k + 1).norm();
      if (next.startsWith("ال") && next.endsWith("ي") && next.length() > 4) {
        return -1; // «الطرفان الأمريكي والبريطاني»: the nisbas name the sides
      }
    }
    return k;
  }

  private static boolean dual(Token t) {
    return Parts.inSet(DUALS, t.norm());
  }

  /** Dual nouns of two sides in the genitive or accusative, normalised, without «و/ف» (session 13). */
  private static final Set<String> GENITIVE_DUALS = Set.of("البلدين", "الطرفين", "الجانبين", "الزعيمين",
      "الرييسين", "الوزيرين");
  /**
   * The index of a genitive dual right after a meeting, agreement or cooperation noun ending at {@code b}
   * («توقيع البلدين», «تعاون البلدين»), with no nisba after it; else -1 (session 13). Not after «بين» («محادثات بين
   * البلدين», «القمة بين الزعيمين»): in ANT mostly talks and summits still to come or in general, and a pair of the
   * wrong states.
   */
  static int genitiveDual(List<Token> tokens, int b, int to) {
    int k = b;
    if (k >= to || !Parts.inSet(GENITIVE_DUALS, tokens.get(k).norm())) {
      return -1;
    }
    if (k + 1 < to) {
      String next = tokens.get(k + 1).norm();
      if (next.startsWith("ال") && next.endsWith("ي") && next.length() > 4) {
        return -1; // «بين الجانبين الروسي والتركي»: the nisbas name the sides
      }
    }
    return k;
  }

  /**
   * Where two sides named are not the pair: a place after «في» (where they met), an outlet, a topic before a colon
   * («- لبنان: عبر البلدان عن دعمهما»).
   */
  private static boolean side(List<Token> tokens, Part p) {
    return p.country() != null && !p.media() && !"في".equals(p.prep())
        && !(p.end() < tokens.size() && tokens.get(p.end()).text().equals(":"));
  }

  /** True when a side of the country of {@code p} is among {@code parts}. */
  private static boolean named(List<Token> tokens, List<Part> parts, Part p) {
    for (Part q : parts) {
      if (side(tokens, q) && q.country().equals(p.country())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The pair named by the last side among {@code parts} when it is made of nisbas of two states («عقب التقارب
   * التركي الروسي، وتوقيع البلدين اتفاقية»: TUR>RUS), read as by {@link ReciprocalNisbas#secondNisba}; else null
   * (session 13).
   */
  static Cand nisbaPair(List<Token> tokens, List<Entity> entities, TriggerLexicon.Match m, List<Part> parts) {
    for (int k = parts.size() - 1; k >= 0; k--) {
      Part p = parts.get(k);
      if (!side(tokens, p)) {
        continue;
      }
      Part second = p.nisba() ? ReciprocalNisbas.secondNisba(tokens, entities, p) : null;
      if (second == null) {
        return null;
      }
      Cand pair = new Cand(m, -1);
      pair.actor = p;
      pair.recipient = second;
      return pair;
    }
    return null;
  }

  /**
   * The pair of the last two states named among {@code parts} (in text order, the parts of the sentence before and,
   * from index {@code current}, of this one before the dual noun), read as a meeting of the one named first with
   * the other: a part after «في» (the venue), outlets and topics before a colon are no side. Null when fewer than
   * two states are named.
   */
  static Cand pairNamed(List<Token> tokens, TriggerLexicon.Match m, List<Part> parts, int current) {
    Part later = null;
    Part earlier = null;
    for (int k = parts.size() - 1; k >= 0 && earlier == null; k--) {
      Part p = parts.get(k);
      if (side(tokens, p) && later == null) {
        later = p;
      } else if (side(tokens, p) && !p.country().equals(later.country())) {
        earlier = p;
      }
    }
    if (earlier == null) {
      return null;
    }
    boolean both = named(tokens, parts.subList(current, parts.size()), earlier) && named(tokens,
        parts.subList(current, parts.size()), later);
    for (Part p : both ? parts.subList(current, parts.size()) : parts) {
      if (!side(tokens, p)) {
        continue; // the side named first (in this sentence when it names both) is the actor: «مكالمة العاهل
      }           // السعودي مع الرئيس التركي، إذ اتفق الطرفان», «عقد الوزير المصري اجتماعا مع نظيره الأردني»
      if (p.country().equals(later.country())) {
        Part first = later;
        later = earlier;
        earlier = first;
      }
      break;
    }
    Cand pair = new Cand(m, -1);
    pair.actor = earlier;
    pair.recipient = later;
    return pair;
  }

  /**
   * Gives candidate {@code c}, whose subject is a dual noun ({@link #dualSubject}), the sides of {@code pair}: the
   * pair's actor and recipient for a meeting, agreement or cooperation (when no recipient of its own is named), else
   * the pair's actor as actor and its recipient as a further speaker. Does nothing when there is no pair or the
   * subject is no dual noun.
   */
  static void resolve(List<Token> tokens, int to, Cand c, Cand pair) {
    if (pair == null) {
      return;
    }
    if (dualSubject(tokens, c, to) < 0) {
      return;
    }
    c.actor = pair.actor;
    if (RECIPROCAL.contains(c.type())) {
      if (c.recipient == null || key(c.recipient).equals(key(c.actor))) {
        c.recipient = pair.recipient;
      }
    } else if (c.recipient == null || !key(c.recipient).equals(key(pair.recipient))) {
      List<Part> co = new ArrayList<>(c.coActors);
      co.add(pair.recipient); // «وأعرب الطرفان عن دعمهم للمبعوث»: each of the two backs him
      c.coActors = List.copyOf(co);
    }
  }
}
