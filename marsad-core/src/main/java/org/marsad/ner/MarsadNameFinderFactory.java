package org.marsad.ner;

import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;

/**
 * OpenNLP name-finder factory that plugs in Marsad's Arabic features ({@link ArabicNerFeatures}).
 * Public only because OpenNLP instantiates it by name when a model is loaded; not part of the API.
 */
public final class MarsadNameFinderFactory extends TokenNameFinderFactory {

  /** Used by OpenNLP when loading a model. */
  public MarsadNameFinderFactory() {
    super();
  }

  @Override
  public NameContextGenerator createContextGenerator() {
    return new ArabicNameContextGenerator(NerResources.features());
  }
}
