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
   * The most bytes of a refused body that are read and thrown away before the 413 is sent. A client
   * that sends its whole body before it reads the answer (curl, the JDK client) then gets the 413
   * instead of a connection reset; a body larger than this is cut off and the connection closed.
   */
  static final long DRAIN_LIMIT = 64L << 20;

  /**
   * The request body, at most {@code limit} bytes: a larger declared or actual body is refused
   * with 413 without being kept (it is read and discarded up to {@link #DRAIN_LIMIT} bytes).
   */
  static byte[] body(Context ctx, long limit) {
    long declared = ctx.req().getContentLengthLong();
    try (InputStream in = ctx.req().getInputStream()) {
      if (declared > limit) {
        drain(in, declared <= DRAIN_LIMIT ? declared : 0);
        throw tooLarge(limit);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
      byte[] buf = new byte[8192];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > limit) {
          drain(in, DRAIN_LIMIT - total);
          throw tooLarge(limit);
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new ApiException(400, "bad_body", "could not read the request body");
    }
  }

  /** Reads and discards at most {@code max} more bytes of {@code in}; a client that went away ends it. */
  private static void drain(InputStream in, long max) {
    byte[] buf = new byte[65536];
    long left = max;
    try {
      int n;
      while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
        left -= n;
      }
    } catch (IOException e) {
      // the client closed the connection: nothing more to read, and the 413 stands
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
