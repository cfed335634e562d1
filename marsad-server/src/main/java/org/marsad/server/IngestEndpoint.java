package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.Marsad;
import org.marsad.model.Document;
import org.marsad.store.EventStore;
import org.marsad.store.IngestReport;

/**
 * {@code POST /api/documents}: analyses and stores articles; needs the bearer token.
 *
 * <p>The body is one JSON article {@code {"text", "id"?, "published"?, "title"?, "url"?, "outlet"?}}, a
 * JSON array of them, or NDJSON ({@code application/x-ndjson}) with one per line; at most
 * {@value #MAX_ARTICLES} per request. Every article is checked before anything is stored (one bad
 * article: 400 naming it, nothing stored). Articles already stored (same text or URL) are skipped,
 * so a retried request adds nothing. The batch is stored in one transaction.
 */
final class IngestEndpoint {
  static final int MAX_ARTICLES = 500;

  private final EventStore store;
  private final Marsad marsad;
  private final Workers workers;
  private final MarsadServer server;
  private final long maxBody;

  IngestEndpoint(EventStore store, Marsad marsad, Workers workers, MarsadServer server, long maxBody) {
    this.store = store;
    this.marsad = marsad;
    this.workers = workers;
    this.server = server;
    this.maxBody = maxBody;
  }

  void handle(Context ctx) {
    server.requireToken(ctx);
    List<Document> docs = parse(ctx, Http.body(ctx, maxBody));
    List<Document> fresh = store.unseen(docs);
    List<Document> analysed = workers.run(() -> fresh.parallelStream().map(marsad::extract).toList());
    IngestReport r = store.ingest(analysed, "api", null);
    ObjectNode n = Views.obj();
    n.put("received", docs.size());
    n.put("added", r.added());
    n.put("duplicates", r.duplicates() + (docs.size() - fresh.size()));
    n.put("events", r.events());
    n.put("clustersTouched", r.clustersTouched());
    Http.json(ctx, n);
  }

  static List<Document> parse(Context ctx, byte[] body) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    List<Document> out = new ArrayList<>();
    if (type.startsWith("application/json")) {
      JsonNode root;
      try {
        root = Http.mapper().readTree(Http.utf8(body));
      } catch (IOException e) {
        throw new ApiException(400, "bad_json", "the request body is not valid JSON");
      }
      if (root != null && root.isArray()) {
        checkCount(root.size());
        for (int i = 0; i < root.size(); i++) {
          out.add(ExtractEndpoint.article(root.get(i), "article " + (i + 1)));
        }
      } else {
        out.add(ExtractEndpoint.article(root, "the JSON body"));
      }
    } else if (type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")
        || type.startsWith("application/json-seq")) {
      String[] lines = Http.utf8(body).split("\r?\n");
      int n = 0;
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        checkCount(++n);
        JsonNode node;
        try {
          node = Http.mapper().readTree(lines[i]);
        } catch (IOException e) {
          throw new ApiException(400, "bad_json", "line " + (i + 1) + " is not valid JSON");
        }
        out.add(ExtractEndpoint.article(node, "line " + (i + 1)));
      }
    } else {
      throw new ApiException(415, "unsupported_media_type",
          "send application/json (an article or an array) or application/x-ndjson");
    }
    if (out.isEmpty()) {
      throw ApiException.badParam("no articles in the request");
    }
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).id().equals("input")) {
        Document d = out.get(i);
        out.set(i, Document.of("api-" + Integer.toHexString(d.text().hashCode()), d.text(), d.published(),
            d.title(), d.url(), d.outlet()));
      }
    }
    return out;
  }

  private static void checkCount(int n) {
    if (n > MAX_ARTICLES) {
      throw new ApiException(413, "too_large", "at most " + MAX_ARTICLES + " articles per request");
    }
  }
}
