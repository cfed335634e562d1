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
 */
public final class ClusterEvaluation {
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\u061F\n]+[.!?\u061F]*\\s*");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+");

  private ClusterEvaluation() {
  }

  /** A generated article and, for each of its sentences, the index of the original sentence. */
  private record Variant(Document doc, int family, List<Integer> origin, List<int[]> spans) {
  }

  public static void main(String[] args) throws Exception {
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
    List<Variant> variants = new ArrayList<>();
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
    Marsad marsad = Marsad.standard();
    List<Document> analysed = new ArrayList<>();
    for (Variant v : variants) {
      analysed.add(marsad.extract(v.doc()));
    }
    Path db = work.resolve("eval-" + System.nanoTime() + ".duckdb");
    Map<Long, String> gold = new HashMap<>();
    Map<Long, Long> cluster = new HashMap<>();
    Map<Long, Integer> docOf = new HashMap<>();
    Map<Long, String> show = new HashMap<>();
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < variants.size(); i++) {
      byKey.put(variants.get(i).doc().id(), i);
    }
    try (EventStore s = EventStore.open(db.toString())) {
      s.ingest(analysed);
      for (EventSummary e : s.queryEvents(EventQuery.all().withPage(EventQuery.MAX_LIMIT, 0)).items()) {
        String key = s.document(e.documentId()).orElseThrow().summary().key();
        int vi = byKey.get(key);
        Variant v = variants.get(vi);
        Document d = analysed.get(vi);
        Event ev = d.events().stream().filter(x -> x.id().equals(e.localId())).findFirst().orElseThrow();
        int at = ev.trigger() == null ? ev.sentence().start() : ev.trigger().start();
        int orig = -1;
        for (int k = 0; k < v.spans().size(); k++) {
          if (v.spans().get(k)[0] <= at && at < v.spans().get(k)[1]) {
            orig = v.origin().get(k);
          }
        }
        gold.put(e.id(), v.family() + "|" + orig + "|" + e.type() + "|"
            + (ev.trigger() == null ? "" : ev.trigger().text()));
        cluster.put(e.id(), e.clusterId());
        docOf.put(e.id(), vi);
        show.put(e.id(), e.id() + " " + v.doc().id() + " " + e.type() + " A=" + e.actor() + "/" + e.actorCountry()
            + " R=" + e.recipient() + "/" + e.recipientCountry() + " P=" + e.place() + "/" + e.country() + "/"
            + e.geoPrecision() + "/" + e.lat() + "," + e.lon() + " D=" + e.date() + "/" + e.datePrecision()
            + "/" + (ev.date() == null ? null : ev.date().basis()) + " N=" + e.numbers() + " T=" + e.trigger()
            + " gold=" + gold.get(e.id()));
      }
    }
    List<Long> ids = new ArrayList<>(gold.keySet());
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
        boolean p = cluster.get(a).equals(cluster.get(b));
        if (g && p) {
          tp++;
        } else if (p) {
          fp++;
          if (Boolean.getBoolean("marsad.eval.verbose")) {
            System.err.println("FP\n  " + show.get(a) + "\n  " + show.get(b));
          }
        } else if (g) {
          fn++;
          if (Boolean.getBoolean("marsad.eval.verbose")) {
            System.err.println("FN\n  " + show.get(a) + "\n  " + show.get(b));
          }
        }
      }
    }
    Set<Long> clusters = new HashSet<>(cluster.values());
    double prec = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double rec = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    System.out.printf(Locale.ROOT, "articles %d (from %d originals), factual events %d, clusters %d%n",
        variants.size(), originals.size(), ids.size(), clusters.size());
    System.out.printf(Locale.ROOT, "cross-article pairs: gold %d, predicted %d, correct %d%n", tp + fn, tp + fp, tp);
    System.out.printf(Locale.ROOT, "pairwise precision %.3f recall %.3f F1 %.3f%n", prec, rec,
        prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec));
  }

  private static Variant variant(Document o, int family, int kind, List<String> sents, List<Integer> order,
                                 boolean numbers) {
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
    return new Variant(d, family, new ArrayList<>(order), spans);
  }
}
