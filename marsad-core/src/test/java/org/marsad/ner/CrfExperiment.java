package org.marsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import third_party.org.chokkan.crfsuite.ItemSequence;
import third_party.org.chokkan.crfsuite.StringList;
import third_party.org.chokkan.crfsuite.Tagger;
import third_party.org.chokkan.crfsuite.Trainer;

/**
 * Experiment harness (not a test, not shipped; {@code train ner} now trains the shipped CRF with {@link CrfTrainer}): a linear-chain CRF (CRFsuite through jcrfsuite, test scope)
 * over the same static features as the name finder ({@link ArabicNerFeatures#extract}) plus the document
 * memory ({@code pm=}, {@code pms=}: gold tags of earlier sentences of the 20-sentence pseudo-document in
 * training, the CRF's own tags when tagging); previous-tag features are left to the CRF's transitions.
 * Tagging applies the same post-passes as {@link NerModel#tagDocument}. See docs/ner.md ("CRF", session 4).
 *
 * <pre>
 * java -cp ... org.marsad.ner.CrfExperiment TRAIN.conll TEST.conll OUT.conll BIO|BILOU lbfgs|ap|pa|l2sgd|arow [NAME VALUE]...
 *   -Dcrf.union=OTHER.conll   add OTHER's names (e.g. the perceptron's tag --conll output) where the CRF found none
 * </pre>
 * CRFsuite parameters as NAME VALUE pairs, e.g. {@code c2 0.1 max_iterations 200 feature.minfreq 1}.
 * The model is kept as OUT.conll.crf and reused unless {@code -Dcrf.retrain=true}.
 */
public final class CrfExperiment {
  private CrfExperiment() {
  }

  /** {@link CrfTrainer#loadNative}. */
  static void loadNative() throws IOException {
    CrfTrainer.loadNative();
  }

  static List<TaggedSentence> read(Path f) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      return Conll.read(r);
    }
  }

  /** BIO to BILOU ({@code bilou}) or unchanged. */
  static String[] encode(List<String> bio, boolean bilou) {
    String[] in = bio.toArray(new String[0]);
    if (!bilou) {
      return in;
    }
    int n = in.length;
    String[] t = new String[n];
    for (int i = 0; i < n; i++) {
      if (in[i].equals("O")) {
        t[i] = "O";
        continue;
      }
      String type = in[i].substring(2);
      boolean begin = in[i].startsWith("B-") || i == 0 || in[i - 1].equals("O") || !in[i - 1].substring(2).equals(type);
      boolean end = i + 1 == n || !in[i + 1].equals("I-" + type);
      t[i] = (begin && end ? "U-" : begin ? "B-" : end ? "L-" : "I-") + type;
    }
    return t;
  }

  /** BIO or BILOU labels to BIO tags (an I/L without its start opens a name). */
  static String[] decode(String[] t) {
    String[] out = new String[t.length];
    for (int i = 0; i < t.length; i++) {
      String x = t[i];
      if (x.equals("O")) {
        out[i] = "O";
      } else if (x.startsWith("B-") || x.startsWith("U-")) {
        out[i] = "B-" + x.substring(2);
      } else {
        String type = x.substring(2);
        boolean cont = i > 0 && !out[i - 1].equals("O") && out[i - 1].substring(2).equals(type);
        out[i] = (cont ? "I-" : "B-") + type;
      }
    }
    return out;
  }

  static ItemSequence items(ArabicNerFeatures feats, String[] toks, Map<String, String> mem, Map<String, String> stemMem) {
    return CrfTrainer.items(feats, toks, mem, stemMem);
  }

  static void remember(String[] toks, String[] bio, Map<String, String> mem, Map<String, String> stemMem) {
    CrfTrainer.remember(toks, bio, mem, stemMem);
  }

  /** Adds the names of {@code other} that overlap no name of {@code tags}. */
  static void union(String[] tags, String[] other) {
    NerModel.union(tags, other);
  }

  public static void main(String[] a) throws Exception {
    loadNative();
    Path train = Path.of(a[0]);
    Path test = Path.of(a[1]);
    Path out = Path.of(a[2]);
    boolean bilou = a[3].equals("BILOU");
    String algorithm = a[4];
    String model = out + ".crf";
    ArabicNerFeatures feats = NerResources.features();
    if (!Files.exists(Path.of(model)) || Boolean.getBoolean("crf.retrain")) {
      Trainer tr = new Trainer() {
        @Override
        public void message(String m) {
          if (Boolean.getBoolean("crf.verbose")) {
            System.err.print(m);
          }
        }
      };
      List<TaggedSentence> ts = read(train);
      Map<String, String> mem = new HashMap<>();
      Map<String, String> stemMem = new HashMap<>();
      for (int k = 0; k < ts.size(); k++) {
        if (k % NerModel.DOCUMENT_SENTENCES == 0) {
          mem.clear();
          stemMem.clear();
        }
        TaggedSentence s = ts.get(k);
        String[] toks = s.tokens().toArray(new String[0]);
        StringList ys = new StringList();
        for (String y : encode(s.tags(), bilou)) {
          ys.add(y);
        }
        tr.append(items(feats, toks, mem, stemMem), ys, 0);
        remember(toks, s.tags().toArray(new String[0]), mem, stemMem);
      }
      tr.select(algorithm, "crf1d");
      for (int i = 5; i + 1 < a.length; i += 2) {
        tr.set(a[i], a[i + 1]);
      }
      long t = System.nanoTime();
      tr.train(model, -1);
      System.err.printf("trained in %.1f s%n", (System.nanoTime() - t) / 1e9);
    }
    Tagger tagger = new Tagger();
    if (!tagger.open(model)) {
      throw new IOException(model + ": not a CRFsuite model");
    }
    List<String[]> sents = new ArrayList<>();
    for (TaggedSentence s : read(test)) {
      sents.add(s.tokens().toArray(new String[0]));
    }
    String unionFile = System.getProperty("crf.union", "");
    List<TaggedSentence> other = unionFile.isEmpty() ? null : read(Path.of(unionFile));
    List<String[]> tags = new ArrayList<>();
    for (int k = 0; k < sents.size(); k += NerModel.DOCUMENT_SENTENCES) {
      List<String[]> doc = sents.subList(k, Math.min(sents.size(), k + NerModel.DOCUMENT_SENTENCES));
      Map<String, String> mem = new HashMap<>();
      Map<String, String> stemMem = new HashMap<>();
      List<String[]> dt = new ArrayList<>();
      for (String[] toks : doc) {
        tagger.set(items(feats, toks, mem, stemMem));
        StringList yl = tagger.viterbi();
        String[] y = new String[toks.length];
        for (int i = 0; i < y.length; i++) {
          y[i] = yl.get(i);
        }
        String[] bio = decode(y);
        dt.add(bio);
        remember(toks, bio, mem, stemMem);
      }
      SpanEdges.trim(doc, dt);
      if (Coordination.ENABLED) {
        Coordination.split(doc, dt, feats.lexicon());
      }
      if (NerModel.CLUBS) {
        ClubNames.retype(doc, dt, feats.lexicon());
      }
      if (NerModel.PROPAGATE) {
        DocumentConsistency.propagate(doc, dt);
      }
      tags.addAll(dt);
    }
    if (other != null) {
      for (int k = 0; k < sents.size(); k++) {
        union(tags.get(k), other.get(k).tags().toArray(new String[0]));
      }
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int k = 0; k < sents.size(); k++) {
        Conll.write(w, Arrays.asList(sents.get(k)), Arrays.asList(tags.get(k)));
      }
    }
  }
}
