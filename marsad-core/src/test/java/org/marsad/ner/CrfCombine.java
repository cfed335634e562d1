package org.marsad.ner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import third_party.org.chokkan.crfsuite.StringList;
import third_party.org.chokkan.crfsuite.Tagger;

/**
 * Experiment tool (not a test, not shipped): combines a name-finder bundle with the weights of a CRFsuite model
 * file (as {@code train ner} does after training), pruned at a threshold, into a union bundle; with a CoNLL
 * file, also counts the sentences where {@link CrfDecoder} (unpruned weights) and CRFsuite's own tagger differ.
 *
 * <pre>
 * java -cp ... org.marsad.ner.CrfCombine PERCEPTRON.zip MODEL.crfsuite PRUNE OUT.zip [CHECK.conll]
 * </pre>
 */
public final class CrfCombine {
  private CrfCombine() {
  }

  public static void main(String[] a) throws Exception {
    NerModel perc = NerModel.load(Path.of(a[0]));
    CrfWeights full = CrfWeights.fromCrfsuite(Files.readAllBytes(Path.of(a[1])));
    double prune = Double.parseDouble(a[2]);
    CrfWeights w = prune > 0 ? full.pruned(prune) : full;
    System.err.println("full " + full + "; pruned " + w);
    NerModel m = perc.perceptronOnly().withCrf(w, "CRFsuite 0.12 crf1d (CrfCombine " + a[1] + "), prune |w|<" + prune);
    m.save(Path.of(a[3]));
    System.err.println("wrote " + a[3] + " (" + Files.size(Path.of(a[3])) + " bytes)");
    if (a.length > 4) {
      CrfTrainer.loadNative();
      Tagger tagger = new Tagger();
      if (!tagger.open(a[1])) {
        throw new IllegalStateException("cannot open " + a[1]);
      }
      ArabicNerFeatures feats = NerResources.features();
      CrfDecoder dec = new CrfDecoder(full, feats);
      List<String[]> sents = new ArrayList<>();
      for (TaggedSentence s : CrfExperiment.read(Path.of(a[4]))) {
        sents.add(s.tokens().toArray(new String[0]));
      }
      int diff = 0;
      int tokens = 0;
      Map<String, String> mem = new HashMap<>();
      Map<String, String> stemMem = new HashMap<>();
      for (int k = 0; k < sents.size(); k++) {
        if (k % NerModel.DOCUMENT_SENTENCES == 0) {
          mem.clear();
          stemMem.clear();
          dec.clearMemory();
        }
        String[] toks = sents.get(k);
        tagger.set(CrfTrainer.items(feats, toks, mem, stemMem));
        StringList yl = tagger.viterbi();
        String[] y = new String[toks.length];
        for (int i = 0; i < y.length; i++) {
          y[i] = yl.get(i);
        }
        String[] mine = dec.decode(toks);
        tokens += toks.length;
        if (!java.util.Arrays.equals(y, mine)) {
          diff++;
        }
        CrfTrainer.remember(toks, CrfDecoder.bio(y), mem, stemMem);
      }
      System.err.println("sentences where CrfDecoder != CRFsuite: " + diff + " of " + sents.size() + " (" + tokens + " tokens)");
    }
  }
}
