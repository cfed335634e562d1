package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.cluster.Figures;
import org.marsad.model.Document;
import org.marsad.model.Factuality;

/** Behaviour every backend must show; subclasses give a fresh database per test. */
abstract class StoreContract {
  static final LocalDate DAY = LocalDate.of(2024, 3, 14);

  abstract String newSpec();

  /** A statement of this database that runs for many minutes (the deadline tests cancel it). */
  abstract String slowSql();

  /** Opens the store at {@code spec} (subclasses choose where its index goes). */
  EventStore open(String spec) {
    return EventStore.open(spec);
  }

  @Test
  void reIngestAddsNothing() {
    String spec = newSpec();
    List<Document> docs = List.of(Fixtures.strike("a", "alpha", 12, DAY), Fixtures.protest("b", "beta", DAY));
    try (EventStore s = open(spec)) {
      IngestReport first = s.ingest(docs);
      assertThat(first.added()).isEqualTo(2);
      assertThat(first.events()).isEqualTo(2);
      IngestReport again = s.ingest(docs);
      assertThat(again.added()).isZero();
      assertThat(again.duplicates()).isEqualTo(2);
    }
    try (EventStore s = open(spec)) {
      assertThat(s.ingest(docs).added()).isZero();
      assertThat(s.counts()).containsEntry("documents", 2L).containsEntry("events", 2L);
    }
  }

  @Test
  void sameUrlWithOtherTextIsADuplicate() {
    try (EventStore s = open(newSpec())) {
      Document a = Fixtures.strike("a", "alpha", 12, DAY);
      Document b = Document.of("b", "نص آخر مختلف تماما عن الخبر الأول.", DAY, null, a.url(), "alpha");
      assertThat(s.ingest(List.of(a, b)).added()).isEqualTo(1);
      assertThat(s.unseen(List.of(b))).isEmpty();
    }
  }

  @Test
  void twoReportsWithDifferentTollsFormOneClusterWithLowBestHigh() {
    try (EventStore s = open(newSpec())) {
      s.ingest(List.of(Fixtures.strike("a", "alpha", 12, DAY)));
      s.ingest(List.of(Fixtures.strike("b", "beta", 15, DAY.plusDays(1)),
          Fixtures.strike("c", "gamma", 12, DAY), Fixtures.protest("p", "delta", DAY)));
      List<ClusterSummary> clusters = s.clusters(EventQuery.all().withType("ASSAULT")).items();
      assertThat(clusters).hasSize(1);
      ClusterSummary c = clusters.get(0);
      assertThat(c.events()).isEqualTo(3);
      assertThat(c.documents()).isEqualTo(3);
      assertThat(c.numbers().get("killed")).isEqualTo(new Figures(12, 12, 15, 3));
      assertThat(c.sources()).containsExactly("alpha", "beta", "gamma");
      assertThat(c.firstDate()).isEqualTo(DAY);
      assertThat(c.lastDate()).isEqualTo(DAY.plusDays(1));
      long first = s.queryEvents(EventQuery.all().withSort(EventQuery.Sort.ID_ASC)).items().get(0).id();
      assertThat(c.id()).isEqualTo(first);
      assertThat(s.clusters(EventQuery.all()).total()).isEqualTo(2);
    }
  }

  @Test
  void laterReportCanMoveAStoredReportToACloserEvent() {
    try (EventStore s = open(newSpec())) {
      // two reports 2 days apart: one cluster
      s.ingest(List.of(Fixtures.strike("a", "alpha", 3, DAY)));
      s.ingest(List.of(Fixtures.strike("b", "beta", 5, DAY.plusDays(2))));
      List<ClusterSummary> one = s.clusters(EventQuery.all()).items();
      assertThat(one).hasSize(1);
      assertThat(one.get(0).numbers().get("killed")).isEqualTo(new Figures(3, 3, 5, 2));
      long a = one.get(0).id();
      // a third report 2 days after b (4 after a) matches b only, with a closer toll: b leaves a for it
      s.ingest(List.of(Fixtures.strike("c", "gamma", 6, DAY.plusDays(4))));
      List<ClusterSummary> cs = s.clusters(EventQuery.all()).items();
      assertThat(cs).hasSize(2);
      assertThat(cs).extracting(ClusterSummary::id).contains(a);
      ClusterSummary later = cs.stream().filter(c -> c.id() != a).findFirst().orElseThrow();
      assertThat(later.numbers().get("killed")).isEqualTo(new Figures(5, 5, 6, 2));
      assertThat(s.cluster(a).orElseThrow().numbers().get("killed")).isEqualTo(new Figures(3, 3, 3, 1));
      assertThat(s.queryEvents(EventQuery.all().withCluster(later.id())).items())
          .allMatch(e -> e.clusterId() == later.id()).hasSize(2)
          .extracting(EventSummary::id).contains(later.id());
      Consistency.check(s);
      Consistency.matchesBatchClustering(s);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void incrementalClusteringEqualsClusteringEverythingAtOnce() throws Exception {
    // 60 strike reports over 8 days at three places 33 km apart (the outer two 67 km: not one place), tolls
    // varied: long chains of matches that the clustering must split; ingested in random batches
    Random r = new Random(5);
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      docs.add(Fixtures.strikeAt("g" + i, "outlet" + r.nextInt(6), 1 + r.nextInt(30), DAY.plusDays(r.nextInt(8)),
          36.0 + 0.3 * r.nextInt(3), 37.0));
    }
    Collections.shuffle(docs, r);
    try (EventStore s = open(newSpec())) {
      for (int i = 0; i < docs.size(); ) {
        int n = 1 + r.nextInt(7);
        s.ingest(docs.subList(i, Math.min(docs.size(), i + n)));
        i += n;
      }
      Consistency.check(s);
      Consistency.matchesBatchClustering(s);
      // no cluster spans more than the 2-day window; 8 days and 67 km need at least 3 x 2 clusters
      List<ClusterSummary> cs = s.clusters(EventQuery.all().withPage(1000, 0)).items();
      assertThat(cs).allSatisfy(c -> assertThat(c.lastDate()).isBeforeOrEqualTo(c.firstDate().plusDays(2)));
      assertThat(cs.size()).isBetween(6, 59);
    }
  }

  @Test
  void negatedEventsAreStoredButNotClustered() {
    try (EventStore s = open(newSpec())) {
      Document d = Document.of("n", "نفى الجيش أن تكون طائراته قد قصفت مدينة حلب أمس.", DAY, null, null, "alpha");
      d = Fixtures.withEvent(d, "ASSAULT", "قصفت", -1, DAY, "SYR", null, "حلب", "SYR", 36.2, 37.1,
          Factuality.NEGATED);
      s.ingest(List.of(d));
      assertThat(s.queryEvents(EventQuery.all()).total()).isZero();
      List<EventSummary> all = s.queryEvents(EventQuery.all().withFactual(false)).items();
      assertThat(all).hasSize(1);
      assertThat(all.get(0).clusterId()).isNull();
      assertThat(all.get(0).factuality()).isEqualTo("negated");
    }
  }

  @Test
  void filtersPagingAndDetail() {
    try (EventStore s = open(newSpec())) {
      s.ingest(List.of(Fixtures.strike("a", "alpha", 12, DAY), Fixtures.protest("b", "beta", DAY.plusDays(10))));
      assertThat(s.queryEvents(EventQuery.all().withCountry("egy")).items()).extracting(EventSummary::type)
          .containsExactly("PROTEST");
      assertThat(s.queryEvents(EventQuery.all().withType("ASSAULT")).total()).isEqualTo(1);
      assertThat(s.queryEvents(EventQuery.all().withActor("RUS")).total()).isEqualTo(1);
      assertThat(s.queryEvents(EventQuery.all().withActor("rus forc")).total()).isEqualTo(1);
      assertThat(s.queryEvents(EventQuery.all().withDates(DAY.plusDays(1), null)).total()).isEqualTo(1);
      assertThat(s.queryEvents(EventQuery.all().withBBox(EventQuery.BBox.parse("36,35,38,37"))).items())
          .extracting(EventSummary::place).containsExactly("حلب");
      Page<EventSummary> p = s.queryEvents(EventQuery.all().withPage(1, 1).withSort(EventQuery.Sort.DATE_DESC));
      assertThat(p.total()).isEqualTo(2);
      assertThat(p.items()).extracting(EventSummary::type).containsExactly("ASSAULT");
      EventSummary strike = p.items().get(0);
      assertThat(strike.numbers()).containsEntry("killed", 12L);
      assertThat(strike.sentence()).startsWith("قالت مصادر محلية لموقع alpha").endsWith("مدنيين.");
      EventDetail d = s.event(strike.id()).orElseThrow();
      assertThat(d.mentions()).hasSize(1);
      assertThat(d.mentions().get(0).text()).isEqualTo("غارة");
      assertThat(d.mentions().get(0).sentence()).contains("غارة جوية").doesNotContain("فرق الإنقاذ");
      assertThat(d.record()).contains("\"type\":\"ASSAULT\"");
      assertThat(s.event(999_999)).isEmpty();
      Stats st = s.stats(EventQuery.all());
      assertThat(st.events()).isEqualTo(2);
      assertThat(st.byType()).containsEntry("ASSAULT", 1L).containsEntry("PROTEST", 1L);
      assertThat(st.byCountry()).containsEntry("SYR", 1L).containsEntry("EGY", 1L);
      assertThat(st.byDay()).containsEntry(DAY, 1L);
      assertThat(s.actors(EventQuery.all())).extracting(ActorCount::country).contains("RUS", "SYR", "EGY");
      assertThat(s.documents(EventQuery.all().withCountry("SYR")).items()).extracting(DocumentSummary::key)
          .containsExactly("a");
      StoredDocument doc = s.document(strike.documentId()).orElseThrow();
      assertThat(doc.events()).hasSize(1);
      assertThat(doc.text()).contains("حلب");
    }
  }

  @Test
  void actorFilterMatchesNamesInAnyCaseAndCountryCodes() {
    try (EventStore s = open(newSpec())) {
      s.ingest(List.of(Fixtures.withActorName(Fixtures.strike("a", "alpha", 12, DAY), "قوات الدعم السريع"),
          Fixtures.withActorName(Fixtures.protest("b", "beta", DAY), "Wagner Group"),
          Fixtures.withActorName(Fixtures.strikeAt("c", "gamma", 3, DAY, 33.5, 36.3), "جيش_الإسلام 100%")));
      // Arabic names: compared as stored (no case), as a substring
      assertThat(keys(s, EventQuery.all().withActor("الدعم السريع"))).containsExactly("a");
      assertThat(keys(s, EventQuery.all().withActor("قوات الجيش"))).isEmpty();
      // LIKE wildcards in the query are literal characters
      assertThat(keys(s, EventQuery.all().withActor("جيش_الإسلام 100%"))).containsExactly("c");
      assertThat(keys(s, EventQuery.all().withActor("جيش%"))).isEmpty();
      // Latin names in any case
      assertThat(keys(s, EventQuery.all().withActor("wagner"))).containsExactly("b");
      assertThat(keys(s, EventQuery.all().withActor("WAGNER GROUP"))).containsExactly("b");
      // country codes of actor or recipient, in any case
      assertThat(keys(s, EventQuery.all().withActor("egy"))).containsExactly("b");
      assertThat(keys(s, EventQuery.all().withActor("SYR"))).containsExactlyInAnyOrder("a", "c");
      // a page past the end keeps the total
      Page<EventSummary> past = s.queryEvents(EventQuery.all().withPage(10, 10));
      assertThat(past.items()).isEmpty();
      assertThat(past.total()).isEqualTo(3);
    }
  }

  private static List<String> keys(EventStore s, EventQuery q) {
    return s.queryEvents(q).items().stream().map(e -> s.document(e.documentId()).orElseThrow().summary().key())
        .toList();
  }

  /**
   * A text-only event query pages in the index (each article's factual events are doc values there): it gives
   * the same events, order and total as the SQL path (forced here by an all-embracing date filter), for every
   * sort and page, with negated events left out, and again after the index is rebuilt from the database.
   */
  @Test
  void aTextOnlyEventPageEqualsTheFilteredQuery() {
    String spec = newSpec();
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      Document d = Fixtures.workload(i);
      if (i % 4 == 0) { // a second, negated report in some articles, on another day
        d = Fixtures.withEvent(d, "ASSAULT", "قصفا", 1, LocalDate.of(2024, 1, 1).plusDays(i % 5), "RUS", "SYR",
            "موقعا", "SYR", 31.0, 40.0, Factuality.NEGATED);
      }
      if (i % 6 == 0) { // and a second factual one
        d = Fixtures.withEvent(d, "ASSAULT", "قصفا", 2, LocalDate.of(2024, 1, 1).plusDays(i % 3), "RUS", "SYR",
            "موقعا", "SYR", 32.0, 40.0, Factuality.ASSERTED);
      }
      docs.add(d);
    }
    docs.add(Fixtures.protest("p", "beta", DAY));
    try (EventStore s = open(spec)) {
      for (int i = 0; i < docs.size(); i += 10) {
        s.ingest(docs.subList(i, Math.min(docs.size(), i + 10)));
      }
      sameTextPages(s);
    }
    try (EventStore s = open(spec)) {
      s.rebuildIndex();
      sameTextPages(s);
    }
  }

  private static void sameTextPages(EventStore s) {
    for (EventQuery.Sort sort : EventQuery.Sort.values()) {
      for (int offset : new int[] {0, 7, 50, 60}) {
        EventQuery q = EventQuery.all().withText("قصفا").withSort(sort).withPage(10, offset);
        Page<EventSummary> fast = s.queryEvents(q);
        Page<EventSummary> sql = s.queryEvents(q.withDates(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 1, 1)));
        assertThat(fast.total()).as(sort + " " + offset).isEqualTo(sql.total()).isEqualTo(53);
        assertThat(fast.items()).as(sort + " " + offset).isEqualTo(sql.items());
      }
    }
    assertThat(s.queryEvents(EventQuery.all().withText("الطلاب")).total()).isEqualTo(1);
    assertThat(s.queryEvents(EventQuery.all().withText("كلمةغائبة")).items()).isEmpty();
  }

  /**
   * The bounding box is exact at its edges although the page query narrows by integer cells of 1/10,000 degree
   * first (V008): a report in the same cell as an edge but outside the box is left out, one on the edge is in.
   */
  @Test
  void theBoundingBoxIsExactInsideTheCellsOfItsEdges() {
    try (EventStore s = open(newSpec())) {
      double[] lats = {30.0, 30.00004, 29.99999, 30.00011, 30.000015};
      List<Document> docs = new ArrayList<>();
      for (int i = 0; i < lats.length; i++) {
        docs.add(Fixtures.strikeAt("b" + i, "o" + i, i, DAY.plusDays(i * 5L), lats[i], 40.0));
      }
      s.ingest(docs);
      assertThat(lats(s, "39.9,30.00001,40.1,30.00004")).containsExactlyInAnyOrder(30.00004, 30.000015);
      assertThat(lats(s, "39.9,29.99999,40.1,30.0")).containsExactlyInAnyOrder(29.99999, 30.0);
      assertThat(lats(s, "40.0,30.00011,40.0,30.00011")).containsExactly(30.00011);
      assertThat(lats(s, "40.00001,29,41,31")).isEmpty();
      assertThat(lats(s, "-200,-100,200,100")).hasSize(lats.length);
      assertThat(s.queryEvents(EventQuery.all().withBBox(EventQuery.BBox.parse("39.9,30.00001,40.1,30.00004"))
          .withPage(1, 1)).total()).isEqualTo(2);
    }
  }

  private static List<Double> lats(EventStore s, String box) {
    EventQuery.BBox b = new EventQuery.BBox(Double.parseDouble(box.split(",")[1]), Double.parseDouble(box.split(",")[0]),
        Double.parseDouble(box.split(",")[3]), Double.parseDouble(box.split(",")[2]));
    return s.queryEvents(EventQuery.all().withBBox(b)).items().stream().map(EventSummary::lat).toList();
  }

  /** After {@code awaitIdle} every ingested batch is searchable and the store reads and writes as before. */
  @Test
  void awaitIdleLeavesEveryBatchSearchableAndTheStoreUsable() {
    try (EventStore s = open(newSpec())) {
      for (int i = 0; i < 30; i += 10) {
        List<Document> batch = new ArrayList<>();
        for (int j = i; j < i + 10; j++) {
          batch.add(Fixtures.workload(j));
        }
        s.ingest(batch);
      }
      s.awaitIdle();
      assertThat(s.search("قصف", 100)).hasSize(30);
      assertThat(s.queryEvents(EventQuery.all().withCountry("SYR")).total()).isEqualTo(30);
      s.ingest(List.of(Fixtures.protest("p", "beta", DAY)));
      s.awaitIdle();
      assertThat(s.search("الطلاب", 10)).hasSize(1);
    }
  }

  /**
   * A page's numbers come from the events' own column (V009) and equal the full record's: several kinds, none,
   * a kind the column cannot hold (read from event_numbers), and a row whose column is null (as before V009); the
   * V009 backfill of a store made before it writes the same column as the writer.
   */
  @Test
  void eventPagesCarryEveryNumberFromTheEventsOwnColumn() throws Exception {
    String spec = newSpec();
    java.util.Map<String, org.marsad.model.Count> three = new java.util.LinkedHashMap<>();
    three.put("killed", new org.marsad.model.Count(12, "exact", 3L));
    three.put("injured", new org.marsad.model.Count(40, "about", null));
    three.put("arrested", new org.marsad.model.Count(0, null, null));
    java.util.Map<String, org.marsad.model.Count> odd = new java.util.LinkedHashMap<>();
    odd.put("killed;x=1", new org.marsad.model.Count(5, null, null));
    odd.put("missing", new org.marsad.model.Count(2, null, null));
    try (EventStore s = open(spec)) {
      s.ingest(List.of(Fixtures.withNumbers(Fixtures.strike("a", "alpha", 12, DAY), three),
          Fixtures.protest("b", "beta", DAY.plusDays(1)),
          Fixtures.withNumbers(Fixtures.strike("c", "gamma", 1, DAY.plusDays(2)), odd)));
      assertThat(numbersOfPage(s)).containsExactly(
          java.util.Map.of("killed;x=1", 5L, "missing", 2L), java.util.Map.of(),
          java.util.Map.of("killed", 12L, "injured", 40L, "arrested", 0L));
      try (java.sql.Connection c = s.connection(); Statement st = c.createStatement()) {
        assertThat(Consistency.one(c, "SELECT COUNT(*) FROM events WHERE numbers IS NULL")).isEqualTo(1);
        assertThat(Consistency.one(c, "SELECT COUNT(*) FROM events WHERE numbers = 'arrested=0;injured=40;killed=12'"))
            .isEqualTo(1);
        st.executeUpdate("UPDATE events SET numbers = NULL");
      }
      assertThat(numbersOfPage(s)).containsExactly(
          java.util.Map.of("killed;x=1", 5L, "missing", 2L), java.util.Map.of(),
          java.util.Map.of("killed", 12L, "injured", 40L, "arrested", 0L));
      try (java.sql.Connection c = s.connection(); Statement st = c.createStatement()) {
        // as before V009: no column, version 8; the next open migrates and backfills
        st.execute("ALTER TABLE events DROP COLUMN numbers");
        st.execute("DELETE FROM schema_version WHERE name = 'V009__event_numbers_column'");
      }
    }
    try (EventStore s = open(spec); java.sql.Connection c = s.connection()) {
      assertThat(Consistency.one(c, "SELECT COUNT(*) FROM events WHERE numbers IS NULL")).isEqualTo(1);
      assertThat(Consistency.one(c, "SELECT COUNT(*) FROM events WHERE numbers = ''")).isEqualTo(1);
      assertThat(Consistency.one(c, "SELECT COUNT(*) FROM events WHERE numbers = 'arrested=0;injured=40;killed=12'"))
          .isEqualTo(1);
      assertThat(numbersOfPage(s)).containsExactly(
          java.util.Map.of("killed;x=1", 5L, "missing", 2L), java.util.Map.of(),
          java.util.Map.of("killed", 12L, "injured", 40L, "arrested", 0L));
    }
  }

  private static List<java.util.Map<String, Long>> numbersOfPage(EventStore s) {
    List<java.util.Map<String, Long>> out = new ArrayList<>();
    for (EventSummary e : s.queryEvents(EventQuery.all().withDates(DAY, null)).items()) {
      out.add(e.numbers());
      assertThat(s.event(e.id()).orElseThrow().summary().numbers()).isEqualTo(e.numbers());
    }
    return out;
  }

  @Test
  void arabicSearchFindsInflectedFormsAndLinksEvents() {
    String spec = newSpec();
    try (EventStore s = open(spec)) {
      s.ingest(List.of(Fixtures.strike("a", "alpha", 12, DAY), Fixtures.protest("b", "beta", DAY)));
      // «الغارة» (with the article) must find «غارة»; «القاهره» (taa marbuta written as haa) finds «القاهرة»
      List<SearchHit> hits = s.search("الغارة", 10);
      assertThat(hits).hasSize(1);
      assertThat(hits.get(0).eventIds()).hasSize(1);
      assertThat(hits.get(0).snippet()).contains("غارة");
      assertThat(s.search("القاهره", 10)).extracting(SearchHit::title).containsExactly("احتجاج في القاهرة");
      assertThat(s.queryEvents(EventQuery.all().withText("الطلاب")).items()).extracting(EventSummary::type)
          .containsExactly("PROTEST");
    }
    try (EventStore s = open(spec)) {
      s.rebuildIndex();
      assertThat(s.search("حلب", 10)).hasSize(1);
    }
  }

  @Test
  void schemaIsVersioned() {
    String spec = newSpec();
    try (EventStore s = open(spec)) {
      assertThat(s.schemaVersion()).isEqualTo(Db.migrationNames().size());
    }
    try (EventStore s = open(spec)) {
      assertThat(s.schemaVersion()).isEqualTo(Db.migrationNames().size());
    }
  }

  @Test
  void exportsRoundTrip(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out) throws Exception {
    try (EventStore s = open(newSpec())) {
      s.ingest(List.of(Fixtures.strike("a", "alpha, inc", 12, DAY), Fixtures.strike("b", "beta", 15, DAY),
          Fixtures.protest("p", "gamma", DAY.plusDays(3))));
      List<EventSummary> events = s.queryEvents(EventQuery.all().withSort(EventQuery.Sort.ID_ASC)).items();
      assertThat(events).hasSize(3);
      Exporter x = new Exporter(s);

      java.nio.file.Path csv = out.resolve("e.csv");
      assertThat(x.writeFile(EventQuery.all(), ExportFormat.ACLED_CSV, csv)).isEqualTo(3);
      List<List<String>> rows = ExportParsing.csv(java.nio.file.Files.readString(csv));
      assertThat(String.join(",", rows.get(0))).isEqualTo(Exporter.ACLED_HEADER);
      assertThat(rows).hasSize(4);
      for (int i = 0; i < 3; i++) {
        EventSummary e = events.get(i);
        List<String> r = rows.get(i + 1);
        assertThat(r.get(0)).isEqualTo(Long.toString(e.id()));
        assertThat(r.get(1)).isEqualTo(e.date().toString());
        assertThat(r.get(4)).isEqualTo(e.actor());
        assertThat(r.get(6)).isEqualTo(e.country());
        assertThat(Double.parseDouble(r.get(8))).isEqualTo(e.lat());
        assertThat(r.get(11)).isEqualTo(e.outlet());
        assertThat(r.get(12)).isEqualTo(e.sentence());
        assertThat(Long.parseLong(r.get(13))).isEqualTo(e.numbers().getOrDefault("killed", 0L));
      }

      java.io.ByteArrayOutputStream tsv = new java.io.ByteArrayOutputStream();
      assertThat(x.write(EventQuery.all().withType("ASSAULT"), ExportFormat.GDELT_TSV, tsv)).isEqualTo(2);
      String[] lines = tsv.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n");
      assertThat(lines[0]).isEqualTo(Exporter.GDELT_HEADER);
      String[] g = lines[1].split("\t", -1);
      assertThat(g).hasSize(Exporter.GDELT_HEADER.split("\t").length);
      assertThat(g[1]).isEqualTo("20240314");
      assertThat(g[3]).isEqualTo("RUS");
      assertThat(g[5]).isEqualTo("SYR");
      assertThat(g[7]).isEqualTo("195");
      assertThat(g[9]).isEqualTo("19");
      assertThat(g[10]).isEqualTo("4");

      java.io.ByteArrayOutputStream jl = new java.io.ByteArrayOutputStream();
      assertThat(x.write(EventQuery.all(), ExportFormat.JSONL, jl)).isEqualTo(3);
      List<String> recs = List.of(jl.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n"));
      var first = org.marsad.json.RecordJson.mapper().readTree(recs.get(0));
      assertThat(first.get("schema").asText()).isEqualTo("marsad/1");
      assertThat(first.get("doc").get("id").asText()).isEqualTo("a");
      assertThat(first.get("events").get(0)).isEqualTo(
          org.marsad.json.RecordJson.mapper().readTree(s.eventRecord(events.get(0).id()).orElseThrow()));
      assertThat(first.get("events").get(0).get("numbers").get("killed").get("value").asLong()).isEqualTo(12);

      java.io.ByteArrayOutputStream gj = new java.io.ByteArrayOutputStream();
      x.write(EventQuery.all().withCountry("EGY"), ExportFormat.GEOJSON, gj);
      var fc = org.marsad.json.RecordJson.mapper().readTree(gj.toByteArray());
      assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
      assertThat(fc.get("features")).hasSize(1);
      var f = fc.get("features").get(0);
      assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(31.2357);
      assertThat(f.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(30.0444);
      assertThat(f.get("properties").get("type").asText()).isEqualTo("PROTEST");

      java.nio.file.Path pq = out.resolve("e's.parquet");
      assertThat(x.writeFile(EventQuery.all(), ExportFormat.PARQUET, pq)).isEqualTo(3);
      try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
           var ps = c.prepareStatement("SELECT event_id, event_date, fatalities, country FROM read_parquet(?)"
               + " ORDER BY event_id")) {
        ps.setString(1, pq.toString());
        try (var rs = ps.executeQuery()) {
          for (EventSummary e : events) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(e.id());
            assertThat(rs.getDate(2).toLocalDate()).isEqualTo(e.date());
            assertThat(rs.getLong(3)).isEqualTo(e.numbers().getOrDefault("killed", 0L));
            assertThat(rs.getString(4)).isEqualTo(e.country());
          }
          assertThat(rs.next()).isFalse();
        }
      }
    }
  }

  @Test
  void aDeadlineCancelsARunningStatementAndTheStoreStaysUsable() {
    try (EventStore s = open(newSpec())) {
      s.ingest(List.of(Fixtures.protest("p", "x", DAY)));
      // run in another thread only so that a broken cancel fails the test instead of hanging the build
      assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
        long t0 = System.nanoTime();
        try (Deadline d = Deadline.start(Duration.ofMillis(700))) {
          assertThatThrownBy(() -> s.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(slowSql())) {
              rs.next();
              return rs.getObject(1);
            }
          })).isInstanceOf(QueryTimeoutException.class).hasMessage("the query took longer than 700 ms and was stopped");
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        // the statement alone runs for many minutes: back this soon means the database stopped it
        assertThat(secs).isGreaterThanOrEqualTo(0.7).isLessThan(60);
        // the same thread, no deadline left open: the store answers as before
        assertThat(s.queryEvents(EventQuery.all()).total()).isEqualTo(1);
        assertThat(s.search("الطلاب", 5)).hasSize(1);
      });
    }
  }

  @Test
  void readsAfterTheDeadlineFailAtOnceAndNestedDeadlinesKeepTheOuterEnd() throws Exception {
    try (EventStore s = open(newSpec())) {
      s.ingest(List.of(Fixtures.protest("p", "x", DAY)));
      try (Deadline outer = Deadline.start(Duration.ofMillis(30))) {
        try (Deadline inner = Deadline.start(Duration.ofHours(1))) {
          Thread.sleep(60);
          assertThat(inner.expired()).isTrue();
          assertThatThrownBy(() -> s.queryEvents(EventQuery.all())).isInstanceOf(QueryTimeoutException.class);
          assertThatThrownBy(() -> s.search("الطلاب", 5)).isInstanceOf(QueryTimeoutException.class);
          assertThatThrownBy(() -> s.queryEvents(EventQuery.all().withText("الطلاب")))
              .isInstanceOf(QueryTimeoutException.class);
        }
        assertThat(Deadline.current()).isSameAs(outer);
      }
      assertThat(Deadline.current()).isNull();
      assertThat(s.queryEvents(EventQuery.all().withText("الطلاب")).total()).isEqualTo(1);
      try (Deadline roomy = Deadline.start(Duration.ofMinutes(5))) {
        assertThat(s.queryEvents(EventQuery.all().withText("الطلاب")).total()).isEqualTo(1);
        assertThat(s.search("الطلاب", 5)).hasSize(1);
      }
    }
  }
}
