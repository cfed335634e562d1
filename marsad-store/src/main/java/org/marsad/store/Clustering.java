package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.marsad.cluster.Cluster;
import org.marsad.cluster.ClusterAssembly;
import org.marsad.cluster.ClusterInput;
import org.marsad.cluster.EventClusterer;
import org.marsad.cluster.Figures;
import org.marsad.model.Count;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Factuality;
import org.marsad.model.Participant;
import org.marsad.model.Place;

/**
 * Incremental clustering inside the write transaction, equal to clustering every stored factual event at once
 * with {@link EventClusterer}. Each event keeps two ids: {@code component_id}, its single-linkage component
 * (step 1 of {@link EventClusterer}), and {@code cluster_id}, its cluster within that component (step 2,
 * {@link EventClusterer#refine}).
 *
 * <ol>
 *   <li>New factual events are compared with each other and with the stored events of their blocks (same type
 *       and block country, dates within the window); matches are unioned with the stored components, which
 *       is exactly the single-linkage result, whatever the batch order.</li>
 *   <li>Every component that got a new event (merged components included) is loaded whole and refined again,
 *       so its clusters are what clustering everything at once gives; events whose component or cluster
 *       changed are updated, and the summaries of every old and new cluster of those components rewritten.</li>
 * </ol>
 * Clusters are named after their smallest event id, components likewise. {@link #RULE_VERSION} is recorded
 * in {@code store_info}; a store clustered by another version is reclustered whole on open
 * ({@link #recluster}).
 */
final class Clustering {
  /** The version of the clustering rule; stores clustered by another version are reclustered on open. */
  static final String RULE_VERSION = "2";

  /** The columns {@link #input} reads, for {@code SELECT ... FROM events e}. */
  static final String FACTS = "e.id, e.document_id, e.type, e.actor, e.actor_country, e.actor_sector, e.recipient,"
      + " e.recipient_country, e.recipient_sector, e.place, e.country, e.geo_precision, e.lat, e.lon, e.event_date,"
      + " e.date_precision, e.date_basis, e.component_id, e.cluster_id";

  /** {@link #FACTS} and the event's own numbers column ({@code events.numbers}, V009; see {@link #input(ResultSet, List)}). */
  static final String FACTS_AND_NUMBERS = FACTS + ", e.numbers";

  /** A new event, its store ids and its clustering view. */
  record NewEvent(long id, long documentId, Document doc, Event event, LocalDate date) {
    ClusterInput input() {
      Map<String, Long> nums = new LinkedHashMap<>();
      for (Map.Entry<String, Count> e : event.numbers().entrySet()) {
        nums.put(e.getKey(), e.getValue().value());
      }
      Participant a = event.actor();
      Participant r = event.recipient();
      Place p = event.location();
      return new ClusterInput(id, Long.toString(documentId), event.type(), party(a), party(r),
          p == null ? ClusterInput.Site.NONE : new ClusterInput.Site(p.name() != null ? p.name() : p.text(),
              p.country(), p.precision(), p.lat(), p.lon()),
          date, event.date() == null ? ClusterInput.basisOf(null, null)
              : ClusterInput.basisOf(event.date().precision(), event.date().basis()),
          nums, sourceName(doc.outlet(), doc.url(), doc.id()));
    }

    private static ClusterInput.Party party(Participant p) {
      return p == null ? ClusterInput.Party.NONE
          : new ClusterInput.Party(p.name() != null ? p.name() : p.text(), p.country(), p.sector());
    }
  }

  /**
   * What a batch changes: the component and cluster of each new event, the stored events whose component or
   * cluster changes ({@code id -> [component, cluster]}), the old cluster ids to drop and the clusters to
   * (re)write.
   */
  record Plan(Map<Long, Long> assignment, Map<Long, Long> components, Map<Long, long[]> moves,
              Set<Long> dropped, Set<Long> finals, Map<Long, List<ClusterInput>> members) {
    Plan(Map<Long, Long> assignment, Map<Long, Long> components, Map<Long, long[]> moves, Set<Long> dropped,
         Set<Long> finals) {
      this(assignment, components, moves, dropped, finals, null);
    }
  }

  /** The clustering view of an events row read with {@link #FACTS} (numbers from {@code numbers}). */
  static ClusterInput input(ResultSet rs, Map<Long, Map<String, Long>> numbers) throws SQLException {
    long id = rs.getLong("id");
    return new ClusterInput(id, Long.toString(rs.getLong("document_id")), rs.getString("type"),
        new ClusterInput.Party(rs.getString("actor"), rs.getString("actor_country"), rs.getString("actor_sector")),
        new ClusterInput.Party(rs.getString("recipient"), rs.getString("recipient_country"),
            rs.getString("recipient_sector")),
        new ClusterInput.Site(rs.getString("place"), rs.getString("country"), rs.getString("geo_precision"),
            Rows.dbl(rs, "lat"), Rows.dbl(rs, "lon")),
        Rows.date(rs, "event_date"), ClusterInput.basisOf(rs.getString("date_precision"), rs.getString("date_basis")),
        numbers.getOrDefault(id, Map.of()), null);
  }

  /**
   * The clustering view of an events row read with {@link #FACTS_AND_NUMBERS}: the numbers decoded from the row's
   * own column (written with the row, equal to its {@code event_numbers} rows); where that column is null (a
   * kind it cannot hold) the event gets no numbers here and its id is added to {@code unknown}, to be completed
   * from {@code event_numbers} ({@link #withNumbers}).
   */
  static ClusterInput input(ResultSet rs, List<Long> unknown) throws SQLException {
    String text = rs.getString("numbers");
    if (text == null) {
      unknown.add(rs.getLong("id"));
      return input(rs, Map.of());
    }
    return input(rs, Map.of(rs.getLong("id"), NumbersColumn.decode(text)));
  }

  static String sourceName(String outlet, String url, String key) {
    if (outlet != null && !outlet.isBlank()) {
      return outlet;
    }
    if (url != null && !url.isBlank()) {
      return url;
    }
    return "doc:" + key;
  }

  private final EventClusterer clusterer;

  Clustering(EventClusterer clusterer) {
    this.clusterer = clusterer;
  }

  EventClusterer clusterer() {
    return clusterer;
  }

  /** The rule the store's clusters are made with: {@link #RULE_VERSION} and the rule's parameters. */
  String ruleKey() {
    return RULE_VERSION + "|" + clusterer.rule().maxKm() + "km|" + clusterer.rule().windowDays() + "d";
  }

  /** The rule key recorded in {@code store_info}, or null. */
  String storedRule(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM store_info WHERE name = 'cluster_rule'");
         ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /**
   * The plan of a batch (see the class comment). Split into one method per step, each small enough for the JIT to
   * compile once (the whole plan in one method was compiled again and again, 120 kB of code each time).
   */
  Plan plan(Connection c, List<NewEvent> events) throws SQLException {
    List<ClusterInput> fresh = new ArrayList<>();
    for (NewEvent ne : events) {
      if (Writer.factuality(ne.event()) == Factuality.ASSERTED) {
        fresh.add(ne.input());
      }
    }
    if (fresh.isEmpty()) {
      return new Plan(Map.of(), Map.of(), Map.of(), Set.of(), Set.of());
    }
    // 1. components: new links unioned with the stored components
    Map<Long, Long> oldComponent = new HashMap<>();
    List<ClusterInput> candidates = candidates(c, fresh, oldComponent);
    ClusterAssembly asm = new ClusterAssembly();
    Set<Long> freshIds = new HashSet<>();
    for (ClusterInput e : fresh) {
      asm.add(e.id());
      freshIds.add(e.id());
    }
    for (ClusterInput e : candidates) {
      asm.link(e.id(), oldComponent.get(e.id()));
    }
    List<ClusterInput> all = new ArrayList<>(fresh);
    all.addAll(candidates);
    linkNew(asm, all, freshIds);
    // 2. every touched component, loaded whole, refined again
    Map<Long, List<ClusterInput>> components = new TreeMap<>();
    for (ClusterInput e : fresh) {
      components.computeIfAbsent(asm.find(e.id()), k -> new ArrayList<>()).add(e);
    }
    Set<Long> touchedOld = new TreeSet<>();
    for (Long old : new TreeSet<>(oldComponent.values())) {
      if (components.containsKey(asm.find(old))) {
        touchedOld.add(old);
      }
    }
    Map<Long, long[]> current = new HashMap<>();
    for (ClusterInput e : stored(c, touchedOld, current)) {
      components.get(asm.find(current.get(e.id())[0])).add(e);
    }
    return refined(components, current);
  }

  /**
   * The stored factual events that can match a new one (same type and block country, dates within the window of
   * the batch's range for that block), in block order then id order; fills {@code oldComponent} (event id ->
   * its stored component).
   */
  private List<ClusterInput> candidates(Connection c, List<ClusterInput> fresh, Map<Long, Long> oldComponent)
      throws SQLException {
    int window = clusterer.rule().windowDays();
    Map<String, LocalDate[]> ranges = new TreeMap<>();
    Set<String> undated = new TreeSet<>();
    for (ClusterInput e : fresh) {
      String key = e.type() + "\u0000" + e.blockCountry();
      if (e.date() == null) {
        undated.add(key);
        ranges.putIfAbsent(key, null);
        continue;
      }
      LocalDate[] r = ranges.get(key);
      if (r == null) {
        ranges.put(key, new LocalDate[] {e.date(), e.date()});
      } else {
        if (e.date().isBefore(r[0])) {
          r[0] = e.date();
        }
        if (e.date().isAfter(r[1])) {
          r[1] = e.date();
        }
      }
    }
    List<ClusterInput> candidates = new ArrayList<>();
    List<Long> unknownNumbers = new ArrayList<>();
    // One statement per 200 blocks (a join with the blocks' list) instead of one scan of events per block: the
    // per-block statements were half of the writer's time on a 10k-article ingest (docs/perf.md).
    List<Map.Entry<String, LocalDate[]>> keys = new ArrayList<>(ranges.entrySet());
    for (List<Map.Entry<String, LocalDate[]>> chunk : Rows.chunks(keys, 200)) {
      StringBuilder values = new StringBuilder();
      for (int i = 0; i < chunk.size(); i++) {
        values.append(i == 0 ? "" : ", ").append("(CAST(? AS INTEGER), CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
            + " CAST(? AS DATE), CAST(? AS DATE), CAST(? AS INTEGER))");
      }
      String sql = "SELECT " + FACTS_AND_NUMBERS + " FROM events e JOIN (VALUES " + values + ") k(ord, t, bc, lo, hi,"
          + " u) ON e.type = k.t AND e.block_country = k.bc WHERE e.component_id IS NOT NULL"
          + " AND ((e.event_date BETWEEN k.lo AND k.hi) OR (k.u = 1 AND e.event_date IS NULL)) ORDER BY k.ord, e.id";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int p = 1;
        for (int i = 0; i < chunk.size(); i++) {
          Map.Entry<String, LocalDate[]> r = chunk.get(i);
          String[] k = r.getKey().split("\u0000", 2);
          LocalDate[] d = r.getValue();
          ps.setInt(p++, i);
          ps.setString(p++, k[0]);
          ps.setString(p++, k[1]);
          Rows.date(ps, p++, d == null ? LocalDate.of(1, 1, 1) : d[0].minusDays(window));
          Rows.date(ps, p++, d == null ? LocalDate.of(1, 1, 1) : d[1].plusDays(window));
          ps.setInt(p++, undated.contains(r.getKey()) ? 1 : 0);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            candidates.add(input(rs, unknownNumbers));
            oldComponent.put(rs.getLong("id"), rs.getLong("component_id"));
          }
        }
      }
    }
    return withNumbers(c, candidates, unknownNumbers);
  }

  /**
   * Links every matching pair with a new event ({@code freshIds}) inside the blocks of {@code all}: pairs of stored
   * events are in their stored components already. Each pair is compared as {@link EventClusterer#links} compares
   * it (smaller id first), and linked as it links it.
   */
  private void linkNew(ClusterAssembly asm, List<ClusterInput> all, Set<Long> freshIds) {
    org.marsad.cluster.ClusterRule rule = clusterer.rule();
    for (List<ClusterInput> block : clusterer.blocks(all).values()) {
      for (ClusterInput f : block) {
        if (!freshIds.contains(f.id())) {
          continue;
        }
        for (ClusterInput o : block) {
          if (o.id() == f.id() || o.id() < f.id() && freshIds.contains(o.id())) {
            continue; // itself, or a pair of new events already compared from the other one
          }
          boolean m = o.id() < f.id() ? rule.match(o, f) : rule.match(f, o);
          if (m) {
            asm.link(Math.min(o.id(), f.id()), Math.max(o.id(), f.id()));
          }
        }
      }
    }
  }

  /**
   * Refines every touched component (root -> its events, new and stored) and finds what changes: the new
   * events' clusters, the stored events that move ({@code current}: id -> [component, cluster] as stored), and the
   * clusters to rewrite.
   */
  private Plan refined(Map<Long, List<ClusterInput>> components, Map<Long, long[]> current) {
    Map<Long, Long> assignment = new HashMap<>();
    Map<Long, Long> componentOf = new HashMap<>();
    Map<Long, long[]> moves = new TreeMap<>();
    // Only clusters whose members change are rewritten: a cluster that gets a new report or loses or gains a
    // stored one ("dirty"), and the old clusters stored reports leave. Every other cluster of a touched
    // component keeps its members, so its stored summary (a function of its members) is already right.
    Set<Long> dirty = new TreeSet<>();
    Map<Long, List<ClusterInput>> finalMembers = new HashMap<>();
    for (Map.Entry<Long, List<ClusterInput>> comp : components.entrySet()) {
      long root = comp.getKey();
      Map<Long, ClusterInput> byId = new HashMap<>();
      for (ClusterInput e : comp.getValue()) {
        byId.put(e.id(), e);
      }
      for (List<Long> cluster : clusterer.refine(comp.getValue())) {
        long id = cluster.get(0);
        boolean changed = false;
        for (Long m : cluster) {
          long[] was = current.get(m);
          if (was == null) {
            assignment.put(m, id);
            componentOf.put(m, root);
            changed = true;
          } else {
            if (was[1] != id) {
              dirty.add(was[1]);
              changed = true;
            }
            if (was[0] != root || was[1] != id) {
              moves.put(m, new long[] {root, id});
            }
          }
        }
        if (changed) {
          dirty.add(id);
        }
        List<ClusterInput> ms = new ArrayList<>(cluster.size());
        for (Long m : cluster) {
          ms.add(byId.get(m));
        }
        finalMembers.put(id, ms);
      }
    }
    Set<Long> finals = new TreeSet<>();
    Map<Long, List<ClusterInput>> members = new HashMap<>();
    for (Long id : dirty) {
      List<ClusterInput> ms = finalMembers.get(id);
      if (ms != null) {
        finals.add(id);
        members.put(id, ms);
      }
    }
    return new Plan(assignment, componentOf, moves, dirty, finals, members);
  }

  /**
   * {@code events} with the numbers of the events {@code unknown} read from {@code event_numbers} (the rule
   * compares tolls); the others already carry theirs (from {@code events.numbers}).
   */
  private static List<ClusterInput> withNumbers(Connection c, List<ClusterInput> events, List<Long> unknown)
      throws SQLException {
    if (unknown.isEmpty()) {
      return events;
    }
    Map<Long, Map<String, Long>> numbers = new HashMap<>();
    for (List<Long> chunk : Rows.chunks(unknown, 500)) {
      try (PreparedStatement ps = c.prepareStatement("SELECT event_id, kind, value FROM event_numbers"
          + " WHERE event_id IN (" + Rows.marks(chunk.size()) + ")")) {
        Rows.bindAll(ps, 1, chunk);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            numbers.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
          }
        }
      }
    }
    List<ClusterInput> out = new ArrayList<>(events.size());
    for (ClusterInput e : events) {
      Map<String, Long> n = numbers.get(e.id());
      out.add(n == null ? e : new ClusterInput(e.id(), e.document(), e.type(), e.actor(), e.recipient(), e.place(),
          e.date(), e.dateBasis(), n, e.source()));
    }
    return out;
  }

  /** The stored factual events of the given components, with their numbers; fills {@code current}. */
  private static List<ClusterInput> stored(Connection c, Set<Long> componentIds, Map<Long, long[]> current)
      throws SQLException {
    List<ClusterInput> out = new ArrayList<>();
    List<Long> unknown = new ArrayList<>();
    for (List<Long> chunk : Rows.chunks(new ArrayList<>(componentIds), 400)) {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + FACTS_AND_NUMBERS + " FROM events e"
          + " WHERE e.component_id IN (" + Rows.marks(chunk.size()) + ")")) {
        Rows.bindAll(ps, 1, chunk);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(input(rs, unknown));
            current.put(rs.getLong("id"), new long[] {rs.getLong("component_id"), rs.getLong("cluster_id")});
          }
        }
      }
    }
    return withNumbers(c, out, unknown);
  }

  /**
   * Clusters every stored factual event again from scratch (after a rule change) and rewrites all cluster
   * rows; returns the number of clusters. Runs inside the caller's transaction.
   */
  int recluster(Connection c, Timestamp now) throws SQLException {
    Map<Long, Map<String, Long>> numbers = new HashMap<>();
    try (Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT n.event_id, n.kind, n.value FROM event_numbers n"
             + " JOIN events e ON e.id = n.event_id WHERE e.factuality = 'asserted'")) {
      while (rs.next()) {
        numbers.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
      }
    }
    List<ClusterInput> inputs = new ArrayList<>();
    Map<Long, long[]> current = new HashMap<>();
    try (Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT " + FACTS + " FROM events e WHERE e.factuality = 'asserted'")) {
      while (rs.next()) {
        inputs.add(input(rs, numbers));
        long comp = rs.getLong("component_id");
        boolean noComp = rs.wasNull();
        long cluster = rs.getLong("cluster_id");
        boolean noCluster = rs.wasNull();
        current.put(rs.getLong("id"), new long[] {noComp ? -1 : comp, noCluster ? -1 : cluster});
      }
    }
    Map<Long, ClusterInput> byId = new HashMap<>();
    ClusterAssembly asm = new ClusterAssembly();
    for (ClusterInput e : inputs) {
      byId.put(e.id(), e);
      asm.add(e.id());
    }
    for (List<ClusterInput> block : clusterer.blocks(inputs).values()) {
      for (long[] l : clusterer.links(block)) {
        asm.link(l[0], l[1]);
      }
    }
    Map<Long, long[]> moves = new TreeMap<>();
    Set<Long> finals = new TreeSet<>();
    for (Map.Entry<Long, List<Long>> comp : asm.components().entrySet()) {
      List<ClusterInput> ms = new ArrayList<>();
      for (Long m : comp.getValue()) {
        ms.add(byId.get(m));
      }
      for (List<Long> cluster : clusterer.refine(ms)) {
        finals.add(cluster.get(0));
        for (Long m : cluster) {
          long[] was = current.get(m);
          if (was[0] != comp.getKey() || was[1] != cluster.get(0)) {
            moves.put(m, new long[] {comp.getKey(), cluster.get(0)});
          }
        }
      }
    }
    try (Statement st = c.createStatement()) {
      st.executeUpdate("DELETE FROM cluster_sources");
      st.executeUpdate("DELETE FROM cluster_numbers");
      st.executeUpdate("DELETE FROM clusters");
    }
    apply(c, new Plan(Map.of(), Map.of(), moves, Set.of(), finals), now);
    try (Statement st = c.createStatement()) {
      st.executeUpdate("DELETE FROM store_info WHERE name = 'cluster_rule'");
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO store_info (name, value) VALUES ('cluster_rule', ?)")) {
      ps.setString(1, ruleKey());
      ps.executeUpdate();
    }
    return finals.size();
  }

  /**
   * Moves stored events to their new component and cluster and rewrites the summaries of every dropped and
   * final cluster (the new events must be inserted already); returns the number of clusters written.
   */
  int apply(Connection c, Plan plan, Timestamp now) throws SQLException {
    if (plan.finals().isEmpty()) {
      return 0;
    }
    // the moves as one statement per 500 events (a JDBC batch ran one UPDATE per event)
    for (List<Map.Entry<Long, long[]>> chunk : Rows.chunks(new ArrayList<>(plan.moves().entrySet()), 500)) {
      StringBuilder values = new StringBuilder();
      for (int i = 0; i < chunk.size(); i++) {
        values.append(i == 0 ? "" : ", ").append("(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT))");
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE events SET component_id = v.comp, cluster_id = v.clu"
          + " FROM (VALUES " + values + ") v(id, comp, clu) WHERE events.id = v.id")) {
        int p = 1;
        for (Map.Entry<Long, long[]> m : chunk) {
          ps.setLong(p++, m.getKey());
          ps.setLong(p++, m.getValue()[0]);
          ps.setLong(p++, m.getValue()[1]);
        }
        ps.executeUpdate();
      }
    }
    Set<Long> goneSet = new TreeSet<>(plan.finals());
    goneSet.addAll(plan.dropped());
    List<Long> gone = new ArrayList<>(goneSet);
    for (String table : List.of("clusters", "cluster_numbers", "cluster_sources")) {
      String col = table.equals("clusters") ? "id" : "cluster_id";
      for (List<Long> chunk : Rows.chunks(gone, 500)) {
        try (PreparedStatement ps = c.prepareStatement(
            "DELETE FROM " + table + " WHERE " + col + " IN (" + Rows.marks(chunk.size()) + ")")) {
          Rows.bindAll(ps, 1, chunk);
          ps.executeUpdate();
        }
      }
    }
    List<Long> finals = new ArrayList<>(plan.finals());
    final int B = java.sql.Types.BIGINT;
    final int V = java.sql.Types.VARCHAR;
    final int I = java.sql.Types.INTEGER;
    final int D = java.sql.Types.DOUBLE;
    final int DT = java.sql.Types.DATE;
    Bulk pc = new Bulk(c, "clusters", "id, type, country, first_date, last_date, lat, lon, events, documents,"
        + " updated_at", B, V, V, DT, DT, D, D, I, I, java.sql.Types.TIMESTAMP);
    Bulk pn = new Bulk(c, "cluster_numbers", "cluster_id, kind, low, best, high, reports", B, V, B, B, B, I);
    Bulk psrc = new Bulk(c, "cluster_sources", "cluster_id, source", B, V);
    for (List<Long> chunk : Rows.chunks(finals, 400)) {
      Map<Long, Member> loaded = plan.members() == null ? members(c, chunk) : members(c, chunk, plan.members());
      for (Member m : loaded.values()) {
        Cluster cl = ClusterAssembly.summarise(m.clusterId, m.inputs);
        pc.add(cl.id(), m.type, m.country, m.first, m.last, m.located == 0 ? null : m.latSum / m.located,
            m.located == 0 ? null : m.lonSum / m.located, m.inputs.size(), m.documents.size(), now);
        for (Map.Entry<String, Figures> f : cl.numbers().entrySet()) {
          pn.add(cl.id(), f.getKey(), f.getValue().low(), f.getValue().best(), f.getValue().high(),
              f.getValue().reports());
        }
        for (String s : cl.sources()) {
          psrc.add(cl.id(), s);
        }
      }
    }
    pc.finish();
    pn.finish();
    psrc.finish();
    return finals.size();
  }

  /** The members of one cluster, as loaded for its summary. */
  private static final class Member {
    final long clusterId;
    final List<ClusterInput> inputs = new ArrayList<>();
    final Set<Long> documents = new HashSet<>();
    String type;
    String country;
    LocalDate first;
    LocalDate last;
    double latSum;
    double lonSum;
    int located;

    Member(long clusterId) {
      this.clusterId = clusterId;
    }
  }

  /**
   * The members of {@code clusterIds} from the plan's components (already loaded whole, with their numbers);
   * only the sources of stored reports are read (their articles' outlet, URL and key). The same summaries as
   * {@link #members(Connection, List)}: members in id order, the type and country of the smallest.
   */
  private static Map<Long, Member> members(Connection c, List<Long> clusterIds, Map<Long, List<ClusterInput>> known)
      throws SQLException {
    Set<Long> docIds = new TreeSet<>();
    for (Long id : clusterIds) {
      for (ClusterInput e : known.get(id)) {
        if (e.source() == null) {
          docIds.add(Long.parseLong(e.document()));
        }
      }
    }
    Map<Long, String> sources = new HashMap<>();
    for (List<Long> chunk : Rows.chunks(new ArrayList<>(docIds), 500)) {
      try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.outlet, d.url, d.doc_key FROM documents d"
          + " WHERE d.id IN (" + Rows.marks(chunk.size()) + ")")) {
        Rows.bindAll(ps, 1, chunk);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            sources.put(rs.getLong(1), sourceName(rs.getString(2), rs.getString(3), rs.getString(4)));
          }
        }
      }
    }
    Map<Long, Member> out = new TreeMap<>();
    for (Long id : clusterIds) {
      List<ClusterInput> ms = new ArrayList<>(known.get(id));
      ms.sort(java.util.Comparator.comparingLong(ClusterInput::id));
      Member m = new Member(id);
      for (ClusterInput e : ms) {
        if (m.type == null) {
          m.type = e.type();
          m.country = e.blockCountry();
        }
        LocalDate d = e.date();
        if (d != null) {
          m.first = m.first == null || d.isBefore(m.first) ? d : m.first;
          m.last = m.last == null || d.isAfter(m.last) ? d : m.last;
        }
        if (e.place().lat() != null && e.place().lon() != null) {
          m.latSum += e.place().lat();
          m.lonSum += e.place().lon();
          m.located++;
        }
        long doc = Long.parseLong(e.document());
        m.documents.add(doc);
        m.inputs.add(new ClusterInput(e.id(), null, m.type, null, null, null, d, null, e.numbers(),
            e.source() != null ? e.source() : sources.get(doc)));
      }
      out.put(id, m);
    }
    return out;
  }

  private static Map<Long, Member> members(Connection c, List<Long> clusterIds) throws SQLException {
    Map<Long, Map<String, Long>> numbers = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT n.event_id, n.kind, n.value FROM event_numbers n"
        + " JOIN events e ON e.id = n.event_id WHERE e.cluster_id IN (" + Rows.marks(clusterIds.size()) + ")")) {
      Rows.bindAll(ps, 1, clusterIds);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          numbers.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
        }
      }
    }
    Map<Long, Member> out = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.cluster_id, e.type, e.block_country, e.lat,"
        + " e.lon, e.event_date, e.document_id, d.outlet, d.url, d.doc_key FROM events e"
        + " JOIN documents d ON d.id = e.document_id WHERE e.cluster_id IN (" + Rows.marks(clusterIds.size()) + ")"
        + " ORDER BY e.id")) {
      Rows.bindAll(ps, 1, clusterIds);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong("id");
          Member m = out.computeIfAbsent(rs.getLong("cluster_id"), Member::new);
          if (m.type == null) {
            m.type = rs.getString("type");
            m.country = rs.getString("block_country");
          }
          LocalDate d = Rows.date(rs, "event_date");
          if (d != null) {
            m.first = m.first == null || d.isBefore(m.first) ? d : m.first;
            m.last = m.last == null || d.isAfter(m.last) ? d : m.last;
          }
          Double lat = Rows.dbl(rs, "lat");
          Double lon = Rows.dbl(rs, "lon");
          if (lat != null && lon != null) {
            m.latSum += lat;
            m.lonSum += lon;
            m.located++;
          }
          m.documents.add(rs.getLong("document_id"));
          m.inputs.add(new ClusterInput(id, null, m.type, null, null, null, d, null,
              numbers.getOrDefault(id, Map.of()),
              sourceName(rs.getString("outlet"), rs.getString("url"), rs.getString("doc_key"))));
        }
      }
    }
    return out;
  }
}
