package org.marsad.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import third_party.org.chokkan.crfsuite.Attribute;
import third_party.org.chokkan.crfsuite.Item;
import third_party.org.chokkan.crfsuite.ItemSequence;
import third_party.org.chokkan.crfsuite.StringList;
import third_party.org.chokkan.crfsuite.Trainer;

/**
 * Trains the linear-chain CRF of a NER bundle with CRFsuite 0.12 (through jcrfsuite; native code runs at
 * training time only) and reads its weights back into {@link CrfWeights}.
 *
 * <p>Rules:
 * <ul>
 *   <li>attributes of a token: {@link ArabicNerFeatures#extract} plus the document memory {@code pm=} and
 *       {@code pms=} (the gold tags of the same word and stem in earlier sentences of the
 *       {@link NerModel#DOCUMENT_SENTENCES}-sentence pseudo-document); labels: the BIO tags;</li>
 *   <li>L-BFGS with L2 regularisation {@code c2}, at most {@code maxIterations} iterations, every feature kept
 *       (CRFsuite's {@code feature.minfreq} 0), then state weights below {@code prune} in absolute value are
 *       dropped ({@link CrfWeights#pruned});</li>
 *   <li>CRFsuite's own model file is a temporary file, deleted afterwards.</li>
 * </ul>
 *
 * @param c2            L2 coefficient
 * @param maxIterations L-BFGS iteration limit
 * @param prune         state weights with a smaller absolute value are dropped (0 = none)
 */
record CrfTrainer(double c2, int maxIterations, double prune) {
  private static volatile boolean loaded;

  CrfTrainer {
    if (!(c2 >= 0) || maxIterations < 1 || !(prune >= 0)) {
      throw new IllegalArgumentException("CRF needs c2 >= 0, iterations >= 1, prune >= 0");
    }
  }

  /** Description for the manifest. */
  String describe() {
    return "CRFsuite 0.12 crf1d, L-BFGS, c2=" + c2 + ", max_iterations=" + maxIterations + ", feature.minfreq=0, prune |w|<"
        + prune;
  }

  /**
   * Loads CRFsuite's JNI library from the jcrfsuite jar with {@link System#load} (jcrfsuite's own loader
   * injects a class into the root class loader by reflection, which Java 17 refuses without --add-opens).
   */
  static synchronized void loadNative() throws IOException {
    if (loaded) {
      return;
    }
    String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
    String arch = System.getProperty("os.arch");
    String res = os.contains("linux") ? "/crfsuite-0.12/Linux/" + (arch.contains("64") ? "amd64" : "i386") + "/libcrfsuite.so"
        : os.contains("mac") ? "/crfsuite-0.12/Mac/x86_64/libcrfsuite.dylib"
        : "/crfsuite-0.12/Windows/" + (arch.contains("64") ? "amd64" : "x86") + "/crfsuite.dll";
    try (InputStream in = Trainer.class.getResourceAsStream(res)) {
      if (in == null) {
        throw new IOException("no CRFsuite native library " + res + " in the jcrfsuite jar (CRF training needs "
            + os + "/" + arch + " support)");
      }
      Path tmp = Files.createTempFile("marsad-crfsuite", res.substring(res.lastIndexOf('.')));
      tmp.toFile().deleteOnExit();
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      System.load(tmp.toString());
    }
    loaded = true;
  }

  /** The attributes of one sentence with the given document memory. */
  static ItemSequence items(ArabicNerFeatures feats, String[] toks, Map<String, String> mem, Map<String, String> stemMem) {
    String[][] st = feats.extract(toks);
    String[] norm = ArabicNerFeatures.normalise(toks);
    ItemSequence xs = new ItemSequence();
    for (int i = 0; i < toks.length; i++) {
      Item it = new Item();
      for (String f : st[i]) {
        it.add(new Attribute(f));
      }
      it.add(new Attribute(ArabicNameContextGenerator.MEMORY + mem.getOrDefault(norm[i], ArabicNameContextGenerator.NONE)));
      it.add(new Attribute(ArabicNameContextGenerator.STEM_MEMORY
          + stemMem.getOrDefault(Clitics.stem(norm[i]), ArabicNameContextGenerator.NONE)));
      xs.add(it);
    }
    return xs;
  }

  /** Remembers the tags of a sentence's words (as the decoder does). */
  static void remember(String[] toks, String[] bio, Map<String, String> mem, Map<String, String> stemMem) {
    String[] norm = ArabicNerFeatures.normalise(toks);
    for (int i = 0; i < toks.length; i++) {
      if (ArabicNameContextGenerator.remembered(norm[i])) {
        mem.put(norm[i], bio[i]);
        stemMem.put(Clitics.stem(norm[i]), bio[i]);
      }
    }
  }

  /** Trains with CRFsuite and writes its model file to {@code modelFile}. */
  void trainCrfsuite(List<TaggedSentence> sentences, ArabicNerFeatures feats, Path modelFile) throws IOException {
    loadNative();
    Trainer tr = new Trainer() {
      @Override
      public void message(String m) {
        if (Boolean.getBoolean("marsad.ner.crfVerbose")) {
          System.err.print(m);
        }
      }
    };
    try {
      Map<String, String> mem = new HashMap<>();
      Map<String, String> stemMem = new HashMap<>();
      for (int k = 0; k < sentences.size(); k++) {
        if (k % NerModel.DOCUMENT_SENTENCES == 0) {
          mem.clear();
          stemMem.clear();
        }
        TaggedSentence s = sentences.get(k);
        String[] toks = s.tokens().toArray(new String[0]);
        StringList ys = new StringList();
        for (String y : s.tags()) {
          ys.add(y);
        }
        tr.append(items(feats, toks, mem, stemMem), ys, 0);
        remember(toks, s.tags().toArray(new String[0]), mem, stemMem);
      }
      tr.select("lbfgs", "crf1d");
      tr.set("c2", Double.toString(c2));
      tr.set("max_iterations", Integer.toString(maxIterations));
      tr.set("feature.minfreq", "0");
      if (tr.train(modelFile.toString(), -1) != 0) {
        throw new IOException("CRFsuite training failed");
      }
    } finally {
      tr.delete();
    }
  }

  /** Trains and returns the (pruned) weights. */
  CrfWeights train(List<TaggedSentence> sentences, ArabicNerFeatures feats) throws IOException {
    Path tmp = Files.createTempFile("marsad-ner", ".crfsuite");
    try {
      trainCrfsuite(sentences, feats, tmp);
      CrfWeights w = CrfWeights.fromCrfsuite(Files.readAllBytes(tmp));
      return prune > 0 ? w.pruned(prune) : w;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
