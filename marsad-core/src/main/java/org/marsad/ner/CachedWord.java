package org.marsad.ner;

/**
 * What a decoder keeps of a word once its features are scored: the normalised word (bigrams, document memory),
 * its clitic-free stem (stem memory) and its lexicon classes. The feature strings themselves are dropped, so a
 * per-thread cache of {@link #CACHE_LIMIT} words stays small (the scores dominate, about 1 KB a word).
 */
record CachedWord(String norm, String stem, int kinds) {
  /** Words a decoder's per-thread score cache (and its bigram cache) holds before it is cleared. */
  static final int CACHE_LIMIT = 50_000;

  static CachedWord of(ArabicNerFeatures.Word w) {
    return new CachedWord(w.norm, w.stem, w.kinds);
  }
}
