package org.marsad.ner;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import org.marsad.text.ArabicNormalizer;

/**
 * The manifest of a NER model bundle: what the model was trained with and how well it did.
 * {@link NerModel} checks {@link #format}, {@link #featuresVersion}, {@link #features} and
 * {@link #normaliser} against the running code when it loads a bundle.
 *
 * @param format          bundle format ({@value NerModel#FORMAT})
 * @param featuresVersion version of the feature generators ({@link ArabicNerFeatures#VERSION})
 * @param features        description of the active features and resources
 * @param normaliser      fingerprint of the normaliser's behaviour ({@link #normaliserFingerprint()})
 * @param trainingData    file name, sentences used, and SHA-256 of the training data
 * @param trainingDate    ISO-8601 instant of training
 * @param algorithm       OpenNLP trainer ({@code MAXENT}, {@code MAXENT_QN}, {@code PERCEPTRON}, {@code PERCEPTRON_SEQUENCE})
 * @param iterations      training iterations
 * @param cutoff          feature count cutoff
 * @param beamSize        decoding beam size
 * @param scores          measured scores (free text, e.g. the held-out F1), or empty
 * @param combination     {@value #PERCEPTRON} (the name finder alone) or {@value #UNION} (the CRF's names, then the
 *                        name finder's names that overlap none of them)
 * @param crf             how the CRF was trained ({@link CrfTrainer#describe}), or empty
 * @param crfWeights      the CRF weights entry: {@code sha256:HEX labels=L attributes=A weights=W}, or empty;
 *                        loading checks the entry against it
 */
public record NerManifest(String format, int featuresVersion, String features, String normaliser, String trainingData,
                          String trainingDate, String algorithm, int iterations, int cutoff, int beamSize, String scores,
                          String combination, String crf, String crfWeights) {
  /** The name finder alone. */
  public static final String PERCEPTRON = "perceptron";
  /** CRF names first, then the name finder's names that overlap none. */
  public static final String UNION = "crf+perceptron-union";

  static final String PROBE;

  static {
    StringBuilder sb = new StringBuilder();
    for (char c = '\u0600'; c <= '\u06FF'; c++) {
      sb.append(c);
    }
    for (char c = '\u0020'; c < '\u007F'; c++) {
      sb.append(c);
    }
    sb.append("\u200B\u200C\u200D\u200E\u200F\u202A\u202E\u2066\u2069\uFEFF\u00AD\uFB50\uFEFB");
    PROBE = sb.toString();
  }

  /** A short hash of what the normaliser does to every Arabic-block and ASCII character. */
  public static String normaliserFingerprint() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < PROBE.length(); i++) {
      sb.append(ArabicNormalizer.INSTANCE.normalize(PROBE.substring(i, i + 1))).append('|');
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  String toProperties() {
    Properties p = new Properties();
    p.setProperty("format", format);
    p.setProperty("features.version", String.valueOf(featuresVersion));
    p.setProperty("features", features);
    p.setProperty("normaliser", normaliser);
    p.setProperty("training.data", trainingData);
    p.setProperty("training.date", trainingDate);
    p.setProperty("algorithm", algorithm);
    p.setProperty("iterations", String.valueOf(iterations));
    p.setProperty("cutoff", String.valueOf(cutoff));
    p.setProperty("beam", String.valueOf(beamSize));
    p.setProperty("scores", scores);
    p.setProperty("combination", combination);
    p.setProperty("crf", crf);
    p.setProperty("crf.weights", crfWeights);
    StringWriter w = new StringWriter();
    try {
      p.store(w, "Marsad NER model bundle");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return w.toString();
  }

  static NerManifest fromProperties(String text) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(text));
    try {
      return new NerManifest(req(p, "format"), Integer.parseInt(req(p, "features.version")), req(p, "features"),
          req(p, "normaliser"), req(p, "training.data"), req(p, "training.date"), req(p, "algorithm"),
          Integer.parseInt(req(p, "iterations")), Integer.parseInt(req(p, "cutoff")), Integer.parseInt(req(p, "beam")),
          p.getProperty("scores", ""), p.getProperty("combination", PERCEPTRON), p.getProperty("crf", ""),
          p.getProperty("crf.weights", ""));
    } catch (NumberFormatException e) {
      throw new IOException("bad NER model manifest: " + e.getMessage());
    }
  }

  private static String req(Properties p, String key) throws IOException {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IOException("bad NER model manifest: no '" + key + "'");
    }
    return v;
  }

  NerManifest withScores(String newScores) {
    return new NerManifest(format, featuresVersion, features, normaliser, trainingData, trainingDate, algorithm,
        iterations, cutoff, beamSize, newScores, combination, crf, crfWeights);
  }
}
