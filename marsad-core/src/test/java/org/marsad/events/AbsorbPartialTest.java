package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.Count;
import org.marsad.model.Event;
import org.marsad.model.Factuality;
import org.marsad.model.Participant;
import org.marsad.model.Span;

/** A mention without an actor (or recipient) joins the fuller event of the same type and other side. */
class AbsorbPartialTest {
  private static Participant p(String country) {
    return new Participant("x", 0, 1, country, country, "GOV", null);
  }

  private static Event ev(String type, Participant actor, Participant recipient, Factuality f, int at,
                          Map<String, Count> numbers) {
    return new Event("V", type, null, "190", null, -10, f, new Span(at, at + 5), new Event.Trigger("y", at, at + 1),
        actor, recipient, null, null, numbers, List.of(), null, 0.5, List.of(new Span(at, at + 1)));
  }

  @Test
  void actorlessMentionJoinsTheFullEventAndBringsItsNumbers() {
    Event full = ev("ASSAULT", p("ISR"), p("PSE"), Factuality.ASSERTED, 0, Map.of());
    Event partial = ev("ASSAULT", null, p("PSE"), Factuality.ASSERTED, 10, Map.of("killed", new Count(52, "at_least", null)));
    List<Event> out = EventRecords.absorbPartial(List.of(full, partial));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).actor().country()).isEqualTo("ISR");
    assertThat(out.get(0).numbers()).containsKey("killed");
    assertThat(out.get(0).mentions()).hasSize(2);
  }

  private static Event at(Event e, String town, double lat, double lon, String precision) {
    return new Event(e.id(), e.type(), e.mode(), e.cameo(), e.acled(), e.score(), e.factuality(), e.sentence(),
        e.trigger(), e.actor(), e.recipient(), new org.marsad.model.Place(town, 0, 1, town, "SYR", lat, lon, precision,
        null), e.date(), e.numbers(), e.attribution(), e.quote(), e.confidence(), e.mentions());
  }

  @Test
  void aMentionInADistantTownIsAnotherEvent() {
    Event full = at(ev("ASSAULT", p("USA"), p("SYR"), Factuality.ASSERTED, 0, Map.of()), "Homs", 34.73, 36.72, "city");
    Event far = at(ev("ASSAULT", null, p("SYR"), Factuality.ASSERTED, 10, Map.of("killed", new Count(9, "exact", null))),
        "Douma", 33.57, 36.40, "city");
    assertThat(EventRecords.absorbPartial(List.of(full, far))).hasSize(2);
    Event near = at(ev("ASSAULT", null, p("SYR"), Factuality.ASSERTED, 10, Map.of()), "Rastan", 34.92, 36.73, "city");
    assertThat(EventRecords.absorbPartial(List.of(full, near))).hasSize(1);
    Event country = at(ev("ASSAULT", null, p("SYR"), Factuality.ASSERTED, 10, Map.of()), "Syria", 35.0, 38.0, "country");
    assertThat(EventRecords.absorbPartial(List.of(full, country))).hasSize(1);
  }

  @Test
  void otherTypesOtherRecipientsAndHistoryStayApart() {
    Event full = ev("ASSAULT", p("ISR"), p("PSE"), Factuality.ASSERTED, 0, Map.of());
    Event otherType = ev("ACCUSE", null, p("PSE"), Factuality.ASSERTED, 10, Map.of());
    Event otherSide = ev("ASSAULT", null, p("SYR"), Factuality.ASSERTED, 20, Map.of());
    Event past = ev("ASSAULT", null, p("PSE"), Factuality.HISTORICAL, 30, Map.of());
    assertThat(EventRecords.absorbPartial(List.of(full, otherType, otherSide, past))).hasSize(4);
  }

  @Test
  void anOrganisationAsActorIsNamedAndStaysApart() {
    Event full = ev("ACCUSE", p("USA"), p("SYR"), Factuality.ASSERTED, 0, Map.of());
    Participant who = new Participant("منظمة الصحة العالمية", 0, 5, "WHO", null, "IGO", null);
    Event igo = ev("ACCUSE", who, p("SYR"), Factuality.ASSERTED, 10, Map.of());
    assertThat(EventRecords.absorbPartial(List.of(full, igo))).hasSize(2);
  }
}
