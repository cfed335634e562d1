package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.marsad.Marsad;
import org.marsad.json.RecordJson;
import org.marsad.model.Document;

/**
 * {@code POST /api/extract}: Arabic text in, one {@code marsad/1} record out.
 *
 * <p>The body is either {@code text/plain} (the text itself; {@code ?published=YYYY-MM-DD} and
 * {@code ?id=} optional) or {@code application/json} with {@code text} and optional
 * {@code id, published, title, url, outlet}, as one line of {@code marsad extract --input}.
 */
final class ExtractEndpoint {
  /** Longest text accepted, in UTF-16 units (the body limit applies first). */
  static final int MAX_CHARS = 1_000_000;

  private final Marsad marsad;
  private final Workers workers;
  private final long maxBody;

  ExtractEndpoint(Marsad marsad, Workers workers, long maxBody) {
    this.marsad = marsad;
    this.workers = workers;
    this.maxBody = maxBody;
  }

  void handle(Context ctx) {
    Document input = parse(ctx, Http.body(ctx, maxBody));
    Document out = workers.run(() -> marsad.extract(input));
    Http.json(ctx, RecordJson.toTree(out));
  }

  /** The document a request describes, or 400/415. */
  static Document parse(Context ctx, byte[] body) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
    if (type.startsWith("application/json")) {
      return article(Http.jsonBody(body), "the JSON body");
    } else if (type.startsWith("text/plain") || type.isEmpty()) {
      String text = Http.utf8(body);
      return checked(ctx.queryParam("id"), text, ctx.queryParam("published"), null, null, null, "the text");
    }
    throw new ApiException(415, "unsupported_media_type",
        "send text/plain or application/json, not " + ctx.contentType());
  }

  /**
   * One article given as JSON {@code {"text", "id"?, "published"?, "title"?, "url"?, "outlet"?}}, or 400
   * naming {@code where} it was.
   */
  static Document article(JsonNode n, String where) {
    if (n == null || !n.isObject()) {
      throw ApiException.badParam(where + " must be a JSON object");
    }
    JsonNode t = n.get("text");
    if (t == null || !t.isTextual()) {
      throw ApiException.badParam(where + " needs a \"text\" string");
    }
    return checked(textField(n, "id", where), t.asText(), textField(n, "published", where),
        textField(n, "title", where), textField(n, "url", where), textField(n, "outlet", where), where);
  }

  private static Document checked(String id, String text, String published, String title, String url,
                                  String outlet, String where) {
    if (text.isBlank()) {
      throw ApiException.badParam(where + ": the text is empty");
    }
    if (text.length() > MAX_CHARS) {
      throw new ApiException(413, "too_large", where + ": the text is longer than " + MAX_CHARS + " characters");
    }
    if (text.indexOf('\0') >= 0) {
      throw ApiException.badParam(where + ": the text contains NUL characters");
    }
    if (id == null || id.isBlank()) {
      id = "input";
    } else if (id.length() > 200) {
      throw ApiException.badParam(where + ": id is longer than 200 characters");
    }
    for (String f : new String[] {title, url, outlet}) {
      if (f != null && f.length() > 2000) {
        throw ApiException.badParam(where + ": title, url and outlet must be at most 2000 characters");
      }
    }
    return Document.of(id, text, date(published, where), title, url, outlet);
  }

  private static String textField(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ApiException.badParam(where + ": \"" + field + "\" must be a string");
    }
    return v.asText();
  }

  private static LocalDate date(String s, String where) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw ApiException.badParam(where + ": published must be YYYY-MM-DD");
    }
  }
}
