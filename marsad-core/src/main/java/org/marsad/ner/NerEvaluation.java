package org.marsad.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Entity-level precision, recall and F1 of predicted BIO tags against gold tags, exactly as
 * {@code score.py ner} counts them: an entity is a (start, end, type) span; {@code I-X} after
 * anything but {@code B-X}/{@code I-X} starts a new entity (IOB1-tolerant).
 */
public final class NerEvaluation {
  /** Counts for one type (or all types). */
  public record Counts(int tp, int fp, int fn) {
    public double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int gold() {
      return tp + fn;
    }

    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }
  }

  private record Span(int start, int end, String type) {
  }

  private final Map<String, Counts> byType = new TreeMap<>();
  private int offset;

  /** Adds one sentence. */
  public void add(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold and predicted differ in length: " + gold.size() + " vs " + predicted.size());
    }
    Set<Span> g = spans(gold, offset);
    Set<Span> p = spans(predicted, offset);
    offset += gold.size();
    Set<String> types = new TreeSet<>();
    g.forEach(s -> types.add(s.type));
    p.forEach(s -> types.add(s.type));
    for (String t : types) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (Span s : p) {
        if (s.type.equals(t)) {
          if (g.contains(s)) {
            tp++;
          } else {
            fp++;
          }
        }
      }
      for (Span s : g) {
        if (s.type.equals(t) && !p.contains(s)) {
          fn++;
        }
      }
      byType.merge(t, new Counts(tp, fp, fn), Counts::plus);
    }
  }

  /** Adds another evaluation's counts (for cross-validation). */
  public void addAll(NerEvaluation other) {
    other.byType.forEach((t, c) -> byType.merge(t, c, Counts::plus));
  }

  /** Counts per entity type, sorted by type. */
  public Map<String, Counts> byType() {
    return Map.copyOf(byType);
  }

  /** Counts over all types. */
  public Counts overall() {
    Counts c = new Counts(0, 0, 0);
    for (Counts x : byType.values()) {
      c = c.plus(x);
    }
    return c;
  }

  /** The report in {@code score.py ner}'s layout. */
  public String report() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Counts> e : byType.entrySet()) {
      Counts c = e.getValue();
      sb.append(String.format(Locale.ROOT, "  %-5s precision %.3f recall %.3f f1 %.3f (gold %d)%n",
          e.getKey(), c.precision(), c.recall(), c.f1(), c.gold()));
    }
    Counts o = overall();
    sb.append(String.format(Locale.ROOT, "ner_f1: %.3f precision: %.3f recall: %.3f%n", o.f1(), o.precision(), o.recall()));
    return sb.toString();
  }

  private static Set<Span> spans(List<String> tags, int base) {
    Set<Span> out = new HashSet<>();
    int start = -1;
    String kind = null;
    int n = tags.size();
    for (int i = 0; i <= n; i++) {
      String t = i < n ? tags.get(i) : "O";
      String prefix = t.length() > 1 ? t.substring(0, 1) : t;
      String k = t.length() > 2 ? t.substring(2) : "";
      boolean begins = prefix.equals("B") || (prefix.equals("I") && !k.equals(kind));
      if (start >= 0 && (t.equals("O") || begins)) {
        out.add(new Span(base + start, base + i, kind));
        start = -1;
        kind = null;
      }
      if (!t.equals("O") && (begins || start < 0)) {
        start = i;
        kind = k;
      }
    }
    return out;
  }

  /** Entity spans of a BIO tag sequence as {@code [start, end, type]} (for tests and merging). */
  static List<String[]> entitySpans(List<String> tags) {
    List<String[]> out = new ArrayList<>();
    for (Span s : spans(tags, 0)) {
      out.add(new String[] {String.valueOf(s.start), String.valueOf(s.end), s.type});
    }
    out.sort((a, b) -> Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])));
    return out;
  }
}
