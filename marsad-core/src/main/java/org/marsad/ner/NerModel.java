package org.marsad.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * A trained Arabic named-entity model: an OpenNLP name finder over Marsad's Arabic features
 * ({@link ArabicNerFeatures}), packed as a versioned bundle with a {@link NerManifest}.
 *
 * <pre>{@code
 * NerModel m = NerModel.bundled();                       // the model shipped in the jar
 * List<String> tags = m.tag(List.of("قال", "الرئيس", "محمود", "عباس"));   // [O, O, B-PERS, I-PERS]
 * }</pre>
 *
 * <p>Bundle layout (a zip): {@code manifest.properties}, {@code opennlp-namefinder.bin} and, when the
 * manifest's combination is {@link NerManifest#UNION}, {@code crf-weights.bin} (a linear-chain CRF,
 * {@link CrfWeights}, decoded in Java by {@link CrfDecoder}). Loading checks the manifest against the running
 * code (format, feature version and configuration, normaliser fingerprint) and the CRF entry against the
 * manifest (present exactly when the combination needs it, same SHA-256, label, attribute and weight counts),
 * and fails with a one-line reason on a mismatch. Format {@code marsad-ner/1} bundles (the name finder alone)
 * still load.
 *
 * <p>Union rule: the CRF's names (after the post-passes) are kept; a name of the name finder (after the
 * post-passes) is added where it overlaps none of them.
 *
 * <p>Instances are immutable and thread-safe (each thread gets its own decoder).
 */
public final class NerModel {
  static {
    // OpenNLP 2.5.9+ instantiates only classes of allowed packages named in a model (CVE-2026-42027): our
    // bundles name org.marsad.ner.MarsadNameFinderFactory, so allow this package and nothing else
    opennlp.tools.util.ext.ExtensionLoader.registerAllowedPackage("org.marsad.ner");
  }

  /** Bundle format written and accepted. */
  public static final String FORMAT = "marsad-ner/2";
  /** The earlier format (no CRF), still read. */
  static final String FORMAT_1 = "marsad-ner/1";
  /** Classpath location of the shipped bundle. */
  public static final String BUNDLED = "/org/marsad/ner/model/ner-model.zip";

  private static final String MANIFEST_ENTRY = "manifest.properties";
  private static final String MODEL_ENTRY = "opennlp-namefinder.bin";
  private static final String CRF_ENTRY = "crf-weights.bin";
  /**
   * Sentences per pseudo-document when the input has no document boundaries (ANERcorp, CoNLL files):
   * the document memory is cleared this often.
   */
  public static final int DOCUMENT_SENTENCES = 20;

  private static volatile NerModel bundled;

  private final NerManifest manifest;
  private final TokenNameFinderModel model;
  private final ThreadLocal<NameFinderME> finders;

  private final ThreadLocal<FastDecoder> fast;
  /** The CRF of a union bundle, or null. */
  private final CrfWeights crf;
  private final ThreadLocal<CrfDecoder> crfDecoders;

  private NerModel(NerManifest manifest, TokenNameFinderModel model, CrfWeights crf) {
    this.manifest = manifest;
    this.model = model;
    this.crf = crf;
    this.crfDecoders = crf == null ? null : ThreadLocal.withInitial(() -> new CrfDecoder(crf, NerResources.features()));
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    Object mm = model.getArtifact("nameFinder.model");
    java.util.function.Supplier<FastDecoder> decoders = mm instanceof opennlp.tools.ml.model.MaxentModel
        && !Boolean.getBoolean("marsad.ner.openNlpDecoder")
        ? FastDecoder.factory((opennlp.tools.ml.model.MaxentModel) mm, manifest.beamSize(), NerResources.features())
        : null;
    this.fast = decoders != null ? ThreadLocal.withInitial(decoders) : null;
  }

  /** BIO tags from OpenNLP outcomes ({@code X-start}, {@code X-cont}, {@code other}). */
  private static String[] bio(String[] outcomes) {
    String[] tags = new String[outcomes.length];
    for (int i = 0; i < outcomes.length; i++) {
      String o = outcomes[i];
      if (o.endsWith("-start")) {
        tags[i] = "B-" + o.substring(0, o.length() - 6);
      } else if (o.endsWith("-cont")) {
        tags[i] = "I-" + o.substring(0, o.length() - 5);
      } else {
        tags[i] = "O";
      }
    }
    return tags;
  }

  /** The model shipped in the jar, loaded once per JVM. A missing or mismatched bundle is fatal. */
  public static NerModel bundled() {
    NerModel m = bundled;
    if (m == null) {
      synchronized (NerModel.class) {
        m = bundled;
        if (m == null) {
          InputStream in = NerModel.class.getResourceAsStream(BUNDLED);
          if (in == null) {
            throw new IllegalStateException("missing bundled NER model " + BUNDLED + " (broken jar?)");
          }
          try (in) {
            m = load(in, "bundled NER model");
          } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
          }
          bundled = m;
        }
      }
    }
    return m;
  }

  /** Loads a bundle file. */
  public static NerModel load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file");
    }
  }

  /** Loads a bundle; {@code name} appears in error messages. */
  public static NerModel load(InputStream in, String name) throws IOException {
    // the feature resources (lexicon over the knowledge base's names, clusters) load on another core
    // while the bundle is read and deserialised
    java.util.concurrent.CompletableFuture<ArabicNerFeatures> resources =
        java.util.concurrent.CompletableFuture.supplyAsync(NerResources::features);
    String manifestText = null;
    byte[] modelBytes = null;
    byte[] crfBytes = null;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (e.getName().equals(MANIFEST_ENTRY)) {
          manifestText = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        } else if (e.getName().equals(MODEL_ENTRY)) {
          modelBytes = zip.readAllBytes();
        } else if (e.getName().equals(CRF_ENTRY)) {
          crfBytes = zip.readAllBytes();
        }
      }
    } catch (IOException e) {
      throw new IOException(name + ": not a Marsad NER model bundle (" + e.getMessage() + ")");
    }
    if (manifestText == null || modelBytes == null) {
      throw new IOException(name + ": not a Marsad NER model bundle (needs " + MANIFEST_ENTRY + " and " + MODEL_ENTRY + ")");
    }
    NerManifest m = NerManifest.fromProperties(manifestText);
    checkVersions(m, name);
    CrfWeights crf = checkCrf(m, crfBytes, name);
    TokenNameFinderModel tnf = new TokenNameFinderModel(new ByteArrayInputStream(modelBytes));
    try {
      resources.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
    checkFeatures(m, name);
    return new NerModel(m, tnf, crf);
  }

  /** The manifest's bundle format, feature version and normaliser against this code's. */
  private static void checkVersions(NerManifest m, String name) throws IOException {
    String retrain = "; retrain it (see docs/ner.md)";
    if (!FORMAT.equals(m.format()) && !FORMAT_1.equals(m.format())) {
      throw new IOException(name + ": bundle format " + m.format() + ", this Marsad reads " + FORMAT + retrain);
    }
    if (m.featuresVersion() != ArabicNerFeatures.VERSION) {
      throw new IOException(name + ": trained with NER features v" + m.featuresVersion() + ", this Marsad has v"
          + ArabicNerFeatures.VERSION + retrain);
    }
    String fp = NerManifest.normaliserFingerprint();
    if (!fp.equals(m.normaliser())) {
      throw new IOException(name + ": trained with normaliser " + m.normaliser() + ", this Marsad's normaliser is " + fp
          + retrain);
    }
  }

  /** The manifest's record of the CRF entry against the entry (null when the bundle has no CRF). */
  static CrfWeights checkCrf(NerManifest m, byte[] crfBytes, String name) throws IOException {
    String bad = name + ": bad bundle: ";
    boolean union = NerManifest.UNION.equals(m.combination());
    if (!union && !NerManifest.PERCEPTRON.equals(m.combination())) {
      throw new IOException(bad + "unknown combination '" + m.combination() + "'");
    }
    if (!union) {
      if (crfBytes != null || !m.crfWeights().isEmpty()) {
        throw new IOException(bad + "combination " + m.combination() + " but a CRF entry or record");
      }
      return null;
    }
    if (crfBytes == null) {
      throw new IOException(bad + "combination " + m.combination() + " needs " + CRF_ENTRY);
    }
    String sha = CrfWeights.sha256(crfBytes);
    if (!m.crfWeights().startsWith(sha + " ")) {
      throw new IOException(bad + CRF_ENTRY + " is " + sha + ", the manifest records " + m.crfWeights());
    }
    CrfWeights w;
    try {
      w = CrfWeights.read(new ByteArrayInputStream(crfBytes));
    } catch (IOException | RuntimeException e) {
      throw new IOException(bad + CRF_ENTRY + ": " + e.getMessage());
    }
    if (!m.crfWeights().equals(crfRecord(sha, w))) {
      throw new IOException(bad + CRF_ENTRY + " holds " + crfRecord(sha, w) + ", the manifest records " + m.crfWeights());
    }
    return w;
  }

  static String crfRecord(String sha, CrfWeights w) {
    return sha + " labels=" + w.labelCount() + " attributes=" + w.attributeCount() + " weights=" + w.weightCount();
  }

  /** The manifest's feature description against the loaded resources'. */
  private static void checkFeatures(NerManifest m, String name) throws IOException {
    String retrain = "; retrain it (see docs/ner.md)";
    String features = NerResources.describe();
    if (!features.equals(m.features())) {
      throw new IOException(name + ": trained with features [" + m.features() + "], this Marsad has [" + features + "]"
          + retrain);
    }
  }

  /**
   * Trains a model on {@code sentences}. {@code dataDescription} goes into the manifest.
   *
   * @throws IllegalArgumentException when there is nothing to learn (no entity at all)
   */
  public static NerModel train(List<TaggedSentence> sentences, NerTrainingParams params, String dataDescription)
      throws IOException {
    List<NameSample> samples = new ArrayList<>(sentences.size());
    boolean any = false;
    for (int k = 0; k < sentences.size(); k++) {
      NameSample ns = toSample(sentences.get(k), k % DOCUMENT_SENTENCES == 0);
      any |= ns.getNames().length > 0;
      samples.add(ns);
    }
    if (!any) {
      throw new IllegalArgumentException("the training data has no entity (no B-/I- tag)");
    }
    TrainingParameters tp = new TrainingParameters();
    tp.put(TrainingParameters.ALGORITHM_PARAM, params.algorithm());
    tp.put(TrainingParameters.ITERATIONS_PARAM, params.iterations());
    tp.put(TrainingParameters.CUTOFF_PARAM, params.cutoff());
    tp.put(TrainingParameters.THREADS_PARAM, 1);
    tp.put(BeamSearch.BEAM_SIZE_PARAMETER, params.beamSize());
    MarsadNameFinderFactory factory = new MarsadNameFinderFactory();
    TokenNameFinderModel tnf = NameFinderME.train("ar", null, ObjectStreamUtils.createObjectStream(samples), tp, factory);
    CrfTrainer ct = params.crfTrainer();
    CrfWeights crf = ct == null ? null : ct.train(sentences, NerResources.features());
    NerManifest m = new NerManifest(FORMAT, ArabicNerFeatures.VERSION, NerResources.describe(),
        NerManifest.normaliserFingerprint(), dataDescription, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        params.algorithm(), params.iterations(), params.cutoff(), params.beamSize(), "",
        NerManifest.PERCEPTRON, "", "");
    NerModel nm = new NerModel(m, tnf, null);
    return crf == null ? nm : nm.withCrf(crf, ct.describe());
  }

  /** A copy that combines this model's name finder with {@code weights} ({@link NerManifest#UNION}). */
  NerModel withCrf(CrfWeights weights, String description) {
    NerManifest m = new NerManifest(FORMAT, manifest.featuresVersion(), manifest.features(), manifest.normaliser(),
        manifest.trainingData(), manifest.trainingDate(), manifest.algorithm(), manifest.iterations(), manifest.cutoff(),
        manifest.beamSize(), manifest.scores(), NerManifest.UNION, description,
        crfRecord(CrfWeights.sha256(weights.toBytes()), weights));
    return new NerModel(m, model, weights);
  }

  /** This model's name finder alone (for comparisons). */
  NerModel perceptronOnly() {
    NerManifest m = new NerManifest(FORMAT, manifest.featuresVersion(), manifest.features(), manifest.normaliser(),
        manifest.trainingData(), manifest.trainingDate(), manifest.algorithm(), manifest.iterations(), manifest.cutoff(),
        manifest.beamSize(), manifest.scores(), NerManifest.PERCEPTRON, "", "");
    return new NerModel(m, model, null);
  }

  /** The CRF of a union bundle, or null. */
  CrfWeights crf() {
    return crf;
  }

  static NameSample toSample(TaggedSentence s, boolean documentStart) {
    String[] toks = s.tokens().toArray(new String[0]);
    List<Span> spans = new ArrayList<>();
    for (String[] e : NerEvaluation.entitySpans(s.tags())) {
      spans.add(new Span(Integer.parseInt(e[0]), Integer.parseInt(e[1]), e[2]));
    }
    return new NameSample(toks, spans.toArray(new Span[0]), documentStart);
  }

  /** A copy with {@code scores} recorded in the manifest. */
  public NerModel withScores(String scores) {
    return new NerModel(manifest.withScores(scores), model, crf);
  }

  /** Writes the bundle. */
  public void save(OutputStream out) throws IOException {
    ByteArrayOutputStream bin = new ByteArrayOutputStream();
    model.serialize(bin);
    ZipOutputStream zip = new ZipOutputStream(out);
    zip.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
    zip.write(manifest.toProperties().getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    ZipEntry me = new ZipEntry(MODEL_ENTRY);
    me.setMethod(ZipEntry.STORED);
    byte[] b = bin.toByteArray();
    me.setSize(b.length);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(b);
    me.setCrc(crc.getValue());
    zip.putNextEntry(me);
    zip.write(b);
    zip.closeEntry();
    if (crf != null) {
      zip.putNextEntry(new ZipEntry(CRF_ENTRY));
      zip.write(crf.toBytes());
      zip.closeEntry();
    }
    zip.finish();
    out.flush();
  }

  /** Writes the bundle to {@code file} (parent directories are created). */
  public void save(Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      save(out);
    }
  }

  public NerManifest manifest() {
    return manifest;
  }

  /** BIO tags ({@code O}, {@code B-TYPE}, {@code I-TYPE}) for one sentence of tokens. */
  public List<String> tag(List<String> tokens) {
    return Arrays.asList(tag(tokens.toArray(new String[0])));
  }

  /**
   * BIO tags for one sentence taken alone (no document memory). The entity types are those of the
   * training data (ANERcorp: PERS, LOC, ORG, MISC).
   */
  public String[] tag(String[] tokens) {
    if (crf != null) {
      return tagDocument(List.<String[]>of(tokens), fast == null, false).get(0);
    }
    if (fast != null) {
      FastDecoder d = fast.get();
      d.clearMemory();
      try {
        return bio(d.decode(tokens.clone()));
      } finally {
        d.clearMemory();
      }
    }
    NameFinderME f = finders.get();
    f.clearAdaptiveData();
    String[] tags = tag(f, tokens);
    f.clearAdaptiveData();
    return tags;
  }

  /**
   * BIO tags for the sentences of one document, in order: names tagged earlier in the document
   * inform later decisions (document memory).
   */
  public List<String[]> tagDocument(List<String[]> sentences) {
    return tagDocument(sentences, fast == null);
  }

  /** {@link #tagDocument(List)} with OpenNLP's own beam search ({@code openNlp}) or the {@link FastDecoder}. */
  List<String[]> tagDocument(List<String[]> sentences, boolean openNlp) {
    return tagDocument(sentences, openNlp, true);
  }

  /** With {@code postPasses} false, the single-sentence {@link #tag} (no post-pass, as before the CRF). */
  private List<String[]> tagDocument(List<String[]> sentences, boolean openNlp, boolean postPasses) {
    List<String[]> out = finderTags(sentences, openNlp);
    if (postPasses) {
      postPasses(sentences, out);
    }
    if (crf == null) {
      return out;
    }
    List<String[]> c = crfTags(sentences);
    if (postPasses) {
      postPasses(sentences, c);
    }
    switch (UNION_MODE) {
      case "crf-only":
        return c;
      case "perceptron-only":
        return out;
      case "perceptron-first":
        for (int k = 0; k < c.size(); k++) {
          union(out.get(k), c.get(k));
        }
        return out;
      default:
        for (int k = 0; k < c.size(); k++) {
          union(c.get(k), out.get(k));
        }
        if (postPasses && UNION_CONSISTENCY) {
          DocumentConsistency.propagate(sentences, c);
        }
        return c;
    }
  }

  /**
   * For experiments only: {@code -Dmarsad.ner.unionMode=crf-only|perceptron-only|perceptron-first} tags a union
   * bundle with one model or the other order; {@code -Dmarsad.ner.unionConsistency=true} reruns document
   * consistency after the union.
   */
  static final String UNION_MODE = System.getProperty("marsad.ner.unionMode", "crf-first");
  static final boolean UNION_CONSISTENCY = Boolean.getBoolean("marsad.ner.unionConsistency");

  /** The CRF's BIO tags of a document's sentences, in order (document memory), without post-passes. */
  List<String[]> crfTags(List<String[]> sentences) {
    CrfDecoder d = crfDecoders.get();
    d.clearMemory();
    List<String[]> out = new ArrayList<>(sentences.size());
    try {
      for (String[] s : sentences) {
        out.add(CrfDecoder.bio(d.decode(s)));
      }
    } finally {
      d.clearMemory();
    }
    return out;
  }

  /** Adds the names of {@code other} that overlap no name of {@code tags} (in place). */
  static void union(String[] tags, String[] other) {
    boolean[] used = new boolean[tags.length];
    for (int i = 0; i < tags.length; i++) {
      used[i] = !tags[i].equals("O");
    }
    for (String[] e : NerEvaluation.entitySpans(Arrays.asList(other))) {
      int s = Integer.parseInt(e[0]);
      int end = Integer.parseInt(e[1]);
      boolean free = true;
      for (int i = s; i < end; i++) {
        free &= !used[i];
      }
      if (free) {
        for (int i = s; i < end; i++) {
          tags[i] = (i == s ? "B-" : "I-") + e[2];
        }
      }
    }
  }

  private static void postPasses(List<String[]> sentences, List<String[]> out) {
    SpanEdges.trim(sentences, out);
    if (Coordination.ENABLED) {
      Coordination.split(sentences, out, NerResources.features().lexicon());
    }
    if (CLUBS) {
      ClubNames.retype(sentences, out, NerResources.features().lexicon());
    }
    if (QuotedNames.ENABLED) {
      QuotedNames.retype(sentences, out);
    }
    if (PlaceWords.ENABLED) {
      PlaceWords.retype(sentences, out, NerResources.features().lexicon());
    }
    if (KnownNames.ENABLED) {
      KnownNames.tag(sentences, out);
    }
    if (StormsAndShips.ENABLED) {
      StormsAndShips.retype(sentences, out, NerResources.features().lexicon());
    }
    if (CommonWords.ENABLED) {
      CommonWords.apply(sentences, out);
    }
    if (ClauseWords.ENABLED) {
      ClauseWords.cut(sentences, out);
    }
    if (PROPAGATE) {
      DocumentConsistency.propagate(sentences, out);
      // again: the document's «علي» spreads to «على», whose normalised form is the same
      SpanEdges.trim(sentences, out);
    }
  }

  /** The name finder's BIO tags of a document's sentences, without post-passes. */
  private List<String[]> finderTags(List<String[]> sentences, boolean openNlp) {
    List<String[]> out = new ArrayList<>(sentences.size());
    if (!openNlp) {
      FastDecoder d = fast.get();
      d.clearMemory();
      try {
        for (String[] s : sentences) {
          out.add(bio(d.decode(s.clone())));
        }
      } finally {
        d.clearMemory();
      }
    } else {
      NameFinderME f = finders.get();
      f.clearAdaptiveData();
      try {
        for (String[] s : sentences) {
          out.add(tag(f, s));
        }
      } finally {
        f.clearAdaptiveData();
      }
    }
    return out;
  }

  static final boolean PROPAGATE = !Boolean.getBoolean("marsad.ner.noPropagate");
  static final boolean CLUBS = !Boolean.getBoolean("marsad.ner.noClubs");

  /**
   * BIO tags for a stream of sentences without document boundaries (a CoNLL file): documents of
   * {@link #DOCUMENT_SENTENCES} sentences, as in training.
   */
  public List<String[]> tagStream(List<String[]> sentences) {
    List<String[]> out = new ArrayList<>(sentences.size());
    for (int k = 0; k < sentences.size(); k += DOCUMENT_SENTENCES) {
      out.addAll(tagDocument(sentences.subList(k, Math.min(sentences.size(), k + DOCUMENT_SENTENCES))));
    }
    return out;
  }

  private static String[] tag(NameFinderME finder, String[] tokens) {
    String[] tags = new String[tokens.length];
    Arrays.fill(tags, "O");
    if (tokens.length == 0) {
      return tags;
    }
    Span[] spans = finder.find(tokens.clone());
    for (Span s : spans) {
      tags[s.getStart()] = "B-" + s.getType();
      for (int i = s.getStart() + 1; i < s.getEnd(); i++) {
        tags[i] = "I-" + s.getType();
      }
    }
    return tags;
  }

  /** Tags every sentence ({@link #tagStream}) and scores against its tags. */
  public NerEvaluation evaluate(List<TaggedSentence> gold) {
    List<String[]> in = new ArrayList<>(gold.size());
    for (TaggedSentence s : gold) {
      in.add(s.tokens().toArray(new String[0]));
    }
    List<String[]> tags = tagStream(in);
    NerEvaluation ev = new NerEvaluation();
    for (int k = 0; k < gold.size(); k++) {
      ev.add(gold.get(k).tags(), Arrays.asList(tags.get(k)));
    }
    return ev;
  }

  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
