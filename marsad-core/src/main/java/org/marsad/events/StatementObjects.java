package org.marsad.events;

import static org.marsad.events.Cand.key;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.model.Factuality;
import org.marsad.model.Token;

/**
 * The objects of statements: whom a condemnation, call, threat, belief, label or warning is about.
 *
 * <p>Rules:
 * <ol>
 *   <li><b>Object event</b>: a belief («يعتقد مسؤولون أن») takes the first event within {@value #BELIEF_REACH} tokens
 *       after it; an ACCUSE, REQUEST, THREATEN or SUPPORT with no recipient takes the first event within
 *       {@value #OBJECT_EVENT_REACH} tokens in its clause with no cause between («أدانت الهجوم», «دعت إلى وقف
 *       القصف»); its recipient is that event's actor, else its recipient when the actor is the speaker's own side,
 *       else the article's main attacker when it struck
 *       the object event's victims' state in the article (session 11) ({@link #objectRecipient});</li>
 *   <li><b>Charges</b>: the act an accusation charges someone with («اتهم مسؤول عراقي تركيا بقصف قرى») is that one's
 *       act ({@link #accusedActs});</li>
 *   <li><b>Labels</b>: a label («الإرهابي») right after an attack noun accuses its attacker, unless another
 *       accusation of the sentence says it ({@link #labels});</li>
 *   <li><b>Warnings</b>: a warning of a use of force, a sanction or a threat within {@value #WARN_REACH} tokens
 *       ({@link #warnsOfForce});</li>
 *   <li><b>Named in the object</b>: a statement with no recipient takes the first state, nisba or place within
 *       {@value #OBJECT_REACH} tokens in its clause that is not the speaker's own ({@link #namedInObject});</li>
 *   <li><b>Defended</b> (session 11): a denial's recipient that is the doer of the denied act («نفت روسيا لجوء النظام
 *       السوري») is no recipient ({@link #defended});</li>
 *   <li><b>Rejections</b>: a REJECT with no recipient answers the latest accusation or unasserted attack by someone
 *       else within three sentences ({@link #answerClaims}).</li>
 * </ol>
 */
final class StatementObjects {
  private final Cues cues;

  StatementObjects(Cues cues) {
    this.cues = cues;
  }

  static final Set<String> STATEMENTS = Set.of("ACCUSE", "REJECT", "REQUEST", "SUPPORT",
      "THREATEN", "AGREE", "CONSULT", "CONCEDE");

  /** Tokens from a belief («يعتقد», «واثقون») to the event believed («... أن قوات النظام استخدمت ...»). */
  private static final int BELIEF_REACH = 14;
  /**
   * Types no one is blamed for: a belief or estimate about one of them accuses nobody («وتشير التقديرات إلى عودة
   * عشرات الآلاف بعد اتفاق وقف إطلاق النار», session 15).
   */
  private static final Set<String> BLAMELESS = Set.of("AGREE", "RETREAT", "CONSULT", "COOPERATE", "AID", "CONCEDE");

  /** Statements whose object event gives their recipient (the attacker condemned, asked, threatened, backed). */
  private static final Set<String> OBJECT_TAKERS = Set.of("ACCUSE", "REQUEST", "THREATEN",
      "SUPPORT");

  /** Statements whose recipient may be named anywhere in their object («رفضها وجود قوات إيرانية»). */
  private static final Set<String> OBJECT_NAMERS = Set.of("ACCUSE", "REJECT", "THREATEN",
      "SANCTION", "REQUEST", "SUPPORT");
  /** Tokens from a statement to a state or place named in its object. */
  private static final int OBJECT_REACH = 8;

  /** Words between an attack noun and its label («الهجوم الإرهابي», «الهجوم الحوثي الإرهابي»). */
  private static final int LABEL_REACH = 2;

  /**
   * Links a label («الإرهابي», «الإجرامي») to the attack noun right before it, whose attacker becomes its
   * recipient; false when there is no such attack, no speaker, or another accusation in the sentence already says it.
   */
  private static boolean labels(Cand c, List<Cand> cs) {
    if (c.actor == null) {
      return false;
    }
    Cand attack = null;
    for (Cand o : cs) {
      if (o == c || !o.type().equals("ACCUSE") || o.trigger.entry().has("label")) {
        continue;
      }
      return false; // «ندد الوزير بالهجوم الإرهابي»: the condemnation is the accusation
    }
    for (Cand o : cs) {
      if (o.type().equals("ASSAULT") && !o.trigger.entry().verb() && o.trigger.end() <= c.trigger.first()
          && c.trigger.first() - o.trigger.end() <= LABEL_REACH) {
        attack = o;
      }
    }
    if (attack == null) {
      return false;
    }
    c.statementObject = true;
    c.objectEvent = attack;
    return true;
  }

  /**
   * «اتهم مسؤول عراقي تركيا بقصف قرى»: the act an accusation charges someone with («بـ» + event noun right after the
   * accused) is that one's act, not the accuser's or no one's.
   */
  private static void accusedActs(List<Token> tokens, List<Cand> cs) {
    for (Cand c : cs) {
      if (!c.type().equals("ACCUSE") || c.recipient == null || !c.recipient.identified() || c.actor == null
          || c.recipient.first() < c.trigger.end()) {
        continue;
      }
      for (Cand o : cs) {
        if (o == c || STATEMENTS.contains(o.type()) || o.trigger.first() != c.recipient.end()) {
          continue;
        }
        String n = tokens.get(o.trigger.first()).norm();
        if ((n.startsWith("ب") || n.startsWith("وب")) && (o.actor == null || key(o.actor).equals(key(c.actor)))
            && (o.recipient == null || !key(o.recipient).equals(key(c.recipient)))) {
          o.actor = c.recipient;
          o.rolesNamed = true;
        }
      }
    }
  }

  /** Tokens from a warning to the force it warns of («حذرت موسكو واشنطن وحلفاءها من شن هجوم على سوريا»). */
  private static final int WARN_REACH = 12;
  private static final Set<String> FORCE = Set.of("ASSAULT", "COERCE", "SANCTION", "MOBILIZE",
      "THREATEN");

  /** True when a force, sanction or threat trigger follows the warning {@code c} closely, with no cause between. */
  private boolean warnsOfForce(List<Token> tokens, List<Cand> cs, Cand c) {
    for (Cand o : cs) {
      int gap = o.trigger.first() - c.trigger.end();
      if (o != c && gap >= 0 && gap <= WARN_REACH && FORCE.contains(o.type())
          && !reasonBetween(tokens, c.trigger.end(), o.trigger.first())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first state, nisba or place named within {@link #OBJECT_REACH} tokens after a statement, in its clause,
   * that is not the speaker's own country, not an outlet and not a second speaker joined by «و»: «وصفت الأمم
   * المتحدة قانونا مقترحا في المجر» → HUN, «أعلنت إسرائيل رفضها وجود قوات إيرانية» → IRN. A threat reaches over
   * the «أن» that opens its content («حذر ترامب بأنه سيقصف مواقع في سوريا» → SYR); nothing reaches over a cause
   * («دعت إلى اجتماع بعد مقتل مدنيين»).
   */
  private Part namedInObject(List<Token> tokens, List<Part> ps, Cand c) {
    int end = c.trigger.end();
    if (c.actor.first() >= end && c.actor.first() - end <= 1 && !(c.trigger.entry().has("warn") && !c.warnsOfForce)) {
      end = afterSubject(tokens, ps, c.actor.end()); // «انتقد حسن نصرالله، الأمين العام لحزب الله، مساء الثلاثاء، ما»
    }
    int allies = -1;
    for (Part p : ps) {
      if (p.first() < end) {
        continue;
      }
      if (p.first() - end > OBJECT_REACH || reasonBetween(tokens, end, p.first())
          || Clause.between(tokens, end, p.first(), c.type().equals("THREATEN"))) {
        return null;
      }
      if (Allies.ally(tokens, p) || p.first() == allies && tokens.get(p.first()).norm().startsWith("و")) {
        allies = p.end(); // «ونفت الحكومة السورية وحليفتاها روسيا وإيران»: the speaker's allies (session 18)
        continue;
      }
      boolean coordinated = p.first() == c.actor.end() && tokens.get(p.first()).norm().startsWith("و");
      if (Parts.venue(tokens, p)) {
        continue; // «ووصف ترامب قمة سنغافورة بأنها»: where they met, no one spoken of
      }
      if (p.end() - p.first() == 1 && ownCountry(tokens.get(p.first()).norm())) {
        continue; // «دعا بوتين إلى رفع العقوبات عن بلاده»: the speaker's own state
      }
      if (!p.media() && !coordinated && p.country() != null && !p.country().equals(c.actor.country())) {
        return p; // «رفض إيطاليا ومالطا»: a second speaker is no recipient
      }
    }
    return null;
  }

  /** True for «بلاده», «عن بلاده», «لبلادها»: the speaker's own state, whatever state it was resolved to. */
  private static boolean ownCountry(String norm) {
    String n = Parts.stripConj(norm);
    return Speakers.OWN_COUNTRY.contains(n)
        || n.length() > 4 && (n.startsWith("ب") || n.startsWith("ل")) && Speakers.OWN_COUNTRY.contains(n.substring(1));
  }

  /** Comma-closed appositions and asides after a subject that the object reach skips. */
  private static final int SUBJECT_ASIDES = 3;

  /**
   * The token after a subject that follows its verb and the appositions, asides and places between commas after it
   * («حسن نصرالله، الأمين العام لحزب الله اللبناني، مساء الثلاثاء،», «بوتين، أمس، من فيينا،»), where the object
   * begins (session 11).
   */
  private static int afterSubject(List<Token> tokens, List<Part> ps, int from) {
    int k = from;
    for (int n = 0; n < SUBJECT_ASIDES && k + 1 < tokens.size(); n++) {
      Part where = RoleFinder.partAt(ps, k + 1);
      if (LOCATIVE.contains(tokens.get(k).norm()) && where != null && where.place() && where.first() == k + 1
          && where.end() < tokens.size() && Asides.isComma(tokens.get(where.end()))) {
        k = where.end() + 1; // «، من فيينا،»: where the subject spoke, no object
        continue;
      }
      if (!Asides.isComma(tokens.get(k))) {
        break;
      }
      int next = Asides.afterAside(tokens, k, tokens.size());
      if (next == k) {
        next = nextComma(tokens, ps, k + 1); // «، الأمين العام لحزب الله،»
        if (next == k) {
          break;
        }
      }
      k = next;
    }
    return k > from && k < tokens.size() && Asides.isComma(tokens.get(k)) ? k + 1 : k; // past the apposition's comma
  }

  /** Prepositions of where a subject spoke from («من فيينا», «في بروكسل»), normalised. */
  private static final Set<String> LOCATIVE = Set.of("من", "في");

  /**
   * The comma closing an apposition that opens at {@code from}: parts only, one after another, up to a comma
   * («، الأمين العام لحزب الله اللبناني،»); {@code from - 1} when there is none («، روسيا بالضلوع في القتل»).
   */
  private static int nextComma(List<Token> tokens, List<Part> ps, int from) {
    int k = from;
    Part p = RoleFinder.partAt(ps, k);
    while (p != null && p.first() == k) {
      k = p.end();
      if (k < tokens.size() && Asides.isComma(tokens.get(k))) {
        return k;
      }
      p = RoleFinder.partAt(ps, k);
    }
    return from - 1;
  }

  /** The article's main attacker: the most frequent actor of asserted ASSAULT events, or null. */
  static Part mainAttacker(List<Cand> all) {
    Map<String, Integer> n = new HashMap<>();
    Map<String, Part> any = new HashMap<>();
    for (Cand c : all) {
      if (c.type().equals("ASSAULT") && c.fact == Factuality.ASSERTED && c.actor != null && c.actor.identified()) {
        String k = key(c.actor);
        n.merge(k, 1, Integer::sum);
        any.putIfAbsent(k, c.actor);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> en : n.entrySet()) {
      if (best == null || en.getValue() > n.get(best)) {
        best = en.getKey();
      }
    }
    return best == null ? null : any.get(best);
  }

  /** Tokens from an accusation to the attack whose victims it took as recipient (over the speaker's post and name). */
  private static final int VICTIMS_REACH = 14;

  /**
   * True when an accusation's recipient is the victims of the attack or arrest it condemns, whose doer is named and is
   * not the accuser's own side (session 12): the doer is the one accused.
   */
  private static boolean victimsOfCondemned(Cand c, Cand v) {
    return v != null && (v.type().equals("ASSAULT") || v.type().equals("COERCE")) && v.recipient != null
        && v.recipient.start() == c.recipient.start() && v.actor != null && v.actor.identified()
        && !(c.actor != null && key(c.actor).equals(key(v.actor)));
  }

  /** True when a cause or time adverbial («بعد», «إثر») lies in tokens {@code [a, b)}: what follows is no object. */
  private boolean reasonBetween(List<Token> tokens, int a, int b) {
    for (int k = a; k < b; k++) {
      if (cues.is("reason", tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Links the statements of one sentence to their objects: beliefs and statements to the event that follows
   * («أدانت الهجوم», «دعت إلى وقف القصف»), charges to the one accused, labels to their attack (unlinked labels are
   * removed from {@code cs}), warnings to the force they warn of, and a statement with no recipient to a state named
   * in its object.
   */
  void link(List<Token> tokens, List<Part> ps, List<Cand> cs) {
    for (Cand c : cs) {
      Cand o = null;
      if (c.trigger.entry().has("belief")) {
        c.recipient = null; // «يعتقد مسؤولون أن قوات X قصفت»: the one believed to have acted is the recipient
        o = eventAfter(c, cs, BELIEF_REACH, e -> true);
        if (o != null && BLAMELESS.contains(o.type())) {
          o = null; // the first act believed is no one's fault: no accusation, nor of a later act
        }
      } else if (OBJECT_TAKERS.contains(c.type()) && c.recipient == null) {
        o = eventAfter(c, cs, OBJECT_EVENT_REACH, e -> !Clause.between(tokens, c.trigger.end(), e.trigger.first())
            && !reasonBetween(tokens, c.trigger.end(), e.trigger.first()));
      } else if (c.type().equals("ACCUSE") && c.recipient != null) {
        Cand v = eventAfter(c, cs, VICTIMS_REACH, e -> e.trigger.first() < c.recipient.first()
            && !Clause.between(tokens, c.trigger.end(), e.trigger.first())
            && !reasonBetween(tokens, c.trigger.end(), e.trigger.first()));
        if (victimsOfCondemned(c, v)) {
          c.recipient = null; // «وندد المبعوث بمقتل أطفال في غزة برصاص القوات الإسرائيلية»: the killers, not the
          o = v;              // children, are condemned (session 12)
        }
      }
      if (o != null) {
        c.statementObject = true;
        c.objectEvent = o;
      }
    }
    accusedActs(tokens, cs);
    cs.removeIf(c -> c.trigger.entry().has("label") && !labels(c, cs));
    for (Cand c : cs) {
      if (c.trigger.entry().has("warn")) {
        c.warnsOfForce = warnsOfForce(tokens, cs, c);
      }
    }
    for (Cand c : cs) {
      if (c.recipient == null && !c.statementObject && OBJECT_NAMERS.contains(c.type()) && c.actor != null
          && c.actor.identified()) {
        c.recipient = namedInObject(tokens, ps, c);
      }
    }
    for (Cand c : cs) {
      if (c.type().equals("REJECT") && c.recipient != null && defended(tokens, c)) {
        c.recipient = null; // «نفت روسيا لجوء النظام السوري إلى الأسلحة الكيماوية»: Syria is defended, not answered
      }
    }
  }

  /** Acts whose doer a denial defends («نفى ضلوع إيران», «نفت لجوء النظام»), normalised, without clitics. */
  private static final Set<String> DENIED_ACTS = Set.of("ضلوع", "تورط", "استخدام", "لجوء", "قيام", "شن", "تنفيذ",
      "ارتكاب", "مسووليه", "علاقه", "صله", "تدخل", "مشاركه", "دعم");

  /**
   * True when a denial's recipient is the doer of the act it denies, the genitive right after the act's noun
   * («نفت روسيا لجوء النظام السوري», «ونفت ضلوع إيران»): the one defended, not the one answered (session 11).
   */
  private boolean defended(List<Token> tokens, Cand c) {
    if (!cues.is("denial", Parts.stripConj(tokens.get(c.trigger.first()).norm()))) {
      return false;
    }
    int k = c.recipient.first() - 1;
    return k >= c.trigger.end() && k - c.trigger.end() <= 1
        && DENIED_ACTS.contains(Parts.stripArticle(Parts.stripConj(tokens.get(k).norm())));
  }

  /** Tokens from a statement to the event that is its object («أدانت الهجوم»). */
  private static final int OBJECT_EVENT_REACH = 6;

  /** The first event after statement {@code c} that is no statement, within {@code reach} tokens, with {@code near}. */
  private static Cand eventAfter(Cand c, List<Cand> cs, int reach, Predicate<Cand> near) {
    for (Cand o : cs) {
      if (o != c && o.trigger.first() > c.trigger.first() && !STATEMENTS.contains(o.type())
          && o.trigger.first() - c.trigger.end() <= reach && near.test(o)) {
        return o;
      }
    }
    return null;
  }

  /** A rejection answers the latest accusation or claim by someone else, at most three sentences before it. */
  static void answerClaims(List<Cand> all) {
    for (int i = 0; i < all.size(); i++) {
      Cand c = all.get(i);
      if (!c.type().equals("REJECT") || c.recipient != null || c.actor == null) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Cand o = all.get(j);
        if (c.sentence - o.sentence > 3) {
          break;
        }
        if (o.type().equals("ACCUSE") || o.type().equals("ASSAULT") && o.fact != Factuality.ASSERTED) {
          if (o.actor != null && o.actor.identified() && !key(o.actor).equals(key(c.actor))) {
            c.recipient = o.actor;
          }
          break;
        }
      }
    }
  }

  /**
   * Acts an article's main attacker may be taken to have done when they name no actor (session 16): violence,
   * coercion and deployments. A call, threat or backing whose act is a boycott, talks, a ceasefire or a meeting with
   * no one named («دعت أحزاب المعارضة إلى مقاطعة العملية الانتخابية» in a story whose main attacker is the security
   * forces; «ودعت الكويت والسويد إلى هذا الاجتماع») is not aimed at the attacker.
   */
  private static final Set<String> ATTACKER_ACTS = Set.of("ASSAULT", "COERCE", "MOBILIZE");

  /**
   * True when the main attacker may be the recipient of statement {@code c} whose act names no actor: always for a
   * condemnation, accusation or rejection (in an article about an attack, what is condemned is mostly the
   * attacker's doing: «أدان ... أعمال العنف التي ترتكبها القوات الإسرائيلية بحق المتظاهرين»); for any other
   * statement only when its act is one of {@link #ATTACKER_ACTS} (session 16).
   */
  private static boolean aimedAtAttacker(Cand c) {
    return c.type().equals("ACCUSE") || c.type().equals("REJECT") || ATTACKER_ACTS.contains(c.objectEvent.type());
  }

  /**
   * The recipient of a statement whose object is an event: that event's actor; its recipient when the actor is the
   * speaker's own side or a threat names no actor; for a label, the labelled attack's attacker or no one; else,
   * when the event is an act of violence or coercion ({@link #ATTACKER_ACTS}), the article's main attacker.
   */
  static Part objectRecipient(Cand c, Part mainAttacker, List<Cand> all) {
    Part r = c.objectEvent.actor;
    boolean self = r != null && c.actor != null && key(r).equals(key(c.actor));
    if ((self || r == null && c.type().equals("THREATEN")) && c.objectEvent.recipient != null
        && c.objectEvent.recipient.identified()) {
      r = c.objectEvent.recipient; // «حذر ترامب بأنه سيقصف مواقع في سوريا»: the one threatened
    }
    if (c.trigger.entry().has("label")) {
      r = c.objectEvent.actor; // a label accuses the labelled attack's own attacker, or no one
    } else if (r == null || !r.identified()) {
      r = mainAttacker != null && aimedAtAttacker(c)
          && strikesVictims(all, mainAttacker, c.objectEvent) ? mainAttacker : null;
    }
    return r;
  }

  /**
   * True when the victims of an event with no named actor may be the main attacker's (session 11): they name no
   * state, or the attacker's own, or the main attacker struck that state in an asserted attack
   * of the article. «مقتل خاشقجي» in an article whose main attacker is the Israeli army (on Gaza)
   * is no Israeli act.
   */
  private static boolean strikesVictims(List<Cand> all, Part attacker, Cand event) {
    Part victims = event.recipient;
    if (victims == null || victims.country() == null || victims.country().equals(attacker.country())) {
      return true;
    }
    String k = key(attacker);
    for (Cand o : all) {
      if (o.type().equals("ASSAULT") && o.fact == Factuality.ASSERTED && o.actor != null && key(o.actor).equals(k)
          && o.recipient != null && victims.country().equals(o.recipient.country())) {
        return true;
      }
    }
    return false;
  }
}
