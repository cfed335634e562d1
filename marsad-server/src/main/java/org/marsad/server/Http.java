package org.marsad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.marsad.json.RecordJson;

/** Small helpers shared by the endpoints: JSON answers, bounded bodies. */
final class Http {
  static final String JSON = "application/json; charset=utf-8";

  private Http() {
  }

  static ObjectMapper mapper() {
    return RecordJson.mapper();
  }

  /** Answers {@code node} as JSON with {@code status}. */
  static void json(Context ctx, int status, JsonNode node) {
    try {
      ctx.status(status).contentType(JSON).result(mapper().writeValueAsBytes(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static void json(Context ctx, JsonNode node) {
    json(ctx, 200, node);
  }

  /** The JSON error body for {@code status}. */
  static ObjectNode error(int status, String code, String message) {
    ObjectNode root = mapper().createObjectNode();
    ObjectNode e = root.putObject("error");
    e.put("status", status);
    e.put("code", code);
    e.put("message", message);
    return root;
  }

  /**
   * The request body, at most {@code limit} bytes: a larger declared or actual body is refused
   * with 413 before it is read whole.
   */
  static byte[] body(Context ctx, long limit) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw tooLarge(limit);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
      byte[] buf = new byte[8192];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > limit) {
          throw tooLarge(limit);
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new ApiException(400, "bad_body", "could not read the request body");
    }
  }

  /** {@code bytes} as UTF-8 text, or 400 when they are not UTF-8. */
  static String utf8(byte[] bytes) {
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new ApiException(400, "bad_body", "the request body is not UTF-8 text");
    }
  }

  /** The body parsed as a JSON object, or 400. */
  static JsonNode jsonBody(byte[] bytes) {
    JsonNode n;
    try {
      n = mapper().readTree(utf8(bytes));
    } catch (IOException e) {
      throw new ApiException(400, "bad_json", "the request body is not valid JSON");
    }
    if (n == null || !n.isObject()) {
      throw new ApiException(400, "bad_json", "the request body must be a JSON object");
    }
    return n;
  }

  private static ApiException tooLarge(long limit) {
    return new ApiException(413, "too_large", "the request body is larger than the limit of " + limit + " bytes");
  }
}
