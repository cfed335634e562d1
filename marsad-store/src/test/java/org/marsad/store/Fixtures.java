package org.marsad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.AcledType;
import org.marsad.model.Count;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.Factuality;
import org.marsad.model.Participant;
import org.marsad.model.Place;
import org.marsad.model.Span;

/** Hand-built analysed articles (our own sentences), so store tests do not depend on extraction quality. */
final class Fixtures {
  private Fixtures() {
  }

  static final double ALEPPO_LAT = 36.2021;
  static final double ALEPPO_LON = 37.1343;

  /**
   * An article reporting an air strike on Aleppo with {@code killed} dead, by {@code outlet}.
   */
  static Document strike(String id, String outlet, long killed, LocalDate day) {
    String text = "قالت مصادر محلية لموقع " + outlet + " إن غارة جوية استهدفت حي الشعار في مدينة حلب وأسفرت عن مقتل " + killed
        + " مدنيين. وأضافت المصادر أن فرق الإنقاذ ما زالت تبحث عن ناجين.";
    return withEvent(Document.of(id, text, day, "غارة على حلب", "https://example.org/" + outlet + "/" + id, outlet),
        "ASSAULT", "غارة", killed, day, "RUS", "SYR", "حلب", "SYR", ALEPPO_LAT, ALEPPO_LON, Factuality.ASSERTED);
  }

  /** A strike report at a given place (for generated workloads). */
  static Document strikeAt(String id, String outlet, long killed, LocalDate day, double lat, double lon) {
    String text = "أفاد مراسل " + outlet + " بأن قصفا استهدف موقعا عند الإحداثيات " + lat + " و" + lon
        + " يوم " + day + " وأسفر عن مقتل " + killed + " أشخاص، في الخبر رقم " + id + ".";
    return withEvent(Document.of(id, text, day, "قصف " + id, "https://example.org/" + id, outlet),
        "ASSAULT", "قصفا", killed, day, "RUS", "SYR", "موقعا", "SYR", lat, lon, Factuality.ASSERTED);
  }

  /** The i-th document of a generated workload: 10 places (about 110 km apart) x reports 3 days apart. */
  static Document workload(int i) {
    return strikeAt("k" + i, "outlet" + (i % 7), i % 20, LocalDate.of(2024, 1, 1).plusDays((i / 10 % 60) * 3L),
        30.0 + (i % 10), 40.0);
  }

  /** An article about a protest in Cairo. */
  static Document protest(String id, String outlet, LocalDate day) {
    String text = "تظاهر مئات الطلاب أمام جامعة القاهرة احتجاجا على ارتفاع الرسوم الدراسية.";
    return withEvent(Document.of(id, text, day, "احتجاج في القاهرة", null, outlet),
        "PROTEST", "تظاهر", -1, day, "EGY", null, "القاهرة", "EGY", 30.0444, 31.2357, Factuality.ASSERTED);
  }

  static Document withEvent(Document d, String type, String triggerWord, long killed, LocalDate day,
                            String actorCountry, String recipientCountry, String placeWord, String placeCountry,
                            Double lat, Double lon, Factuality factuality) {
    String text = d.text();
    int t = text.indexOf(triggerWord);
    int p = text.indexOf(placeWord);
    int dot = text.indexOf('.');
    Map<String, Count> numbers = new LinkedHashMap<>();
    if (killed >= 0) {
      numbers.put("killed", new Count(killed, "exact", killed));
    }
    Participant actor = actorCountry == null ? null
        : new Participant("الطيران", 0, 0, actorCountry + " forces", actorCountry, "MIL", null);
    Participant recipient = recipientCountry == null ? null
        : new Participant("مدنيين", 0, 0, "civilians", recipientCountry, "CVL", null);
    Place place = new Place(placeWord, p, p + placeWord.length(), placeWord, placeCountry, lat, lon, "city", null);
    List<Event> events = new ArrayList<>(d.events());
    events.add(new Event("V" + (events.size() + 1), type, null, "195", new AcledType("Explosions/Remote violence",
        "Air/drone strike"), -9.5, factuality, new Span(0, dot + 1), new Event.Trigger(triggerWord, t,
        t + triggerWord.length()), actor, recipient, place, new EventDate(day.toString(), "day", "published"),
        numbers, List.of(), null, 0.8, List.of(new Span(t, t + triggerWord.length()))));
    return d.withEvents(events);
  }

  /** {@code d} with the actor of each event renamed {@code name} (same country and sector). */
  static Document withActorName(Document d, String name) {
    List<Event> events = new ArrayList<>();
    for (Event e : d.events()) {
      Participant a = e.actor();
      events.add(new Event(e.id(), e.type(), e.mode(), e.cameo(), e.acled(), e.score(), e.factuality(), e.sentence(),
          e.trigger(), new Participant(a.text(), a.start(), a.end(), name, a.country(), a.sector(), a.entity()),
          e.recipient(), e.location(), e.date(), e.numbers(), e.attribution(), e.quote(), e.confidence(),
          e.mentions()));
    }
    return d.withEvents(events);
  }

  /** {@code d} with the numbers of each event replaced by {@code numbers}. */
  static Document withNumbers(Document d, Map<String, Count> numbers) {
    List<Event> events = new ArrayList<>();
    for (Event e : d.events()) {
      events.add(new Event(e.id(), e.type(), e.mode(), e.cameo(), e.acled(), e.score(), e.factuality(), e.sentence(),
          e.trigger(), e.actor(), e.recipient(), e.location(), e.date(), numbers, e.attribution(), e.quote(),
          e.confidence(), e.mentions()));
    }
    return d.withEvents(events);
  }
}
