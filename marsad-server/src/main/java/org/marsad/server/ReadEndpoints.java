package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.marsad.store.ClusterSummary;
import org.marsad.store.Deadline;
import org.marsad.store.EventDetail;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;
import org.marsad.store.EventSummary;
import org.marsad.store.StoredDocument;

/**
 * The read endpoints over an {@link EventStore}: events, clusters, documents, actors, stats, search, reactions.
 * Each request runs within a {@link Deadline} of the server's query timeout: past it, its database statements are
 * cancelled and its searches stopped, and it answers 503 {@code timeout} (see {@code MarsadServer}). At most
 * {@code 2 x cores} reads run at once; the others wait their turn in arrival order (a fair gate), their wait
 * counting against their deadline: under overload every read gets its share instead of a few starving.
 */
final class ReadEndpoints {
  private static final Set<String> LIST = union(Params.FILTERS, Params.PAGING);
  private static final Set<String> FILTER_ONLY = Params.FILTERS;

  private final EventStore store;
  private final Reactions reactions;
  private final Duration timeout;
  final Semaphore gate;

  ReadEndpoints(EventStore store, Duration timeout, int concurrent) {
    this.store = store;
    this.reactions = new Reactions(store);
    this.timeout = timeout;
    this.gate = new Semaphore(concurrent, true);
  }

  void register(RoutesConfig app) {
    app.get("/api/events", bounded(this::events));
    app.get("/api/events/{id}", bounded(this::event));
    app.get("/api/clusters", bounded(this::clusters));
    app.get("/api/clusters/{id}", bounded(this::cluster));
    app.get("/api/documents", bounded(this::documents));
    app.get("/api/documents/{id}", bounded(this::document));
    app.get("/api/actors", bounded(this::actors));
    app.get("/api/stats", bounded(this::stats));
    app.get("/api/search", bounded(this::search));
    app.get("/api/reactions", bounded(this::reactions));
  }

  /**
   * {@code h} within a deadline of the query timeout, counted from the start of the request's handling, once the
   * gate lets it in.
   */
  Handler bounded(Handler h) {
    return ctx -> {
      try (Deadline d = Deadline.start(timeout)) {
        while (!gate.tryAcquire(Math.max(0, d.remaining().toNanos()), TimeUnit.NANOSECONDS)) {
          d.check();
        }
        try {
          h.handle(ctx);
        } finally {
          gate.release();
        }
      }
    };
  }

  private void events(Context ctx) {
    Params.only(ctx, LIST);
    Http.json(ctx, Views.page(store.queryEvents(Params.query(ctx)), Views::event));
  }

  private void event(Context ctx) {
    Params.only(ctx, Set.of());
    long id = Params.id(ctx, "event");
    EventDetail d = store.event(id).orElseThrow(() -> ApiException.notFound("no event with id " + id));
    EventSummary e = d.summary();
    StoredDocument doc = store.document(e.documentId())
        .orElseThrow(() -> ApiException.notFound("the article of event " + id + " is gone"));
    ObjectNode n = Views.obj();
    n.set("event", Views.event(e));
    n.set("record", record(d.record()));
    ObjectNode dn = Views.document(doc.summary());
    dn.put("text", doc.text());
    n.set("document", dn);
    ArrayNode mentions = n.putArray("mentions");
    for (EventDetail.Mention m : d.mentions()) {
      ObjectNode o = mentions.addObject();
      o.putObject("trigger").put("start", m.start()).put("end", m.end()).put("text", m.text());
      o.putObject("sentence").put("start", m.sentenceStart()).put("end", m.sentenceEnd()).put("text", m.sentence());
    }
    ArrayNode others = n.putArray("others");
    doc.events().stream().filter(o -> o.id() != id).forEach(o -> others.add(Views.event(o)));
    ArrayNode reports = n.putArray("reports");
    if (e.clusterId() != null) {
      ClusterSummary c = store.cluster(e.clusterId()).orElse(null);
      n.set("cluster", c == null ? null : Views.cluster(c));
      store.queryEvents(EventQuery.all().withCluster(e.clusterId()).withPage(100, 0)).items().stream()
          .filter(o -> o.id() != id).forEach(o -> reports.add(Views.event(o)));
    } else {
      n.putNull("cluster");
    }
    Http.json(ctx, n);
  }

  private void clusters(Context ctx) {
    Params.only(ctx, LIST);
    Http.json(ctx, Views.page(store.clusters(Params.query(ctx)), Views::cluster));
  }

  private void cluster(Context ctx) {
    Params.only(ctx, Set.of());
    long id = Params.id(ctx, "cluster");
    ClusterSummary c = store.cluster(id).orElseThrow(() -> ApiException.notFound("no cluster with id " + id));
    ObjectNode n = Views.obj();
    n.set("cluster", Views.cluster(c));
    n.set("events", Views.page(store.queryEvents(EventQuery.all().withCluster(id).withPage(500, 0)), Views::event));
    Http.json(ctx, n);
  }

  private void documents(Context ctx) {
    Params.only(ctx, LIST);
    Http.json(ctx, Views.page(store.documents(Params.query(ctx)), Views::document));
  }

  private void document(Context ctx) {
    Params.only(ctx, Set.of());
    long id = Params.id(ctx, "document");
    StoredDocument d = store.document(id).orElseThrow(() -> ApiException.notFound("no document with id " + id));
    ObjectNode n = Views.document(d.summary());
    n.put("text", d.text());
    n.set("items", Views.list(d.events().stream().map(Views::event).toList()));
    Http.json(ctx, n);
  }

  private void actors(Context ctx) {
    Params.only(ctx, LIST);
    ObjectNode n = Views.obj();
    n.set("items", Views.list(store.actors(Params.query(ctx)).stream().map(Views::actor).toList()));
    Http.json(ctx, n);
  }

  private void stats(Context ctx) {
    Params.only(ctx, FILTER_ONLY);
    Http.json(ctx, Views.stats(store.stats(Params.query(ctx))));
  }

  private void search(Context ctx) {
    Params.only(ctx, Set.of("q", "limit"));
    String q = Params.text(ctx, "q");
    if (q == null) {
      throw ApiException.badParam("'q' is required");
    }
    int limit = Params.integer(ctx, "limit", 20, 1, 100);
    ObjectNode n = Views.obj();
    n.set("items", Views.list(store.search(q, limit).stream().map(Views::hit).toList()));
    Http.json(ctx, n);
  }

  private void reactions(Context ctx) {
    Params.only(ctx, union(FILTER_ONLY, Set.of("event", "cluster")));
    String event = ctx.queryParam("event");
    String cluster = ctx.queryParam("cluster");
    if (event != null && cluster != null) {
      throw ApiException.badParam("give 'event' or 'cluster', not both");
    }
    if (event != null) {
      Http.json(ctx, reactions.forEvent(positive(event, "event")));
    } else if (cluster != null) {
      Http.json(ctx, reactions.forCluster(positive(cluster, "cluster")));
    } else {
      Http.json(ctx, reactions.forQuery(Params.query(ctx)));
    }
  }

  private static long positive(String s, String what) {
    try {
      long v = Long.parseLong(s);
      if (v > 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw ApiException.badParam("'" + what + "' must be a positive integer id");
  }

  private static JsonNode record(String json) {
    try {
      return Http.mapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("stored record is not JSON", e);
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.addAll(b);
    return Set.copyOf(s);
  }
}
