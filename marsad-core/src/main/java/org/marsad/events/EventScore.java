package org.marsad.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Article-level event scoring, a faithful port of {@code score.py events} (the project's evaluation script):
 * same matching, same counts, same printed lines.
 *
 * <p>Rules (as in the script):
 * <ol>
 *   <li>predicted events of one document are grouped by (type, actor country, recipient country), in order;</li>
 *   <li>gold events are taken required first (stable order); each claims the first unused group whose first
 *       event matches: its type is one of the gold types and each side's country is in the gold list (a missing
 *       list means {@code [null]}; {@code "*"} accepts anything);</li>
 *   <li>an unmatched required gold event is a false negative; a matched optional one counts nothing;
 *       every unclaimed group is a false positive;</li>
 *   <li>for a matched required event: each gold number is right when any event of the group has that value,
 *       the location when any has that country, the factuality when any has an allowed value.</li>
 * </ol>
 */
public final class EventScore {
  private int tp;
  private int fp;
  private int fn;
  private int numOk;
  private int numAll;
  private int locOk;
  private int locAll;
  private int factOk;
  private int factAll;

  private EventScore() {
  }

  /**
   * Scores {@code predictions} (marsad/1 records by document id) against {@code gold} (the gold JSON array),
   * printing the script's per-error lines and summary to {@code out}.
   */
  public static EventScore score(JsonNode gold, Map<String, JsonNode> predictions, PrintWriter out) {
    EventScore s = new EventScore();
    for (JsonNode doc : gold) {
      s.scoreDoc(doc, predictions.get(doc.path("id").asText()), out);
    }
    out.println("events: tp " + s.tp + " fp " + s.fp + " fn " + s.fn);
    out.println("events_f1: " + f3(s.f1()) + " precision: " + f3(s.precision()) + " recall: " + f3(s.recall())
        + " numbers: " + f3(ratio(s.numOk, s.numAll)) + " location: " + f3(ratio(s.locOk, s.locAll))
        + " factuality: " + f3(ratio(s.factOk, s.factAll)));
    out.flush();
    return s;
  }

  public int truePositives() {
    return tp;
  }

  public int falsePositives() {
    return fp;
  }

  public int falseNegatives() {
    return fn;
  }

  public double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  public double numbers() {
    return ratio(numOk, numAll);
  }

  public double location() {
    return ratio(locOk, locAll);
  }

  public double factuality() {
    return ratio(factOk, factAll);
  }

  private void scoreDoc(JsonNode doc, JsonNode rec, PrintWriter out) {
    String id = doc.path("id").asText();
    Map<List<String>, List<JsonNode>> groups = new LinkedHashMap<>();
    JsonNode events = rec == null ? null : rec.get("events");
    if (events != null && events.isArray()) {
      for (JsonNode p : events) {
        List<String> key = new ArrayList<>(3);
        key.add(text(p.get("type")));
        key.add(country(p.get("actor")));
        key.add(country(p.get("recipient")));
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
      }
    }
    List<List<String>> keys = new ArrayList<>(groups.keySet());
    Set<List<String>> used = new HashSet<>();
    List<JsonNode> golds = new ArrayList<>();
    doc.path("events").forEach(golds::add);
    List<JsonNode> ordered = new ArrayList<>();
    for (JsonNode g : golds) {
      if (!optional(g)) {
        ordered.add(g);
      }
    }
    for (JsonNode g : golds) {
      if (optional(g)) {
        ordered.add(g);
      }
    }
    for (JsonNode g : ordered) {
      List<String> hit = null;
      for (List<String> k : keys) {
        if (!used.contains(k) && matches(g, groups.get(k).get(0))) {
          hit = k;
          break;
        }
      }
      if (hit == null) {
        if (!optional(g)) {
          fn++;
          out.println("  missed  " + id + ": " + repr(g.get("type")) + " " + repr(g.get("actor")) + " -> "
              + repr(g.get("recipient")) + "  (" + (g.has("note") ? g.get("note").asText() : "") + ")");
        }
        continue;
      }
      used.add(hit);
      if (optional(g)) {
        continue;
      }
      tp++;
      List<JsonNode> group = groups.get(hit);
      JsonNode nums = g.get("numbers");
      if (nums != null && nums.isObject()) {
        Iterator<Map.Entry<String, JsonNode>> it = nums.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> en = it.next();
          numAll++;
          List<JsonNode> got = new ArrayList<>();
          boolean ok = false;
          for (JsonNode p : group) {
            JsonNode v = p.path("numbers").path(en.getKey()).get("value");
            got.add(v);
            ok |= v != null && !v.isNull() && v.equals(en.getValue())
                || v != null && v.isNumber() && en.getValue().isNumber() && v.asDouble() == en.getValue().asDouble();
          }
          if (ok) {
            numOk++;
          } else {
            out.println("  number  " + id + ": " + repr(g.get("type")) + " " + en.getKey() + " gold "
                + repr(en.getValue()) + " got " + reprList(got));
          }
        }
      }
      JsonNode loc = g.get("location_country");
      if (loc != null && !loc.isNull() && !loc.asText().isEmpty()) {
        locAll++;
        for (JsonNode p : group) {
          if (loc.asText().equals(text(p.path("location").get("country")))) {
            locOk++;
            break;
          }
        }
      }
      JsonNode fact = g.get("factuality");
      if (fact != null && fact.isArray() && fact.size() > 0) {
        factAll++;
        for (JsonNode p : group) {
          if (contains(fact, p.get("factuality"))) {
            factOk++;
            break;
          }
        }
      }
    }
    for (List<String> k : keys) {
      if (!used.contains(k)) {
        fp++;
        JsonNode trig = groups.get(k).get(0).path("trigger").get("text");
        out.println("  extra   " + id + ": " + k.get(0) + " " + pyStr(k.get(1)) + " -> " + pyStr(k.get(2))
            + " «" + (trig == null || trig.isNull() ? "None" : trig.asText()) + "»");
      }
    }
  }

  private static boolean optional(JsonNode g) {
    JsonNode o = g.get("optional");
    return o != null && truthy(o);
  }

  private static boolean truthy(JsonNode n) {
    if (n.isBoolean()) {
      return n.asBoolean();
    }
    if (n.isNumber()) {
      return n.asDouble() != 0;
    }
    if (n.isTextual()) {
      return !n.asText().isEmpty();
    }
    if (n.isContainerNode()) {
      return n.size() > 0;
    }
    return false;
  }

  private static boolean matches(JsonNode gold, JsonNode pred) {
    if (!contains(gold.get("type"), pred.get("type"))) {
      return false;
    }
    for (String side : new String[] {"actor", "recipient"}) {
      JsonNode allowed = gold.get(side);
      String c = country(pred.get(side));
      if (allowed == null) {
        if (c != null) {
          return false;
        }
        continue;
      }
      boolean ok = false;
      for (JsonNode a : allowed) {
        if (a.isNull() ? c == null : a.asText().equals(c) || a.asText().equals("*")) {
          ok = true;
          break;
        }
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(JsonNode list, JsonNode value) {
    if (list == null || !list.isArray()) {
      return false;
    }
    for (JsonNode x : list) {
      if (Objects.equals(x, value == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : value)) {
        return true;
      }
    }
    return false;
  }

  private static String country(JsonNode side) {
    if (side == null || !side.isObject()) {
      return null;
    }
    JsonNode c = side.get("country");
    return c == null || c.isNull() ? null : c.asText();
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0.0 : (double) a / b;
  }

  /** Python's {@code f"{x:.3f}"}: the exact binary value rounded half-even. */
  static String f3(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String pyStr(String s) {
    return s == null ? "None" : s;
  }

  /** Python's repr of a JSON value as json.load gives it. */
  static String repr(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return "None";
    }
    if (n.isTextual()) {
      return "'" + n.asText().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
    if (n.isBoolean()) {
      return n.asBoolean() ? "True" : "False";
    }
    if (n.isIntegralNumber()) {
      return n.asText();
    }
    if (n.isNumber()) {
      return Double.toString(n.asDouble());
    }
    if (n.isArray()) {
      List<JsonNode> xs = new ArrayList<>();
      n.forEach(xs::add);
      return reprList(xs);
    }
    StringBuilder sb = new StringBuilder("{");
    Iterator<Map.Entry<String, JsonNode>> it = n.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      sb.append('\'').append(e.getKey()).append("': ").append(repr(e.getValue()));
      if (it.hasNext()) {
        sb.append(", ");
      }
    }
    return sb.append('}').toString();
  }

  private static String reprList(List<JsonNode> xs) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < xs.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(repr(xs.get(i)));
    }
    return sb.append(']').toString();
  }
}
