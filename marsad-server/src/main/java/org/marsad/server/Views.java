package org.marsad.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marsad.cluster.Figures;
import org.marsad.store.ActorCount;
import org.marsad.store.ClusterSummary;
import org.marsad.store.DocumentSummary;
import org.marsad.store.EventSummary;
import org.marsad.store.Page;
import org.marsad.store.SearchHit;
import org.marsad.store.Stats;

/** The JSON shapes of the API, built from the store's records. */
final class Views {
  private Views() {
  }

  static ObjectNode obj() {
    return Http.mapper().createObjectNode();
  }

  static <T> ObjectNode page(Page<T> p, Function<T, ObjectNode> item) {
    ObjectNode n = obj();
    n.put("total", p.total());
    n.put("limit", p.limit());
    n.put("offset", p.offset());
    ArrayNode items = n.putArray("items");
    p.items().forEach(t -> items.add(item.apply(t)));
    return n;
  }

  static ObjectNode event(EventSummary e) {
    ObjectNode n = obj();
    n.put("id", e.id());
    n.put("doc", e.documentId());
    n.put("localId", e.localId());
    if (e.clusterId() == null) {
      n.putNull("cluster");
    } else {
      n.put("cluster", e.clusterId());
    }
    n.put("type", e.type());
    n.put("mode", e.mode());
    n.put("cameo", e.cameo());
    if (e.acledType() == null) {
      n.putNull("acled");
    } else {
      ObjectNode a = n.putObject("acled");
      a.put("type", e.acledType());
      a.put("subtype", e.acledSubtype());
    }
    n.put("factuality", e.factuality());
    n.put("date", str(e.date()));
    n.put("datePrecision", e.datePrecision());
    n.put("country", e.country());
    n.set("actor", party(e.actor(), e.actorCountry()));
    n.set("recipient", party(e.recipient(), e.recipientCountry()));
    if (e.place() == null && e.lat() == null) {
      n.putNull("location");
    } else {
      ObjectNode l = n.putObject("location");
      l.put("name", e.place());
      l.put("country", e.country());
      l.put("lat", e.lat());
      l.put("lon", e.lon());
      l.put("precision", e.geoPrecision());
    }
    ObjectNode nums = n.putObject("numbers");
    e.numbers().forEach(nums::put);
    n.put("trigger", e.trigger());
    n.put("sentence", e.sentence());
    n.put("confidence", Math.round(e.confidence() * 100) / 100.0);
    n.put("title", e.title());
    n.put("outlet", e.outlet());
    n.put("url", e.url());
    n.put("published", str(e.published()));
    return n;
  }

  private static ObjectNode party(String name, String country) {
    if (name == null && country == null) {
      return null;
    }
    ObjectNode p = obj();
    p.put("name", name);
    p.put("country", country);
    return p;
  }

  static ObjectNode cluster(ClusterSummary c) {
    ObjectNode n = obj();
    n.put("id", c.id());
    n.put("type", c.type());
    n.put("country", c.country());
    n.put("firstDate", str(c.firstDate()));
    n.put("lastDate", str(c.lastDate()));
    n.put("lat", c.lat());
    n.put("lon", c.lon());
    n.put("size", c.events());
    n.put("documents", c.documents());
    ObjectNode nums = n.putObject("numbers");
    for (Map.Entry<String, Figures> f : c.numbers().entrySet()) {
      ObjectNode x = nums.putObject(f.getKey());
      x.put("low", f.getValue().low());
      x.put("best", f.getValue().best());
      x.put("high", f.getValue().high());
      x.put("reports", f.getValue().reports());
    }
    ArrayNode src = n.putArray("sources");
    c.sources().forEach(src::add);
    return n;
  }

  static ObjectNode document(DocumentSummary d) {
    ObjectNode n = obj();
    n.put("id", d.id());
    n.put("key", d.key());
    n.put("title", d.title());
    n.put("url", d.url());
    n.put("outlet", d.outlet());
    n.put("published", str(d.published()));
    n.put("events", d.events());
    return n;
  }

  static ObjectNode actor(ActorCount a) {
    ObjectNode n = obj();
    n.put("name", a.name());
    n.put("country", a.country());
    n.put("events", a.events());
    return n;
  }

  static ObjectNode stats(Stats s) {
    ObjectNode n = obj();
    n.put("events", s.events());
    n.put("clusters", s.clusters());
    n.put("documents", s.documents());
    ArrayNode days = n.putArray("byDay");
    for (Map.Entry<LocalDate, Long> e : s.byDay().entrySet()) {
      days.addObject().put("key", e.getKey().toString()).put("count", e.getValue());
    }
    n.set("byType", counts(s.byType()));
    n.set("byCountry", counts(s.byCountry()));
    return n;
  }

  private static ArrayNode counts(Map<String, Long> m) {
    ArrayNode a = Http.mapper().createArrayNode();
    m.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
        .forEach(e -> a.addObject().put("key", e.getKey()).put("count", e.getValue()));
    return a;
  }

  static ObjectNode hit(SearchHit h) {
    ObjectNode n = obj();
    n.put("doc", h.documentId());
    n.put("title", h.title());
    n.put("url", h.url());
    n.put("published", str(h.published()));
    n.put("score", h.score());
    n.put("snippet", h.snippet());
    ArrayNode ev = n.putArray("events");
    h.eventIds().forEach(ev::add);
    return n;
  }

  static ArrayNode list(List<ObjectNode> nodes) {
    ArrayNode a = Http.mapper().createArrayNode();
    nodes.forEach(a::add);
    return a;
  }

  private static String str(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
