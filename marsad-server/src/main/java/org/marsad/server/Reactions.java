package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.store.DocumentSummary;
import org.marsad.store.EventDetail;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;
import org.marsad.store.EventSummary;
import org.marsad.store.StoredDocument;

/**
 * The reaction matrix: which governments (and international organisations) condemned, demanded,
 * supported or offered to mediate, for one event, one cluster, or a conflict (a filter).
 *
 * <p>Rules:
 * <ol>
 *   <li>The <em>scope</em> is a set of articles: the event's article and the articles of every
 *       report in its cluster; a cluster's articles; or the articles holding an event that matches
 *       the filter (at most {@value #MAX_DOCS}, newest first).</li>
 *   <li>A <em>reaction</em> is an event of those articles whose PLOVER type is ACCUSE (condemned),
 *       REQUEST (demanded), SUPPORT (supported), or CONSULT with mode {@code third-party} (offered
 *       to mediate); negated and hypothetical ones do not count; the event in focus is not its own reaction.</li>
 *   <li>The reacting party is the reaction's actor, when it is a state (an actor country with sector
 *       GOV, MIL or none) or an international organisation (sector IGO, keyed by name). Rebels,
 *       parties, media, civilians and the like are left out: the matrix is about governments.</li>
 *   <li>Rows are reacting parties, most reactions first; each cell counts reactions and lists their ids.</li>
 * </ol>
 */
final class Reactions {
  /** The stances, in column order. */
  static final List<String> STANCES = List.of("ACCUSE", "REQUEST", "SUPPORT", "CONSULT");
  static final int MAX_DOCS = 2000;
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL");

  private final EventStore store;

  Reactions(EventStore store) {
    this.store = store;
  }

  private static final class Row {
    final String country;
    final String name;
    final Map<String, List<Long>> events = new LinkedHashMap<>();

    Row(String country, String name) {
      this.country = country;
      this.name = name;
      STANCES.forEach(s -> events.put(s, new ArrayList<>()));
    }

    int total() {
      return events.values().stream().mapToInt(List::size).sum();
    }
  }

  ObjectNode forEvent(long id) {
    EventDetail d = store.event(id).orElseThrow(() -> ApiException.notFound("no event with id " + id));
    Set<Long> docs = new LinkedHashSet<>();
    docs.add(d.summary().documentId());
    if (d.summary().clusterId() != null) {
      docs.addAll(clusterDocs(d.summary().clusterId()));
    }
    ObjectNode scope = Views.obj().put("kind", "event").put("id", id);
    return matrix(scope, docs, id);
  }

  ObjectNode forCluster(long id) {
    if (store.cluster(id).isEmpty()) {
      throw ApiException.notFound("no cluster with id " + id);
    }
    return matrix(Views.obj().put("kind", "cluster").put("id", id), clusterDocs(id), -1);
  }

  ObjectNode forQuery(EventQuery q) {
    Set<Long> docs = new LinkedHashSet<>();
    for (DocumentSummary s : store.documents(q.withPage(MAX_DOCS, 0).withSort(EventQuery.Sort.DATE_DESC)).items()) {
      docs.add(s.id());
    }
    return matrix(Views.obj().put("kind", "filter").put("documents", docs.size()), docs, -1);
  }

  private Set<Long> clusterDocs(long cluster) {
    Set<Long> docs = new LinkedHashSet<>();
    store.queryEvents(EventQuery.all().withCluster(cluster).withFactual(false).withPage(MAX_DOCS, 0))
        .items().forEach(e -> docs.add(e.documentId()));
    return docs;
  }

  private ObjectNode matrix(ObjectNode scope, Set<Long> docs, long focus) {
    List<EventSummary> candidates = new ArrayList<>();
    if (docs.size() <= 50) {
      for (long doc : docs) {
        store.document(doc).map(StoredDocument::events).ifPresent(candidates::addAll);
      }
    } else {
      for (String stance : STANCES) {
        store.forEachEvent(EventQuery.all().withType(stance).withFactual(false), e -> {
          if (docs.contains(e.documentId())) {
            candidates.add(e);
          }
        });
      }
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    for (EventSummary e : candidates) {
      String stance = stance(e);
      if (stance == null || e.id() == focus) {
        continue;
      }
      Optional<Row> row = party(e, rows);
      row.ifPresent(r -> r.events.get(stance).add(e.id()));
    }
    ObjectNode n = Views.obj();
    n.set("scope", scope);
    ArrayNode st = n.putArray("stances");
    STANCES.forEach(st::add);
    ArrayNode out = n.putArray("rows");
    rows.values().stream().filter(r -> r.total() > 0)
        .sorted(Comparator.comparingInt(Row::total).reversed().thenComparing(r -> r.country == null ? r.name : r.country))
        .forEach(r -> {
          ObjectNode o = out.addObject();
          o.put("country", r.country);
          o.put("name", r.name);
          ObjectNode counts = o.putObject("counts");
          ObjectNode ids = o.putObject("events");
          r.events.forEach((k, v) -> {
            counts.put(k, v.size());
            ArrayNode a = ids.putArray(k);
            v.forEach(a::add);
          });
        });
    return n;
  }

  /** The stance an event expresses, or null when it is not a reaction. */
  static String stance(EventSummary e) {
    if ("negated".equals(e.factuality()) || "hypothetical".equals(e.factuality())) {
      return null;
    }
    return switch (e.type()) {
      case "ACCUSE", "REQUEST", "SUPPORT" -> e.type();
      case "CONSULT" -> "third-party".equals(e.mode()) ? "CONSULT" : null;
      default -> null;
    };
  }

  /** The row of the event's actor when it is a state or an international organisation. */
  private Optional<Row> party(EventSummary e, Map<String, Row> rows) {
    String sector = sectorOf(e.id());
    if (e.actorCountry() != null && (sector == null || STATE_SECTORS.contains(sector))) {
      return Optional.of(rows.computeIfAbsent("c:" + e.actorCountry(), k -> new Row(e.actorCountry(), null)));
    }
    if ("IGO".equals(sector) && e.actor() != null) {
      return Optional.of(rows.computeIfAbsent("o:" + e.actor(), k -> new Row(null, e.actor())));
    }
    return Optional.empty();
  }

  private String sectorOf(long eventId) {
    Optional<String> rec = store.eventRecord(eventId);
    if (rec.isEmpty()) {
      return null;
    }
    try {
      JsonNode s = Http.mapper().readTree(rec.get()).path("actor").path("sector");
      return s.isTextual() ? s.asText() : null;
    } catch (IOException ex) {
      return null;
    }
  }
}
