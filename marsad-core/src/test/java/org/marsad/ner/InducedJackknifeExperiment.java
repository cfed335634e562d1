package org.marsad.ner;

import java.io.BufferedReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Experiment harness (docs/ner.md, session 8; not shipped): trains the name finder with jack-knifed induced-lexicon
 * features. The training sentences are cut into K contiguous blocks; block k gets its {@code d= ds= d-1= d+1=}
 * features from table k (built by a model trained without block k), so the features of the training words do not
 * come from a model that saw their gold tags. The bundle records the table of {@code -Dmarsad.ner.inducedFile}
 * (built by the model trained on all of them), which tagging then uses.
 *
 * <p>Usage: {@code java -Dmarsad.ner.inducedFile=FULL.tsv ... InducedJackknifeExperiment TRAIN.conll OUT.zip T1.tsv ... TK.tsv}
 */
final class InducedJackknifeExperiment {
  private InducedJackknifeExperiment() {
  }

  public static void main(String[] args) throws Exception {
    List<TaggedSentence> sentences;
    try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      sentences = Conll.read(r);
    }
    int k = args.length - 2;
    InducedLexicon[] tables = new InducedLexicon[k];
    for (int i = 0; i < k; i++) {
      tables[i] = InducedLexicon.loadFile(Path.of(args[i + 2]));
    }
    ArabicNerFeatures features = NerResources.features();
    Field induced = ArabicNerFeatures.class.getDeclaredField("induced");
    induced.setAccessible(true);
    Object full = induced.get(features);
    List<NameSample> samples = new ArrayList<>();
    for (int j = 0; j < sentences.size(); j++) {
      samples.add(NerModel.toSample(sentences.get(j), j % NerModel.DOCUMENT_SENTENCES == 0));
    }
    int n = samples.size();
    ObjectStream<NameSample> stream = new ObjectStream<>() {
      private int next;

      @Override
      public NameSample read() throws java.io.IOException {
        if (next >= n) {
          return null;
        }
        try {
          induced.set(features, tables[(int) ((long) next * k / n)]);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
        return samples.get(next++);
      }

      @Override
      public void reset() {
        next = 0;
      }
    };
    TrainingParameters tp = new TrainingParameters();
    tp.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    tp.put(TrainingParameters.ITERATIONS_PARAM, 100);
    tp.put(TrainingParameters.CUTOFF_PARAM, 1);
    tp.put(TrainingParameters.THREADS_PARAM, 1);
    tp.put(BeamSearch.BEAM_SIZE_PARAMETER, 3);
    TokenNameFinderModel tnf = NameFinderME.train("ar", null, stream, tp, new MarsadNameFinderFactory());
    induced.set(features, full);
    NerManifest m = new NerManifest(NerModel.FORMAT, ArabicNerFeatures.VERSION, NerResources.describe(),
        NerManifest.normaliserFingerprint(), args[0] + " (jack-knifed induced lexicon, " + k + " blocks)",
        Instant.now().toString(), "PERCEPTRON", 100, 1, 3, "", NerManifest.PERCEPTRON, "", "");
    Constructor<NerModel> c = NerModel.class.getDeclaredConstructor(NerManifest.class, TokenNameFinderModel.class,
        CrfWeights.class);
    c.setAccessible(true);
    c.newInstance(m, tnf, null).save(Path.of(args[1]));
    System.err.println("trained on " + n + " sentences with " + k + " fold tables; wrote " + args[1]);
  }
}
