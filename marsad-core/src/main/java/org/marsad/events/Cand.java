package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.model.Attribution;
import org.marsad.model.Count;
import org.marsad.model.EventDate;
import org.marsad.model.Factuality;
import org.marsad.model.Span;

/** One event found in one sentence, before merging: its trigger, sides and fields, filled by {@link EventExtractor}. */
final class Cand {
  final TriggerLexicon.Match trigger;
  final int sentence;
  final List<Span> mentions = new ArrayList<>();
  Part actor;
  /** For a warning: a use of force, a sanction or a threat named after it in its sentence. */
  boolean warnsOfForce;
  /** Further speakers of the same statement («أدانت مصر والأردن»), in text order. */
  List<Part> coActors = List.of();
  /** Further objects of the same statement («اتهمت لندن كلا من روسيا وسوريا»), in text order ({@link CoRecipients}). */
  List<Part> coRecipients = List.of();
  /** Found in the headline repeated at the top of the text (telegraphic: read only with both sides named). */
  boolean headline;
  Part recipient;
  Factuality fact;
  Map<String, Count> numbers = Map.of();
  Part place;
  /** No place in its sentence: the last place of the sentences before, its place only ({@link ContextPlaces}). */
  Part contextPlace;
  EventDate date;
  /** The sentence's first date not after «منذ», for telling whether its counts belong to another event (session 14). */
  EventDate countDate;
  List<Attribution> attribution = List.of();
  int[] quote;
  boolean statementObject; // its object is an event noun: recipient from that event's actor
  boolean placeNear; // the place is in the trigger's clause or after a locative preposition
  boolean mirrored; // an exchange of fire named by two nisbas: each side attacks the other (session 17)
  Part protestPlace; // a protest with no sides named: the state of the place named after it (session 18)
  boolean homeProtest; // a protest with no sides named that may be the article's people's (session 19)
  boolean homeArrest; // an arrest with no sides named that may be the article's authorities' (session 21)
  Part arrestPlace; // an arrest with no arrester named: the state of the place named after it (session 17)
  boolean rolesNamed; // the sentence itself names an actor or recipient (not a fallback place or other event)
  boolean victimsOnly; // its triggers are only nouns naming victims («جرحى»), not reported as a result
  boolean namedWar; // «الحرب السورية»: «حرب» followed right away by a nisba
  boolean recipientFromPlace; // the ASSAULT's recipient is only the place it happened in
  boolean generalFighting; // «آثار المعارك», «ثلاثة أعوام من القتال»: fighting in general
  boolean supportEnjoyed; // «وتحظى القوات الكردية بدعم التحالف»: the sentence's subject is the one backed
  boolean receivesPeople; // «استقبلت إسرائيل الجرحى السوريين»: a reception of the wounded or refugees
  boolean ownOfficials; // «اتصل ترامب بوزير الدفاع الأمريكي»: a leader meets his own subordinates (session 17)
  Cand objectEvent;

  int clause;

  Cand(TriggerLexicon.Match trigger, int sentence) {
    this.trigger = trigger;
    this.sentence = sentence;
  }

  String type() {
    return trigger.entry().type();
  }

  /**
   * True for a candidate of {@code type} whose actor has a state and whose recipient is missing, stateless or of
   * the same state: one whose other side a later rule may still name («ردا على», a vow to respond).
   */
  boolean awaitsOtherSide(String type) {
    return type().equals(type) && actor != null && actor.country() != null
        && (recipient == null || recipient.country() == null || recipient.country().equals(actor.country()));
  }

  /** The same statement made by each further speaker, except where it would be this one or a self-event. */
  List<Cand> twins() {
    List<Cand> out = new ArrayList<>(coActors.size() + 1);
    if (mirrored && actor != null && recipient != null) {
      Cand m = twin(recipient); // «تبادل القصف الإسرائيلي الإيراني»: the other side's attack (session 17)
      m.recipient = actor;
      out.add(m);
    }
    for (Part co : coActors) {
      if (co.identified() && actor != null && !key(co).equals(key(actor))
          && !(recipient != null && key(co).equals(key(recipient)))) {
        out.add(twin(co));
      }
    }
    if (recipient == null || actor == null) {
      return out;
    }
    int speakers = out.size();
    for (Part r : coRecipients) {
      if (!r.identified() || key(r).equals(key(actor)) || key(r).equals(key(recipient))) {
        continue;
      }
      Cand t = twin(actor); // «اتهمت لندن كلا من روسيا وسوريا»: aimed at each object (session 21)
      t.recipient = r;
      out.add(t);
      for (int i = 0; i < speakers; i++) {
        if (out.get(i).actor != null && !key(out.get(i).actor).equals(key(r))) {
          Cand u = twin(out.get(i).actor);
          u.recipient = r;
          out.add(u);
        }
      }
    }
    return out;
  }

  private Cand twin(Part coActor) {
    Cand t = new Cand(trigger, sentence);
    t.mentions.addAll(mentions);
    t.actor = coActor;
    t.recipient = recipient;
    t.fact = fact;
    t.numbers = numbers;
    t.place = place;
    t.date = date;
    t.attribution = attribution;
    t.quote = quote;
    t.statementObject = statementObject;
    t.placeNear = placeNear;
    t.rolesNamed = rolesNamed;
    t.victimsOnly = victimsOnly;
    t.namedWar = namedWar;
    t.objectEvent = objectEvent;
    t.clause = clause;
    t.headline = headline;
    return t;
  }

  /** What tells two sides apart ({@link Part#side()}), "" for no side. */
  static String key(Part p) {
    return p == null ? "" : p.side();
  }
}
