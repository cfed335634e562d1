package org.marsad.store;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.Marsad;
import org.marsad.model.Document;
import org.marsad.model.Event;

/**
 * Measures cross-article clustering on a duplicate set built from real articles: each article plus reworded
 * copies (a sentence dropped, sentences reordered, every number changed by 1..3, both), each from another
 * "outlet". All are analysed with {@code Marsad.standard()} and ingested into a fresh store; then pairwise
 * precision and recall are computed over pairs of events from different articles.
 *
 * <p>Gold: two events are the same real event when they come from the same source article, from the same
 * original sentence, and have the same PLOVER type and trigger words. Events of different source articles are
 * taken as different events. Usage: {@code java -cp marsad.jar org.marsad.store.ClusterEvaluation docs.jsonl DIR}.
 *
 * <p>{@code ClusterEvaluation --synthetic DIR [SEED]} scores the generated hard negatives of
 * {@link SyntheticReports} instead. {@code -Dmarsad.eval.verbose=true} lists the wrong pairs on stderr.
 */
public final class ClusterEvaluation {
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\u061F\n]+[.!?\u061F]*\\s*");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+");

  private ClusterEvaluation() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("--synthetic")) {
      Path work = Path.of(args[1]);
      Files.createDirectories(work);
      long seed = args.length > 2 ? Long.parseLong(args[2]) : 7;
      List<SyntheticReports.Labelled> set = SyntheticReports.generate(seed, 60, 6);
      System.out.printf(Locale.ROOT, "synthetic hard negatives (seed %d): %d articles reporting 60 strikes over 6"
          + " days%n", seed, set.size());
      score(set, work, false);
      return;
    }
    Path docs = Path.of(args[0]);
    Path work = Path.of(args[1]);
    Files.createDirectories(work);
    List<Document> originals = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank()) {
          originals.add(ArticleReader.jsonLine(line, ++n));
        }
      }
    }
    Random rnd = new Random(42);
    List<SyntheticReports.Labelled> variants = new ArrayList<>();
    for (int f = 0; f < originals.size(); f++) {
      Document o = originals.get(f);
      List<String> sents = new ArrayList<>();
      Matcher m = SENTENCE.matcher(o.text());
      while (m.find()) {
        if (!m.group().isBlank()) {
          sents.add(m.group().strip());
        }
      }
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < sents.size(); i++) {
        all.add(i);
      }
      variants.add(variant(o, f, 0, sents, all, false));
      if (sents.size() >= 3) {
        List<Integer> drop = new ArrayList<>(all);
        drop.remove(1 + rnd.nextInt(sents.size() - 1));
        variants.add(variant(o, f, 1, sents, drop, false));
        List<Integer> reorder = new ArrayList<>(all);
        reorder.add(1, reorder.remove(reorder.size() - 1));
        variants.add(variant(o, f, 2, sents, reorder, false));
        variants.add(variant(o, f, 4, sents, drop, true));
      }
      variants.add(variant(o, f, 3, sents, all, true));
    }
    System.out.printf(Locale.ROOT, "duplicate set: %d articles from %d originals%n", variants.size(), originals.size());
    score(variants, work, true);
  }

  /**
   * Analyses and ingests {@code set} into a fresh store under {@code work}, then prints pairwise precision and
   * recall over pairs of events from different articles, for the clusters and for the single-linkage
   * components. An event's gold key is the label of the span holding its trigger, its PLOVER type and (when
   * {@code withTrigger}) its trigger words; an event outside every span is its own event.
   */
  static void score(List<SyntheticReports.Labelled> set, Path work, boolean withTrigger) throws Exception {
    Marsad marsad = Marsad.standard();
    List<Document> analysed = new ArrayList<>();
    for (SyntheticReports.Labelled v : set) {
      analysed.add(marsad.extract(v.doc()));
    }
    Path db = work.resolve("eval-" + System.nanoTime() + ".duckdb");
    Map<Long, String> gold = new HashMap<>();
    Map<Long, Long> cluster = new HashMap<>();
    Map<Long, Long> component = new HashMap<>();
    Map<Long, Integer> docOf = new HashMap<>();
    Map<Long, String> show = new HashMap<>();
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < set.size(); i++) {
      byKey.put(set.get(i).doc().id(), i);
    }
    try (EventStore s = EventStore.open(db.toString())) {
      s.ingest(analysed);
      try (java.sql.Connection c = s.connection(); java.sql.Statement st = c.createStatement();
           java.sql.ResultSet rs = st.executeQuery("SELECT id, component_id FROM events WHERE component_id IS NOT NULL")) {
        while (rs.next()) {
          component.put(rs.getLong(1), rs.getLong(2));
        }
      }
      for (EventSummary e : s.queryEvents(EventQuery.all().withPage(EventQuery.MAX_LIMIT, 0)).items()) {
        String key = s.document(e.documentId()).orElseThrow().summary().key();
        int vi = byKey.get(key);
        SyntheticReports.Labelled v = set.get(vi);
        Document d = analysed.get(vi);
        Event ev = d.events().stream().filter(x -> x.id().equals(e.localId())).findFirst().orElseThrow();
        int at = ev.trigger() == null ? ev.sentence().start() : ev.trigger().start();
        String label = "none" + e.id();
        for (int k = 0; k < v.spans().size(); k++) {
          if (v.spans().get(k)[0] <= at && at < v.spans().get(k)[1]) {
            label = v.labels().get(k);
          }
        }
        gold.put(e.id(), label + "|" + e.type()
            + (withTrigger ? "|" + (ev.trigger() == null ? "" : ev.trigger().text()) : ""));
        cluster.put(e.id(), e.clusterId());
        docOf.put(e.id(), vi);
        show.put(e.id(), e.id() + " " + v.doc().id() + " " + e.type() + " A=" + e.actor() + "/" + e.actorCountry()
            + " R=" + e.recipient() + "/" + e.recipientCountry() + " P=" + e.place() + "/" + e.country() + "/"
            + e.geoPrecision() + "/" + e.lat() + "," + e.lon() + " D=" + e.date() + "/" + e.datePrecision()
            + "/" + (ev.date() == null ? null : ev.date().basis()) + " N=" + e.numbers() + " T=" + e.trigger()
            + " gold=" + gold.get(e.id()));
      }
    }
    System.out.printf(Locale.ROOT, "factual events %d, clusters %d, components %d%n", gold.size(),
        new HashSet<>(cluster.values()).size(), new HashSet<>(component.values()).size());
    report("clusters", gold, cluster, docOf, show, Boolean.getBoolean("marsad.eval.verbose"));
    report("single-linkage components", gold, component, docOf, show, false);
  }

  private static void report(String what, Map<Long, String> gold, Map<Long, Long> predicted,
                             Map<Long, Integer> docOf, Map<Long, String> show, boolean verbose) {
    List<Long> ids = new ArrayList<>(gold.keySet());
    java.util.Collections.sort(ids);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        long a = ids.get(i);
        long b = ids.get(j);
        if (docOf.get(a).equals(docOf.get(b))) {
          continue;
        }
        boolean g = gold.get(a).equals(gold.get(b));
        boolean p = predicted.get(a).equals(predicted.get(b));
        if (g && p) {
          tp++;
        } else if (p) {
          fp++;
          if (verbose) {
            System.err.println("FP\n  " + show.get(a) + "\n  " + show.get(b));
          }
        } else if (g) {
          fn++;
          if (verbose) {
            System.err.println("FN\n  " + show.get(a) + "\n  " + show.get(b));
          }
        }
      }
    }
    double prec = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double rec = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    System.out.printf(Locale.ROOT, "%s: cross-article pairs: gold %d, predicted %d, correct %d;"
        + " pairwise precision %.3f recall %.3f F1 %.3f%n", what, tp + fn, tp + fp, tp, prec, rec,
        prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec));
  }

  private static SyntheticReports.Labelled variant(Document o, int family, int kind, List<String> sents,
                                                  List<Integer> order, boolean numbers) {
    StringBuilder sb = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    for (int idx : order) {
      String s = sents.get(idx);
      if (numbers) {
        Matcher m = NUMBER.matcher(s);
        StringBuilder t = new StringBuilder();
        while (m.find()) {
          long v = Long.parseLong(m.group().length() > 9 ? "0" : m.group());
          String rep = v >= 3 && v < 1900 ? Long.toString(v + 1 + (v % 3)) : m.group();
          m.appendReplacement(t, rep);
        }
        m.appendTail(t);
        s = t.toString();
      }
      if (sb.length() > 0) {
        sb.append('\n');
      }
      spans.add(new int[] {sb.length(), sb.length() + s.length()});
      sb.append(s);
    }
    Document d = Document.of(o.id() + "~v" + kind, sb.toString(),
        o.published() == null ? null : o.published().plusDays(numbers ? 1 : 0), o.title(), null,
        "outlet-" + kind);
    List<String> labels = new ArrayList<>();
    for (int idx : order) {
      labels.add(family + "|" + idx);
    }
    return new SyntheticReports.Labelled(d, spans, labels);
  }
}
