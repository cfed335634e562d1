package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /api/extract} and the generic error rules, over real HTTP on a random port. */
class ExtractApiTest {
  private static final String TEXT = "قصفت الطائرات مواقع في مدينة حلب يوم الأحد، وقُتل خمسة مدنيين على الأقل.";
  private static MarsadServer server;
  private static Client client;

  @BeforeAll
  static void start() {
    server = MarsadServer.start(ServerConfig.defaults().withPort(0).withMaxBodyBytes(64 * 1024));
    client = new Client(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void plainTextGivesAMarsadRecord() {
    Client.Reply r = client.post("/api/extract?published=2024-03-03&id=a1", "text/plain; charset=utf-8", TEXT);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    JsonNode rec = r.json();
    assertThat(rec.get("schema").asText()).isEqualTo("marsad/1");
    assertThat(rec.at("/doc/id").asText()).isEqualTo("a1");
    assertThat(rec.at("/doc/published").asText()).isEqualTo("2024-03-03");
    assertThat(rec.get("events").isArray()).isTrue();
    assertThat(rec.get("entities").isArray()).isTrue();
  }

  @Test
  void jsonBodyGivesAMarsadRecordWithItsFields() {
    String body = "{\"id\":\"j1\",\"text\":\"" + TEXT + "\",\"published\":\"2024-01-02\",\"title\":\"عنوان\"}";
    Client.Reply r = client.post("/api/extract", "application/json", body);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().at("/doc/title").asText()).isEqualTo("عنوان");
    assertThat(r.json().at("/doc/published").asText()).isEqualTo("2024-01-02");
  }

  @Test
  void badInputIs400WithAJsonError() {
    assertError(client.post("/api/extract", "application/json", "{not json"), 400);
    assertError(client.post("/api/extract", "application/json", "[1,2]"), 400);
    assertError(client.post("/api/extract", "application/json", "{\"txt\":\"x\"}"), 400);
    assertError(client.post("/api/extract", "application/json", "{\"text\":42}"), 400);
    assertError(client.post("/api/extract", "application/json", "{\"text\":\"  \"}"), 400);
    assertError(client.post("/api/extract", "application/json", "{\"text\":\"نص\",\"published\":\"yesterday\"}"), 400);
    assertError(client.post("/api/extract?published=2024-13-45", "text/plain", TEXT), 400);
    assertError(client.post("/api/extract", "text/plain", new byte[] {(byte) 0xC3, (byte) 0x28, 'a'}, null), 400);
    assertError(client.post("/api/extract", "text/plain", "a\u0000b"), 400);
  }

  @Test
  void wrongContentTypeIs415() {
    assertError(client.post("/api/extract", "application/xml", "<a/>"), 415);
  }

  @Test
  void oversizeBodyIs413() {
    byte[] big = "ب".repeat(40_000).getBytes(StandardCharsets.UTF_8); // 80 kB > 64 kB limit
    assertError(client.post("/api/extract", "text/plain", big, null), 413);
  }

  @Test
  void anOversizeBodyIsReadAwaySoThe413ArrivesAndTheConnectionStaysOpen() throws Exception {
    // one raw connection: the whole 4 MB body is written before the answer is read, as curl and the
    // JDK client do. A server that answers and closes before reading the body resets the connection
    // (the client sees a broken pipe or no answer at all, not the 413).
    byte[] body = "ب".repeat(2_000_000).getBytes(StandardCharsets.UTF_8);
    java.net.URI uri = java.net.URI.create(server.url());
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(20_000);
      java.io.OutputStream out = socket.getOutputStream();
      java.io.InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
      out.write(("POST /api/extract HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
          + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      assertThat(readResponse(in)).startsWith("HTTP/1.1 413").contains("too_large");
      out.write("GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertThat(readResponse(in)).startsWith("HTTP/1.1 200");
    }
  }

  /** One HTTP/1.1 response with a Content-Length body, as text. */
  private static String readResponse(java.io.InputStream in) throws java.io.IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c < 0) {
        throw new java.io.EOFException("connection closed after: " + head);
      }
      head.append((char) c);
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
    int length = m.find() ? Integer.parseInt(m.group(1)) : 0;
    return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  @Test
  void unknownApiRouteIs404Json() {
    assertError(client.get("/api/no-such-thing"), 404);
  }

  @Test
  void wrongMethodIs405Json() {
    assertError(client.get("/api/extract"), 405);
  }

  @Test
  void openApiDescribesTheApi() {
    Client.Reply r = client.get("/api/openapi.json");
    assertThat(r.status()).isEqualTo(200);
    JsonNode doc = r.json();
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(doc.at("/paths").has("/api/extract")).isTrue();
    assertThat(doc.at("/paths").has("/api/events")).isTrue();
  }

  @Test
  void responsesCarrySecurityHeaders() {
    Client.Reply r = client.get("/");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.body()).contains("<html");
  }

  @Test
  void pathTraversalIsRefused() {
    for (String p : new String[] {"/../pom.xml", "/%2e%2e/%2e%2e/pom.xml", "/..%2f..%2fpom.xml",
        "/webjars/../../org/marsad/server/MarsadServer.class", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/webjars/leaflet/1.9.4/../../../../../../etc/passwd", "/org/marsad/server/MarsadServer.class"}) {
      Client.Reply r = client.get(p);
      assertThat(r.status()).as(p).isIn(400, 404);
      assertThat(r.body()).as(p).doesNotContain("root:").doesNotContain("<project");
    }
  }

  static void assertError(Client.Reply r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    JsonNode e = r.json().get("error");
    assertThat(e).as(r.body()).isNotNull();
    assertThat(e.get("status").asInt()).isEqualTo(status);
    assertThat(e.get("message").asText()).isNotBlank();
  }
}
