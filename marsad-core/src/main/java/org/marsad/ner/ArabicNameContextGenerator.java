package org.marsad.ner;

import java.util.Arrays;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP context generator for the name finder: the static features of {@link ArabicNerFeatures},
 * computed once per sentence, plus the previous two decisions ({@code po=}, {@code ppo=}) and the
 * previous decision joined with the word ({@code pow=}).
 *
 * <p>Not thread-safe (it caches the current sentence): OpenNLP creates one per name finder.
 * The cache is keyed on the identity of the token array, which OpenNLP passes unchanged for all
 * positions of a sentence. Generators added with {@link #addFeatureGenerator} (OpenNLP's
 * "additional context") are ignored: Marsad never passes additional context.
 */
final class ArabicNameContextGenerator implements NameContextGenerator {
  private static final String START = "bos";

  private final ArabicNerFeatures features;
  private String[] cachedTokens;
  private String[][] cached;
  private String[] cachedNorm;

  ArabicNameContextGenerator(ArabicNerFeatures features) {
    this.features = features;
  }

  @Override
  public String[] getContext(int index, String[] tokens, String[] preds, Object[] additionalContext) {
    if (tokens != cachedTokens) {
      cached = features.extract(tokens);
      cachedNorm = ArabicNerFeatures.normalise(tokens);
      cachedTokens = tokens;
    }
    String[] st = cached[index];
    String po = index > 0 ? preds[index - 1] : START;
    String ppo = index > 1 ? preds[index - 2] : START;
    String[] out = Arrays.copyOf(st, st.length + 3);
    out[st.length] = "po=" + po;
    out[st.length + 1] = "ppo=" + ppo + "," + po;
    out[st.length + 2] = "pow=" + po + "," + cachedNorm[index];
    return out;
  }

  @Override
  public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {
    // additional context is never used by Marsad (see class comment)
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
  }

  @Override
  public void clearAdaptiveData() {
  }
}
