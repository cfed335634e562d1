package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.server.ExtractApiTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.EventStore;

/** The read and write endpoints over a real DuckDB store, over real HTTP on a random port. */
class StoreApiTest {
  static final String TOKEN = "test-token-0123456789abcdef";
  @TempDir
  static Path dir;
  private static EventStore store;
  private static MarsadServer server;
  private static Client client;

  @BeforeAll
  static void start() {
    store = Fixtures.store(dir);
    server = MarsadServer.start(ServerConfig.defaults().withPort(0).withToken(TOKEN)
        .withMaxBodyBytes(256 * 1024).withRequestsPerMinute(0), store);
    client = new Client(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static JsonNode ok(String path) {
    Client.Reply r = client.get(path);
    assertThat(r.status()).as(path + " -> " + r.body()).isEqualTo(200);
    return r.json();
  }

  @Test
  void eventsListsTheStoredEventsNewestFirst() {
    JsonNode page = ok("/api/events");
    assertThat(page.get("total").asInt()).isEqualTo(8);
    List<String> dates = new ArrayList<>();
    page.get("items").forEach(e -> dates.add(e.get("date").asText()));
    assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(ok("/api/events?sort=date").at("/items/0/date").asText()).isEqualTo("2024-03-01");
  }

  @Test
  void filtersNarrowTheEvents() {
    assertThat(ok("/api/events?country=SYR").get("total").asInt()).isEqualTo(1);
    assertThat(ok("/api/events?country=syr&type=assault").get("total").asInt()).isEqualTo(1);
    assertThat(ok("/api/events?type=PROTEST").at("/items/0/location/name").asText()).isEqualTo("Khartoum");
    assertThat(ok("/api/events?from=2024-03-03&to=2024-03-04").get("total").asInt()).isEqualTo(3);
    assertThat(ok("/api/events?actor=France").get("total").asInt()).isEqualTo(1);
    assertThat(ok("/api/events?bbox=40,10,50,20").get("total").asInt()).isEqualTo(1);
    JsonNode page = ok("/api/events?limit=2&offset=2");
    assertThat(page.get("items").size()).isEqualTo(2);
    assertThat(page.get("offset").asInt()).isEqualTo(2);
  }

  @Test
  void eventDetailHasTheRecordTextAndMentionOffsets() {
    long id = ok("/api/events?type=ASSAULT&country=SYR").at("/items/0/id").asLong();
    JsonNode d = ok("/api/events/" + id);
    String text = d.at("/document/text").asText();
    JsonNode trig = d.at("/record/trigger");
    assertThat(text.substring(trig.get("start").asInt(), trig.get("end").asInt())).isEqualTo("قصفت");
    JsonNode m = d.at("/mentions/0");
    assertThat(m.at("/trigger/text").asText()).isEqualTo("قصفت");
    assertThat(text.substring(m.at("/sentence/start").asInt(), m.at("/sentence/end").asInt()))
        .isEqualTo(m.at("/sentence/text").asText()).contains("حلب");
    assertThat(d.get("others").size()).isEqualTo(3);
  }

  @Test
  void reactionsOfAnEventListGovernmentsByStance() {
    long id = ok("/api/events?type=ASSAULT&country=SYR").at("/items/0/id").asLong();
    JsonNode r = ok("/api/reactions?event=" + id);
    assertThat(r.get("stances").toString()).isEqualTo("[\"ACCUSE\",\"REQUEST\",\"SUPPORT\",\"CONSULT\"]");
    JsonNode rows = r.get("rows");
    assertThat(rows.size()).isEqualTo(3);
    assertThat(row(rows, "FRA").at("/counts/ACCUSE").asInt()).isEqualTo(1);
    assertThat(row(rows, "TUR").at("/counts/CONSULT").asInt()).isEqualTo(1);
    JsonNode un = null;
    for (JsonNode n : rows) {
      if ("United Nations".equals(n.path("name").asText())) {
        un = n;
      }
    }
    assertThat(un).isNotNull();
    assertThat(un.at("/counts/REQUEST").asInt()).isEqualTo(1);
    JsonNode all = ok("/api/reactions");
    assertThat(row(all.get("rows"), "IRN").at("/counts/ACCUSE").asInt()).isEqualTo(1);
    assertThat(ok("/api/reactions?country=YEM").get("rows").size()).isEqualTo(1);
  }

  private static JsonNode row(JsonNode rows, String country) {
    for (JsonNode n : rows) {
      if (country.equals(n.path("country").asText())) {
        return n;
      }
    }
    throw new AssertionError("no row " + country + " in " + rows);
  }

  @Test
  void statsCountByDayTypeAndCountry() {
    JsonNode s = ok("/api/stats");
    assertThat(s.get("events").asInt()).isEqualTo(8);
    assertThat(s.get("byDay").size()).isEqualTo(4);
    assertThat(s.at("/byType/0/key").asText()).isEqualTo("ASSAULT");
    assertThat(s.at("/byType/0/count").asInt()).isEqualTo(3);
    assertThat(ok("/api/stats?type=PROTEST").get("events").asInt()).isEqualTo(1);
  }

  @Test
  void clustersDocumentsActorsAndSearchAnswer() {
    JsonNode clusters = ok("/api/clusters");
    assertThat(clusters.get("total").asInt()).isPositive();
    long cid = clusters.at("/items/0/id").asLong();
    assertThat(ok("/api/clusters/" + cid).at("/events/total").asInt()).isPositive();
    JsonNode docs = ok("/api/documents");
    assertThat(docs.get("total").asInt()).isEqualTo(4);
    long did = docs.at("/items/0/id").asLong();
    assertThat(ok("/api/documents/" + did).get("text").asText()).isNotBlank();
    assertThat(ok("/api/actors").get("items").size()).isPositive();
    JsonNode hits = ok("/api/search?q=" + Client.q("الحديدة"));
    assertThat(hits.get("items").size()).isEqualTo(1);
    assertThat(hits.at("/items/0/events").size()).isEqualTo(2);
  }

  @Test
  void badParametersAre400WithAJsonError() {
    for (String q : new String[] {"from=2024-13-01", "to=yesterday", "from=2024-03-05&to=2024-03-01", "country=SYRIA",
        "country=1", "type=BOMBING", "limit=0", "limit=501", "limit=x", "offset=-1", "offset=99999999999",
        "sort=random", "bbox=1,2,3", "bbox=a,b,c,d", "bbox=0,0,NaN,1", "bbox=10,10,0,0", "bbox=0,-100,1,1",
        "factual=maybe", "nosuch=1", "country=SYR&country=YEM", "actor=" + "x".repeat(201),
        "q=" + Client.q("a\u0001b")}) {
      assertError(client.get("/api/events?" + q), 400);
    }
    assertError(client.get("/api/stats?limit=5"), 400);
    assertError(client.get("/api/search"), 400);
    assertError(client.get("/api/reactions?event=abc"), 400);
    assertError(client.get("/api/reactions?event=1&cluster=1"), 400);
  }

  @Test
  void unknownIdsAre404() {
    for (String p : new String[] {"/api/events/999999", "/api/events/0", "/api/events/abc", "/api/events/-1",
        "/api/clusters/999999", "/api/documents/999999", "/api/documents/x%27%20OR%201=1"}) {
      assertError(client.get(p), 404);
    }
    assertError(client.get("/api/reactions?event=999999"), 404);
    assertError(client.get("/api/reactions?cluster=999999"), 404);
  }

  @Test
  void injectionStringsInEveryFilterAreHarmless() {
    String[] payloads = {"' OR '1'='1", "'; DROP TABLE events; --", "\" OR \"\"=\"", "1) OR (1=1", "%' --",
        "\\'; SELECT 1; --", "*:*", "text:(a OR b) AND [", "<script>alert(1)</script>", "${jndi:ldap://x}",
        "../../etc/passwd", "%00", "ابحث' OR 1=1 --"};
    for (String p : payloads) {
      String v = Client.q(p);
      for (String f : new String[] {"actor", "q"}) {
        Client.Reply r = client.get("/api/events?" + f + "=" + v);
        assertThat(r.status()).as(f + "=" + p + " -> " + r.body()).isIn(200, 400);
        if (r.status() == 200 && f.equals("actor")) {
          assertThat(r.json().get("total").asInt()).as(f + "=" + p + " matches no actor").isZero();
        } else if (r.status() == 200) {
          assertThat(r.json().get("total").asInt()).as(f + "=" + p).isLessThanOrEqualTo(8);
        }
      }
      for (String f : new String[] {"country", "type", "from", "to", "bbox", "limit", "offset", "sort", "factual"}) {
        assertError(client.get("/api/events?" + f + "=" + v), 400);
      }
      for (String path : new String[] {"/api/stats?actor=", "/api/clusters?actor=", "/api/documents?q=",
          "/api/actors?actor=", "/api/reactions?actor=", "/api/search?q="}) {
        Client.Reply r = client.get(path + v);
        assertThat(r.status()).as(path + p + " -> " + r.body()).isIn(200, 400);
      }
      assertThat(client.get("/api/events/" + v).status()).isIn(400, 404);
    }
    assertThat(ok("/api/events").get("total").asInt()).as("nothing was dropped or changed").isEqualTo(8);
    assertThat(store.counts().get("documents")).isGreaterThanOrEqualTo(4);
  }

  @Test
  void exportsWriteTheMatchingEventsInEveryFormat() {
    Client.Reply csv = client.get("/api/export?format=acled-csv&country=SYR");
    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
    assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
    String[] lines = csv.body().split("\n");
    assertThat(lines[0]).startsWith("event_id,event_date,event_type");
    assertThat(lines).hasSize(2);
    assertThat(lines[1]).contains("2024-03-01").contains("Aleppo");
    Client.Reply geo = client.get("/api/export?format=geojson");
    assertThat(geo.status()).isEqualTo(200);
    assertThat(geo.json().get("features").size()).isEqualTo(4);
    Client.Reply tsv = client.get("/api/export?format=gdelt-tsv&type=PROTEST");
    assertThat(tsv.body().split("\n")).hasSize(2);
    Client.Reply jsonl = client.get("/api/export?format=jsonl&type=ACCUSE");
    assertThat(jsonl.status()).isEqualTo(200);
    assertThat(jsonl.body().lines().filter(l -> !l.isBlank()).count()).isEqualTo(2);
    Client.Reply parquet = client.get("/api/export?format=parquet");
    assertThat(parquet.status()).isEqualTo(200);
    assertThat(parquet.body()).startsWith("PAR1");
    assertError(client.get("/api/export"), 400);
    assertError(client.get("/api/export?format=xlsx"), 400);
    assertError(client.get("/api/export?format=jsonl&limit=5"), 400);
  }

  @Test
  void everyPathOfTheOpenApiDescriptionIsServed() {
    JsonNode paths = ok("/api/openapi.json").get("paths");
    long event = ok("/api/events").at("/items/0/id").asLong();
    long cluster = ok("/api/clusters").at("/items/0/id").asLong();
    long doc = ok("/api/documents").at("/items/0/id").asLong();
    List<String> names = new ArrayList<>();
    paths.fieldNames().forEachRemaining(names::add);
    assertThat(names).hasSizeGreaterThan(12);
    for (String p : names) {
      if (!paths.get(p).has("get")) {
        continue;
      }
      String url = p.replace("/api/events/{id}", "/api/events/" + event)
          .replace("/api/clusters/{id}", "/api/clusters/" + cluster)
          .replace("/api/documents/{id}", "/api/documents/" + doc);
      url += p.equals("/api/search") ? "?q=" + Client.q("حلب") : p.equals("/api/export") ? "?format=jsonl" : "";
      assertThat(client.get(url).status()).as(url).isEqualTo(200);
    }
  }

  @Test
  void writesNeedTheToken() {
    String body = "{\"id\":\"w1\",\"text\":\"أعلنت الحكومة عن خطة جديدة للنقل العام في المدينة.\",\"published\":\"2024-04-01\"}";
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    long before = store.counts().get("documents");
    Client.Reply none = client.post("/api/documents", "application/json", b, null);
    assertError(none, 401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertError(client.post("/api/documents", "application/json", b, "wrong-token-wrong-token"), 401);
    assertThat(store.counts().get("documents")).isEqualTo(before);
  }

  @Test
  void ingestWithTheTokenStoresOnceAndRefusesBadBatchesWhole() throws Exception {
    Path own = java.nio.file.Files.createDirectories(dir.resolve("ingest"));
    try (EventStore store = EventStore.open(own.resolve("ingest.duckdb").toString());
         MarsadServer server = MarsadServer.start(ServerConfig.defaults().withPort(0).withToken(TOKEN)
             .withMaxBodyBytes(256 * 1024), store)) {
      Client client = new Client(server.url());
      ingestScenario(client, store);
    }
  }

  private static void ingestScenario(Client client, EventStore store) {
    long before = store.counts().get("documents");
    String ndjson = "{\"id\":\"n1\",\"text\":\"افتتح وزير الصحة مستشفى جديداً في مدينة صفاقس يوم الخميس.\",\"published\":\"2024-05-02\"}\n"
        + "{\"id\":\"n2\",\"text\":\"وقعت وزارة التعليم اتفاقية لبناء مدارس جديدة في الجنوب.\"}\n";
    Client.Reply r = client.post("/api/documents", "application/x-ndjson", ndjson.getBytes(StandardCharsets.UTF_8), TOKEN);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("added").asInt()).isEqualTo(2);
    Client.Reply again = client.post("/api/documents", "application/x-ndjson", ndjson.getBytes(StandardCharsets.UTF_8), TOKEN);
    assertThat(again.json().get("added").asInt()).isZero();
    assertThat(again.json().get("duplicates").asInt()).isEqualTo(2);
    String bad = "[{\"text\":\"نص صالح تماماً عن موضوع آخر مختلف.\"},{\"txt\":\"لا نص\"}]";
    assertError(client.post("/api/documents", "application/json", bad.getBytes(StandardCharsets.UTF_8), TOKEN), 400);
    assertThat(store.counts().get("documents")).isEqualTo(before + 2);
    assertError(client.post("/api/documents", "text/csv", "a,b".getBytes(StandardCharsets.UTF_8), TOKEN), 415);
    byte[] big = ("{\"text\":\"" + "ن".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    assertError(client.post("/api/documents", "application/json", big, TOKEN), 413);
  }

  @Test
  void aReadOnlyServerRefusesWritesWith403() {
    try (MarsadServer ro = MarsadServer.start(ServerConfig.defaults().withPort(0), store)) {
      Client c = new Client(ro.url());
      assertError(c.post("/api/documents", "application/json",
          "{\"text\":\"نص\"}".getBytes(StandardCharsets.UTF_8), TOKEN), 403);
      assertThat(c.get("/api/health").json().get("writable").asBoolean()).isFalse();
    }
  }
}
