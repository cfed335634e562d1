package org.marsad.events;

import static org.marsad.events.Cand.key;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.cluster.ClusterRule;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Attribution;
import org.marsad.model.Count;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.Factuality;
import org.marsad.model.Participant;
import org.marsad.model.Place;
import org.marsad.model.Quote;
import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.numbers.DateResolver;

/**
 * Merges candidates into events and builds the {@link Event} records.
 *
 * <p>Rules:
 * <ol>
 *   <li><b>One sentence</b>: triggers of one type in one sentence with the same sides are one candidate when one is
 *       a casualty word, both have an actor or they share a clause; a noun joins the verb of its clause; the first
 *       actor is kept unless a strong trigger names one after a casualty word ({@link #mergeSentence});</li>
 *   <li><b>Place</b>: the first place after the trigger in its clause, else after a locative preposition, else the
 *       sentence's first place that is no participant ({@link #place(List, List, int, int, Cand)}); <b>date</b>: the
 *       sentence's first date, else the published one ({@link #date});</li>
 *   <li><b>Other side from the same event</b>: a mention naming one side takes the other from the article's one
 *       other event of its type and named side, unless in towns far apart ({@link #fillFromSameEvent});</li>
 *   <li><b>One article</b>: events with the same type, actor, recipient and historical status are one record that
 *       keeps every mention ({@link #merge}); a record missing one side joins the fuller record of the same other
 *       side ({@link #absorbPartial}), unless their towns are more than {@value #SAME_PLACE_KM} km apart
 *       ({@link #farApart});</li>
 *   <li><b>Transnational groups</b> (ISIS, al-Qaeda) take the country of the event's place.</li>
 * </ol>
 */
final class EventRecords {
  private final Ontology ontology;
  private final KnowledgeBase kb;

  EventRecords(Ontology ontology, KnowledgeBase kb) {
    this.ontology = ontology;
    this.kb = kb;
  }

  /** The preposition of a fight with someone («اشتباكات مع», «مواجهات مع»): such fights have no direction. */
  private static final String WITH = "مع";

  /**
   * A mention that names only one side of an event takes the other side from the article's one other event of the
   * same type and the same named side («قُتل ... في القصف الأذربيجاني» joins «شنت أذربيجان هجوما على ...»), or from a
   * clash whose either side is the victims' («مواجهات بين متظاهرين فلسطينيين والجيش الإسرائيلي», session 10), unless
   * the two happened in towns far apart ({@link #farApart}).
   */
  void fillFromSameEvent(List<Cand> cs, String text) {
    for (Cand c : cs) {
      boolean hasA = c.actor != null && c.actor.identified();
      boolean hasR = c.recipient != null && c.recipient.identified();
      if (hasA == hasR) {
        continue;
      }
      Part found = null;
      boolean unique = true;
      for (Cand o : cs) {
        if (o == c || !o.type().equals(c.type()) || (o.fact == Factuality.HISTORICAL) != (c.fact == Factuality.HISTORICAL)) {
          continue;
        }
        Part mine = hasA ? o.actor : o.recipient;
        Part other = hasA ? o.recipient : o.actor;
        if (!hasA && o.trigger.entry().preps().contains(WITH) && o.actor != null && o.recipient != null
            && key(o.actor).equals(key(c.recipient))) {
          mine = o.actor; // «قتل 7 فلسطينيين خلال مواجهات بين متظاهرين فلسطينيين والجيش الإسرائيلي»: a clash has no
          other = o.recipient; // direction, so the victims' side faced the other one (session 10)
        }
        if (mine == null || other == null || !other.identified() || !key(mine).equals(key(hasA ? c.actor : c.recipient))
            || farApart(place(text, c.place), place(text, o.place))) {
          continue;
        }
        if (found != null && !key(found).equals(key(other))) {
          unique = false;
        }
        found = found == null ? other : found;
      }
      if (found != null && unique) {
        if (hasA) {
          c.recipient = found;
        } else {
          c.actor = found;
        }
      }
    }
  }

  /** Tokens after a negated verb within which a noun of its type is its object («لن تستقبل لقاء القمة»). */
  static final int NEGATED_OBJECT_REACH = 2;

  /**
   * True when {@code c} is a noun of the same event right after the negated verb {@code into}, in its clause, within
   * {@link #NEGATED_OBJECT_REACH} tokens (session 21, ev21b): «روسيا لن تستقبل لقاء القمة» — the summit Russia will
   * not host is not asserted by its noun, which the negation's window of two tokens does not reach.
   */
  static boolean negatedObject(Cand into, Cand c) {
    return into.fact == Factuality.NEGATED && into.trigger.entry().verb() && !c.trigger.entry().verb()
        && c.clause == into.clause && c.trigger.first() >= into.trigger.end()
        && c.trigger.first() - into.trigger.end() <= NEGATED_OBJECT_REACH;
  }

  /** Same-type triggers of one sentence become one candidate; casualty words join the sentence's ASSAULT. */
  static List<Cand> mergeSentence(List<Cand> cs) {
    List<Cand> out = new ArrayList<>();
    for (Cand c : cs) {
      Cand into = null;
      for (Cand o : out) {
        if (o.type().equals(c.type()) && (compatible(o, c) || o.clause == c.clause && o.trigger.entry().verb()
            && !c.trigger.entry().verb())) {
          into = o;
          break;
        }
      }
      if (into == null) {
        out.add(c);
        continue;
      }
      boolean cStrong = CasualtyCounter.kindOf(c.trigger.entry()) < 0 && CasualtyCounter.kindOf(into.trigger.entry()) >= 0;
      if (into.actor == null || (cStrong && c.actor != null)) {
        into.actor = c.actor != null ? c.actor : into.actor;
      }
      if (into.recipient == null) {
        into.recipient = c.recipient;
      }
      if (into.fact != Factuality.ASSERTED && c.fact == Factuality.ASSERTED && !c.trigger.entry().has("weak")
          && !(into.fact == Factuality.HYPOTHETICAL && (c.clause > into.clause
          || c.clause == into.clause && c.trigger.first() >= into.trigger.end()))
          && !negatedObject(into, c)) {
        into.fact = c.fact; // a weapon named with a future strike («ستوجه ضربة باستخدام صواريخ») asserts nothing,
                            // nor does a later clause describing a foiled or planned attack («إحباط هجمات، كانت تستهدف»),
                            // nor the object of the planned act («تستعد لإعادة فرض جميع العقوبات»; session 10)
      }
      into.mentions.addAll(c.mentions);
      into.rolesNamed |= c.rolesNamed;
      into.victimsOnly &= c.victimsOnly;
      into.namedWar &= c.namedWar;
      if (!into.statementObject && c.statementObject) {
        into.statementObject = true;
        into.objectEvent = c.objectEvent;
      }
    }
    return out;
  }

  /** True when two same-type triggers of a sentence are one event: same sides, and a casualty word, one actor or one clause. */
  private static boolean compatible(Cand a, Cand b) {
    if (!same(a.actor, b.actor) || !same(a.recipient, b.recipient)) {
      return false;
    }
    boolean casualty = CasualtyCounter.kindOf(a.trigger.entry()) >= 0 || CasualtyCounter.kindOf(b.trigger.entry()) >= 0;
    boolean sameActor = a.actor != null && b.actor != null;
    return casualty || sameActor || a.clause == b.clause;
  }

  /** True when either side is missing or both are the same. */
  private static boolean same(Part x, Part y) {
    return x == null || y == null || key(x).equals(key(y));
  }

  /**
   * Where the event happened: the first place after the trigger in its clause, else the first place after a locative
   * preposition in the sentence (neither where someone lives: «غولن المقيم في الولايات المتحدة», session 10, nor the
   * venue of talks: «محادثات أستانا», session 11), else the
   * first place of the sentence that is no participant; neither of the last two is the speaker's place before «إن»
   * ({@link SpeakerPlaces}, session 18); none is a partner after «مع» ({@link PartnerPlaces}, session 21).
   */
  static Part place(List<Part> ps, List<Token> tokens, Cues cues, int from, int to, Cand c) {
    int b = c.trigger.end();
    for (Part p : ps) {
      if (p.first() >= b && isPlace(p) && p != c.actor && !c.coActors.contains(p) && !Clause.between(tokens, b, p.first())
          && !Parts.AGENT_PREPS_VIEW.contains(p.prep()) && !Asides.residence(tokens, p)
          && !PartnerPlaces.partner(tokens, p, c)) { // not «قرب الحدود مع أفغانستان» (session 21)
        return p;
      }
    }
    int t = c.trigger.first();
    for (Part p : ps) {
      if (isPlace(p) && Parts.LOCATIVE.contains(p.prep()) && !Asides.residence(tokens, p) && !Parts.venue(tokens, p)
          && !SpeakerPlaces.speakers(tokens, cues, ps, p, from, t) // not «قال الجيش في واشنطن إنه نفذ ضربة» (session 18)
          && !PartnerPlaces.partner(tokens, p, c)) {
        return p;
      }
    }
    for (Part p : ps) {
      if (isPlace(p) && p != c.actor && p != c.recipient && (p.entity().kb() == null
          || !p.entity().kb().startsWith("iso3:")) && !SpeakerPlaces.speakers(tokens, cues, ps, p, from, t)
          && !PartnerPlaces.partner(tokens, p, c)) {
        return p;
      }
    }
    return null;
  }

  private static boolean isPlace(Part p) {
    return p.entity() != null && p.entity().lat() != null && !p.nisba() && p.place();
  }

  /** The sentence's first date, else the published date; null without a published date. */
  static EventDate date(List<DateResolver.DateMention> ds, LocalDate published) {
    if (published == null) {
      return null;
    }
    if (!ds.isEmpty()) {
      DateResolver.DateMention d = ds.get(0);
      return new EventDate(d.value(), d.precision(), d.basis());
    }
    return new EventDate(published.toString(), "day", "published");
  }

  /** Article-level merge and conversion to {@link Event} records. */
  List<Event> merge(Document doc, List<Cand> cs) {
    Map<String, Event> byKey = new LinkedHashMap<>();
    Map<String, EventDate> countDates = new HashMap<>();
    String text = doc.text();
    for (Cand c : cs) {
      String k = c.type() + "|" + key(c.actor) + "|" + key(c.recipient) + "|" + (c.fact == Factuality.HISTORICAL);
      Event prev = byKey.get(k);
      if (prev == null) {
        byKey.put(k, event(doc, c));
        countDates.put(k, c.countDate);
        continue;
      }
      List<Span> mentions = new ArrayList<>(prev.mentions());
      mentions.addAll(c.mentions);
      Map<String, Count> numbers = new LinkedHashMap<>(prev.numbers());
      if (!ForeignCounts.apart(countDates.get(k), prev.location(), c.countDate, place(text, c.place))) {
        c.numbers.forEach(numbers::putIfAbsent); // not the toll of another day or town (session 14)
      }
      List<Attribution> attr = new ArrayList<>(prev.attribution());
      for (Attribution a : c.attribution) {
        if (attr.stream().noneMatch(x -> x.start() == a.start())) {
          attr.add(a);
        }
      }
      Place loc = prev.location() != null ? prev.location() : place(text, c.place);
      byKey.put(k, new Event(prev.id(), prev.type(), prev.mode(), prev.cameo(), prev.acled(), prev.score(),
          prev.factuality(), prev.sentence(), prev.trigger(), prev.actor(), prev.recipient(), loc, prev.date(),
          numbers, attr, prev.quote(), prev.confidence(), mentions));
    }
    Map<Integer, Part> context = new HashMap<>();
    for (Cand c : cs) {
      if (c.contextPlace != null) {
        for (Span m : c.mentions) {
          context.putIfAbsent(m.start(), c.contextPlace);
        }
      }
    }
    List<Event> out = new ArrayList<>();
    int n = 1;
    for (Event e : absorbPartial(new ArrayList<>(byKey.values()))) {
      out.add(placedByContext(e, context, text).withId("V" + n++));
    }
    return out;
  }

  /**
   * An event that no mention placed takes the place of the text before its first mention that has one
   * ({@link ContextPlaces}, session 21); its sides stay as they are.
   */
  private Event placedByContext(Event e, Map<Integer, Part> context, String text) {
    if (e.location() != null || context.isEmpty()) {
      return e;
    }
    for (Span m : e.mentions()) {
      Part p = context.get(m.start());
      if (p != null) {
        return e.withLocation(place(text, p));
      }
    }
    return e;
  }

  /**
   * A mention that names no actor (or no recipient) of an event whose other side, type and historical
   * status match an event that names both is a further mention of that event: «قُتل ثلاثة» after «قصفت
   * إسرائيل غزة». It merges into the fuller event, whose fields win; its mentions, numbers the fuller event
   * lacks and its place (when the fuller one has none) are kept. A side held by an organisation without a
   * country (the UN, WHO) counts as named. A mention placed in a town more than {@value #SAME_PLACE_KM} km from the
   * fuller event's town is another event («70 قتيلا في هجوم على دوما» beside a strike on an airbase near Homs).
   */
  static List<Event> absorbPartial(List<Event> events) {
    List<Event> out = new ArrayList<>(events);
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      boolean noActor = e.actor() == null;
      boolean noRecipient = e.recipient() == null;
      if (noActor == noRecipient) {
        continue;
      }
      String other = noActor ? country(e.recipient()) : country(e.actor());
      if (other == null) {
        continue;
      }
      int target = -1;
      for (int j = 0; j < out.size() && target < 0; j++) {
        Event f = out.get(j);
        if (j != i && f.type().equals(e.type()) && historical(f) == historical(e)
            && f.actor() != null && f.recipient() != null && country(f.actor()) != null
            && country(f.recipient()) != null
            && other.equals(noActor ? country(f.recipient()) : country(f.actor()))
            && !farApart(e.location(), f.location())) {
          target = j;
        }
      }
      if (target < 0) {
        continue;
      }
      Event f = out.get(target);
      List<Span> mentions = new ArrayList<>(f.mentions());
      mentions.addAll(e.mentions());
      Map<String, Count> numbers = new LinkedHashMap<>(f.numbers());
      e.numbers().forEach(numbers::putIfAbsent);
      List<Attribution> attr = new ArrayList<>(f.attribution());
      for (Attribution a : e.attribution()) {
        if (attr.stream().noneMatch(x -> x.start() == a.start())) {
          attr.add(a);
        }
      }
      out.set(target, new Event(f.id(), f.type(), f.mode(), f.cameo(), f.acled(), f.score(), f.factuality(),
          f.sentence(), f.trigger(), f.actor(), f.recipient(), f.location() != null ? f.location() : e.location(),
          f.date(), numbers, attr, f.quote(), f.confidence(), mentions));
      out.remove(i);
      i = -1;
    }
    return out;
  }

  /** Distance beyond which two town-precise places are two events' places. */
  static final int SAME_PLACE_KM = 50;

  /** True when both places are towns (or finer) more than {@link #SAME_PLACE_KM} km apart. */
  static boolean farApart(Place a, Place b) {
    if (a == null || b == null || a.lat() == null || b.lat() == null || coarse(a) || coarse(b)) {
      return false;
    }
    return ClusterRule.km(a.lat(), a.lon(), b.lat(), b.lon()) > SAME_PLACE_KM;
  }

  private static boolean coarse(Place p) {
    return p.precision() == null || p.precision().equals("country") || p.precision().equals("admin1");
  }

  private static String country(Participant p) {
    return p == null ? null : p.country();
  }

  private static boolean historical(Event e) {
    return e.factuality() == Factuality.HISTORICAL;
  }

  private Event event(Document doc, Cand c) {
    String text = doc.text();
    List<Token> tokens = doc.tokens();
    TriggerLexicon.Entry e = c.trigger.entry();
    String mode = ontology.isValid(e.type(), e.mode()) ? e.mode() : null;
    Sentence s = doc.sentences().get(c.sentence);
    Token t0 = tokens.get(c.trigger.first());
    Token t1 = tokens.get(c.trigger.end() - 1);
    Place place = place(text, c.place);
    Participant actor = c.actor == null ? null : participant(c.actor, place, text);
    Participant recipient = c.recipient == null ? null : participant(c.recipient, place, text);
    Quote quote = null;
    if (c.quote != null && actor != null) {
      int qs = tokens.get(c.quote[0]).start();
      int qe = tokens.get(c.quote[1] - 1).end();
      quote = new Quote(text.substring(qs, qe), qs, qe, actor);
    }
    double conf = 0.4 + (actor != null && c.actor.identified() ? 0.25 : 0) + (recipient != null ? 0.15 : 0)
        + (e.hand() ? 0.1 : 0) + (e.has("weak") ? -0.1 : 0.05);
    return new Event("V", e.type(), mode, e.cameo(), ontology.acled(e.type(), mode), ontology.score(e.type(), mode),
        c.fact, s.span(), new Event.Trigger(text.substring(t0.start(), t1.end()), t0.start(), t1.end()),
        actor, recipient, place, c.date, c.numbers, c.attribution, quote,
        Math.round(conf * 100) / 100.0, c.mentions);
  }

  /**
   * Groups that operate across states take the country of the event's place, as the annotation guide codes them
   * («ISIS in Iraq → IRQ»); their knowledge-base country is only that of their core (ISIS: SYR, al-Qaeda: AFG).
   */
  private static final Set<String> TRANSNATIONAL = Set.of("group:ISIS", "group:AL_QAEDA");

  /** True for the knowledge-base id of a group that operates across states ({@link #TRANSNATIONAL}). */
  static boolean transnational(String kb) {
    return TRANSNATIONAL.contains(kb);
  }

  private static Participant participant(Part p, Place place, String text) {
    Participant q = p.participant(text);
    if (place != null && place.country() != null && p.entity() != null && p.entity().kb() != null
        && transnational(p.entity().kb())) {
      return new Participant(q.text(), q.start(), q.end(), q.name(), place.country(), q.sector(), q.entity());
    }
    return q;
  }

  /** The place record of a part with coordinates (precision from the knowledge base), or null. */
  private Place place(String text, Part p) {
    if (p == null || p.entity() == null || p.entity().lat() == null) {
      return null;
    }
    Entity e = p.entity();
    Optional<KbEntry> k = e.kb() == null ? Optional.empty()
        : kb.byId(e.kb());
    String precision = k.map(KbEntry::precision).orElse(null);
    if (precision == null) {
      precision = e.kb() != null && e.kb().startsWith("iso3:") ? "country"
          : e.type() == EntityType.LOC ? "admin1" : "city";
    }
    Long geonames = k.map(KbEntry::geonames).orElse(null);
    return new Place(e.text(), e.start(), e.end(), e.name(), e.country(), e.lat(), e.lon(), precision, geonames);
  }
}
