package org.marsad.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP context generator for the name finder: the static features of {@link ArabicNerFeatures},
 * computed once per sentence, plus the previous two decisions ({@code po=}, {@code ppo=}), the
 * previous decision joined with the word ({@code pow=}), and the document memory: the last decision
 * taken for the same word ({@code pm=}) and the same stem ({@code pms=}) earlier in the document
 * (OpenNLP's adaptive data: gold tags in training, the model's own tags when tagging; cleared at each
 * document start).
 *
 * <p>Not thread-safe (it caches the current sentence): OpenNLP creates one per name finder.
 * The cache is keyed on the identity of the token array, which OpenNLP passes unchanged for all
 * positions of a sentence. Generators added with {@link #addFeatureGenerator} (OpenNLP's
 * "additional context") are ignored: Marsad never passes additional context.
 */
final class ArabicNameContextGenerator implements NameContextGenerator {
  private static final String START = "bos";
  static final String MEMORY = "pm=";
  static final String STEM_MEMORY = "pms=";
  static final String NONE = "none";

  private final ArabicNerFeatures features;
  private String[] cachedTokens;
  private String[][] cached;
  private String[] cachedNorm;
  private String[] cachedStem;
  private final Map<String, String> memory = new HashMap<>();
  private final Map<String, String> stemMemory = new HashMap<>();

  ArabicNameContextGenerator(ArabicNerFeatures features) {
    this.features = features;
  }

  @Override
  public String[] getContext(int index, String[] tokens, String[] preds, Object[] additionalContext) {
    prepare(tokens);
    String[] st = cached[index];
    String po = index > 0 ? preds[index - 1] : START;
    String ppo = index > 1 ? preds[index - 2] : START;
    String[] out = Arrays.copyOf(st, st.length + 5);
    out[st.length] = previousFeature(po);
    out[st.length + 1] = previousTwoFeature(ppo, po);
    out[st.length + 2] = previousWordFeature(po, cachedNorm[index]);
    out[st.length + 3] = memoryFeature(index);
    out[st.length + 4] = stemMemoryFeature(index);
    return out;
  }

  /** The static features of token {@code index} of the prepared sentence (see {@link #prepare}). */
  String[] staticFeatures(int index) {
    return cached[index];
  }

  String memoryFeature(int index) {
    return MEMORY + memory.getOrDefault(cachedNorm[index], NONE);
  }

  String stemMemoryFeature(int index) {
    return STEM_MEMORY + stemMemory.getOrDefault(cachedStem[index], NONE);
  }

  /** The features that depend on the previous decisions {@code po} and {@code ppo}. */
  static String previousFeature(String po) {
    return "po=" + po;
  }

  static String previousTwoFeature(String ppo, String po) {
    return "ppo=" + ppo + "," + po;
  }

  static String previousWordFeature(String po, String norm) {
    return "pow=" + po + "," + norm;
  }

  /** Whether the document memory keeps a word (two or more characters, starting with a letter). */
  static boolean remembered(String norm) {
    return norm.length() > 1 && Character.isLetter(norm.charAt(0));
  }

  static String start() {
    return START;
  }

  /** Computes and caches the static features of {@code tokens} (no-op when already cached). */
  void prepare(String[] tokens) {
    if (tokens != cachedTokens) {
      cached = features.extract(tokens);
      cachedNorm = ArabicNerFeatures.normalise(tokens);
      cachedStem = new String[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        cachedStem[i] = Clitics.stem(cachedNorm[i]);
      }
      cachedTokens = tokens;
    }
  }

  @Override
  public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {
    // additional context is never used by Marsad (see class comment)
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    if (tokens == null || outcomes == null) {
      return;
    }
    String[] norm = tokens == cachedTokens ? cachedNorm : ArabicNerFeatures.normalise(tokens);
    for (int i = 0; i < tokens.length; i++) {
      String stem = tokens == cachedTokens ? cachedStem[i] : Clitics.stem(norm[i]);
      if (remembered(norm[i])) {
        memory.put(norm[i], outcomes[i]);
        stemMemory.put(stem, outcomes[i]);
      }
    }
  }

  @Override
  public void clearAdaptiveData() {
    memory.clear();
    stemMemory.clear();
  }
}
