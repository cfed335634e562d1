package org.marsad.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.marsad.model.Attribution;
import org.marsad.model.Count;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Participant;
import org.marsad.model.Place;
import org.marsad.model.Span;

/**
 * Writes analysed documents as {@code marsad/1} records (see SCHEMA.md). Thread-safe.
 */
public final class RecordJson {
  /** The schema tag of every record. */
  public static final String SCHEMA = "marsad/1";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RecordJson() {
  }

  /** The shared, thread-safe mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The record of {@code doc} as a JSON tree. */
  public static ObjectNode toTree(Document doc) {
    ObjectNode rec = MAPPER.createObjectNode();
    rec.put("schema", SCHEMA);
    rec.set("doc", docNode(doc.id(), doc.published() == null ? null : doc.published().toString(),
        doc.title(), doc.url(), doc.outlet()));
    ArrayNode ents = rec.putArray("entities");
    for (Entity e : doc.entities()) {
      ObjectNode n = ents.addObject();
      n.put("id", e.id());
      n.put("type", e.type().name());
      n.put("text", e.text());
      n.put("start", e.start());
      n.put("end", e.end());
      n.put("name", e.name());
      n.put("country", e.country());
      n.put("kb", e.kb());
      n.put("lat", e.lat());
      n.put("lon", e.lon());
      n.put("sector", e.sector());
      n.put("source", e.source());
    }
    ArrayNode evs = rec.putArray("events");
    for (Event v : doc.events()) {
      evs.add(eventNode(v));
    }
    return rec;
  }

  /** One line of JSON (no line breaks inside). */
  public static String toLine(Document doc) {
    try {
      return MAPPER.writeValueAsString(toTree(doc));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Pretty-printed JSON. */
  public static String toPretty(Document doc) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(doc));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The error record for an input that could not be analysed. */
  public static String errorLine(String id, String message) {
    ObjectNode rec = MAPPER.createObjectNode();
    rec.put("schema", SCHEMA);
    rec.set("doc", docNode(id, null, null, null, null));
    rec.put("error", message);
    rec.putArray("entities");
    rec.putArray("events");
    try {
      return MAPPER.writeValueAsString(rec);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode docNode(String id, String published, String title, String url, String outlet) {
    ObjectNode d = MAPPER.createObjectNode();
    d.put("id", id);
    d.put("lang", "ar");
    d.put("published", published);
    d.put("title", title);
    d.put("url", url);
    d.put("outlet", outlet);
    return d;
  }

  /** The JSON form of one event. */
  public static ObjectNode eventNode(Event v) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", v.id());
    n.put("type", v.type());
    n.put("mode", v.mode());
    n.put("cameo", v.cameo());
    if (v.acled() == null) {
      n.putNull("acled");
    } else {
      ObjectNode a = n.putObject("acled");
      a.put("type", v.acled().type());
      a.put("subtype", v.acled().subtype());
    }
    n.put("score", v.score());
    n.put("factuality", v.factuality().json());
    n.set("sentence", span(v.sentence()));
    if (v.trigger() == null) {
      n.putNull("trigger");
    } else {
      ObjectNode t = n.putObject("trigger");
      t.put("text", v.trigger().text());
      t.put("start", v.trigger().start());
      t.put("end", v.trigger().end());
    }
    n.set("actor", participant(v.actor()));
    n.set("recipient", participant(v.recipient()));
    n.set("location", place(v.location()));
    if (v.date() == null) {
      n.putNull("date");
    } else {
      ObjectNode d = n.putObject("date");
      d.put("value", v.date().value());
      d.put("precision", v.date().precision());
      d.put("basis", v.date().basis());
    }
    ObjectNode nums = n.putObject("numbers");
    for (Map.Entry<String, Count> e : v.numbers().entrySet()) {
      ObjectNode c = nums.putObject(e.getKey());
      c.put("value", e.getValue().value());
      c.put("qualifier", e.getValue().qualifier());
      c.put("civilians", e.getValue().civilians());
    }
    ArrayNode attr = n.putArray("attribution");
    for (Attribution a : v.attribution()) {
      ObjectNode o = attr.addObject();
      o.put("text", a.text());
      o.put("start", a.start());
      o.put("end", a.end());
      o.put("name", a.name());
    }
    if (v.quote() == null) {
      n.putNull("quote");
    } else {
      ObjectNode q = n.putObject("quote");
      q.put("text", v.quote().text());
      q.put("start", v.quote().start());
      q.put("end", v.quote().end());
      q.set("speaker", participant(v.quote().speaker()));
    }
    n.put("confidence", Math.round(v.confidence() * 100) / 100.0);
    ArrayNode mentions = n.putArray("mentions");
    List<Span> ms = v.mentions();
    for (Span s : ms) {
      mentions.add(span(s));
    }
    return n;
  }

  private static ObjectNode span(Span s) {
    if (s == null) {
      return null;
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("start", s.start());
    o.put("end", s.end());
    return o;
  }

  private static ObjectNode participant(Participant p) {
    if (p == null) {
      return null;
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("text", p.text());
    o.put("start", p.start());
    o.put("end", p.end());
    o.put("name", p.name());
    o.put("country", p.country());
    o.put("sector", p.sector());
    o.put("entity", p.entity());
    return o;
  }

  private static ObjectNode place(Place p) {
    if (p == null) {
      return null;
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("text", p.text());
    o.put("start", p.start());
    o.put("end", p.end());
    o.put("name", p.name());
    o.put("country", p.country());
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    o.put("precision", p.precision());
    o.put("geonames", p.geonames());
    return o;
  }
}
