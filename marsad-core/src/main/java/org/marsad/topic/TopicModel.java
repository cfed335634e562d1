package org.marsad.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Token;
import org.marsad.text.Tokenizer;

/**
 * A two-class multinomial naive Bayes model of an article's domain: {@link Domain#NEWS} (politics,
 * security, international affairs) against {@link Domain#OTHER} (sport, economy, technology, culture).
 * Marsad uses it to stop sport («سحق الفريق منافسه») and business («حرب تجارية») articles from
 * yielding conflict events.
 *
 * <p>Features are the normalised word tokens of two letters or more, with a leading «و» or «ال»
 * also counted as a stripped variant. The model is a versioned text bundle: a header
 * {@code #marsad-topic <version>} then {@code #key value} manifest lines, then one
 * {@code word<TAB>logP(word|NEWS)<TAB>logP(word|OTHER)} row per word. Immutable and thread-safe.
 */
public final class TopicModel {
  /** The bundle format version this class reads. */
  public static final String FORMAT = "1";
  /** Classpath location of the shipped model. */
  public static final String RESOURCE = "/org/marsad/topic/topic-model.tsv";

  /** The two domains. */
  public enum Domain { NEWS, OTHER }

  private static volatile TopicModel standard;

  private final Map<String, float[]> logProbs;
  private final double[] logPrior;
  private final double[] logUnseen;
  private final Map<String, String> manifest;

  private TopicModel(Map<String, float[]> logProbs, double[] logPrior, double[] logUnseen, Map<String, String> manifest) {
    this.logProbs = Collections.unmodifiableMap(logProbs);
    this.logPrior = logPrior.clone();
    this.logUnseen = logUnseen.clone();
    this.manifest = Collections.unmodifiableMap(manifest);
  }

  /** The shipped model, loaded once. A missing or mismatched bundle is fatal. */
  public static TopicModel standard() {
    TopicModel m = standard;
    if (m == null) {
      synchronized (TopicModel.class) {
        m = standard;
        if (m == null) {
          try (InputStream in = TopicModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("missing bundled resource " + RESOURCE);
            }
            m = read(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
          }
          standard = m;
        }
      }
    }
    return m;
  }

  /** Reads a model bundle; checks its format version. */
  public static TopicModel read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String head = r.readLine();
    if (head == null || !head.startsWith("#marsad-topic ")) {
      throw new IOException("not a marsad topic model (no #marsad-topic header)");
    }
    String version = head.substring("#marsad-topic ".length()).trim();
    if (!version.equals(FORMAT)) {
      throw new IOException("topic model format " + version + " is not the supported format " + FORMAT);
    }
    Map<String, String> manifest = new HashMap<>();
    Map<String, float[]> probs = new HashMap<>();
    String line;
    while ((line = r.readLine()) != null) {
      if (line.startsWith("#")) {
        int sp = line.indexOf(' ');
        if (sp > 1) {
          manifest.put(line.substring(1, sp), line.substring(sp + 1).trim());
        }
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IOException("bad topic model row: " + line);
      }
      probs.put(f[0], new float[] {Float.parseFloat(f[1]), Float.parseFloat(f[2])});
    }
    for (String key : List.of("prior.NEWS", "prior.OTHER", "unseen.NEWS", "unseen.OTHER")) {
      if (!manifest.containsKey(key)) {
        throw new IOException("topic model manifest lacks " + key);
      }
    }
    double[] prior = {Double.parseDouble(manifest.get("prior.NEWS")), Double.parseDouble(manifest.get("prior.OTHER"))};
    double[] unseen = {Double.parseDouble(manifest.get("unseen.NEWS")), Double.parseDouble(manifest.get("unseen.OTHER"))};
    return new TopicModel(probs, prior, unseen, manifest);
  }

  /** The manifest entries of the bundle (training data, date, size, held-out accuracy ...). */
  public Map<String, String> manifest() {
    return manifest;
  }

  /** The probability that a tokenised text is of the OTHER domain (sport, economy, technology, culture). */
  public double probabilityOther(List<Token> tokens) {
    double news = logPrior[0];
    double other = logPrior[1];
    int used = 0;
    for (Token t : tokens) {
      for (String f : features(t)) {
        float[] p = logProbs.get(f);
        if (p != null) {
          news += p[0];
          other += p[1];
          used++;
        }
      }
    }
    if (used == 0) {
      return 0.0;
    }
    double d = other - news;
    return d > 40 ? 1.0 : d < -40 ? 0.0 : 1.0 / (1.0 + Math.exp(-d));
  }

  /** The probability that {@code text} is of the OTHER domain. */
  public double probabilityOther(String text) {
    return probabilityOther(Tokenizer.INSTANCE.tokenize(text));
  }

  /** Feature strings of one token: the normalised word, and a variant without a leading «و» or «ال». */
  static List<String> features(Token t) {
    if (t.kind() != Token.Kind.WORD) {
      return List.of();
    }
    String w = t.norm();
    if (w.length() < 2) {
      return List.of();
    }
    String s = w;
    if (s.length() > 3 && s.charAt(0) == 'و') {
      s = s.substring(1);
    }
    if (s.length() > 4 && s.startsWith("ال")) {
      s = s.substring(2);
    }
    return s.equals(w) ? List.of(w) : List.of(w, s);
  }

  /** Builds a model from labelled texts; {@code vocabulary} caps the number of words kept. */
  public static Trainer trainer(int minCount, int vocabulary) {
    return new Trainer(minCount, vocabulary);
  }

  /** Accumulates counts from labelled texts, then writes a bundle. Not thread-safe; one use. */
  public static final class Trainer {
    private final int minCount;
    private final int vocabulary;
    private final Map<String, long[]> counts = new HashMap<>();
    private final long[] docs = new long[2];
    private final long[] totals = new long[2];

    private Trainer(int minCount, int vocabulary) {
      this.minCount = minCount;
      this.vocabulary = vocabulary;
    }

    /** Adds one labelled text. */
    public void add(String text, Domain domain) {
      int c = domain.ordinal();
      docs[c]++;
      for (Token t : Tokenizer.INSTANCE.tokenize(text)) {
        for (String f : features(t)) {
          counts.computeIfAbsent(f, k -> new long[2])[c]++;
          totals[c]++;
        }
      }
    }

    /** Writes the bundle with Laplace smoothing; {@code info} adds manifest lines. */
    public void write(Writer w, Map<String, String> info) throws IOException {
      List<Map.Entry<String, long[]>> kept = counts.entrySet().stream()
          .filter(e -> e.getValue()[0] + e.getValue()[1] >= minCount)
          .sorted((a, b) -> Double.compare(weight(b.getValue()), weight(a.getValue())))
          .limit(vocabulary)
          .sorted(Map.Entry.comparingByKey())
          .toList();
      long v = kept.size();
      long[] keptTotals = new long[2];
      for (Map.Entry<String, long[]> e : kept) {
        keptTotals[0] += e.getValue()[0];
        keptTotals[1] += e.getValue()[1];
      }
      double[] denom = {keptTotals[0] + v, keptTotals[1] + v};
      long n = docs[0] + docs[1];
      w.write("#marsad-topic " + FORMAT + "\n");
      for (Map.Entry<String, String> e : info.entrySet()) {
        w.write("#" + e.getKey() + " " + e.getValue() + "\n");
      }
      w.write("#docs.NEWS " + docs[0] + "\n#docs.OTHER " + docs[1] + "\n#vocabulary " + v + "\n");
      w.write("#prior.NEWS " + Math.log((double) docs[0] / n) + "\n");
      w.write("#prior.OTHER " + Math.log((double) docs[1] / n) + "\n");
      w.write("#unseen.NEWS " + Math.log(1.0 / denom[0]) + "\n");
      w.write("#unseen.OTHER " + Math.log(1.0 / denom[1]) + "\n");
      for (Map.Entry<String, long[]> e : kept) {
        long[] c = e.getValue();
        w.write(e.getKey() + "\t" + (float) Math.log((c[0] + 1) / denom[0]) + "\t"
            + (float) Math.log((c[1] + 1) / denom[1]) + "\n");
      }
    }

    /** Frequency times absolute smoothed log-odds: frequent, discriminative words first. */
    private double weight(long[] c) {
      double pn = (c[0] + 1.0) / (totals[0] + 1.0);
      double po = (c[1] + 1.0) / (totals[1] + 1.0);
      return (c[0] + c[1]) * Math.abs(Math.log(pn / po));
    }
  }
}
