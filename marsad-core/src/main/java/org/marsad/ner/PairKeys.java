package org.marsad.ner;

import java.util.HashSet;
import java.util.Set;

/**
 * The words that occur in a perceptron model's word-pair features, so that a {@link FastDecoder} builds and
 * looks up a feature string only when the model can have a weight for it. Without this, every new word costs
 * one {@code pow=X,w} lookup per previous outcome and every new pair of adjacent words two bigram lookups, and
 * almost all of them miss: the model keeps the pairs seen in training, a small part of what real articles hold.
 *
 * <p>Rules (each exact: a feature the filter skips has no weight, so the scores are unchanged):
 * <ul>
 *   <li>{@code pow=X,w} is looked up only for a word {@code w} that follows a comma in some {@code pow=} feature;
 *   <li>{@code b-=p|w} only when {@code p} is the part before and {@code w} the part after some bar of some
 *       {@code b-=} feature; {@code b+=w|n} likewise for {@code b+=} features (every bar is tried, so words that
 *       hold a bar themselves are covered).
 * </ul>
 * Built once per model from its feature names; immutable and thread-safe.
 */
final class PairKeys {
  /** {@link #flags} bit: the word occurs in a {@code pow=} feature. */
  static final int POW = 1;
  /** {@link #flags} bit: the word is the first word of a {@code b-=} feature. */
  static final int BEFORE_FIRST = 2;
  /** {@link #flags} bit: the word is the second word of a {@code b-=} feature. */
  static final int BEFORE_SECOND = 4;
  /** {@link #flags} bit: the word is the first word of a {@code b+=} feature. */
  static final int AFTER_FIRST = 8;
  /** {@link #flags} bit: the word is the second word of a {@code b+=} feature. */
  static final int AFTER_SECOND = 16;

  private static final String POW_PREFIX = "pow=";
  private static final String BEFORE_PREFIX = "b-=";
  private static final String AFTER_PREFIX = "b+=";
  private static final char COMMA = ',';
  private static final char BAR = '|';

  private final Set<String> pow;
  private final Set<String> beforeFirst;
  private final Set<String> beforeSecond;
  private final Set<String> afterFirst;
  private final Set<String> afterSecond;

  private PairKeys(Set<String> pow, Set<String> beforeFirst, Set<String> beforeSecond, Set<String> afterFirst,
                   Set<String> afterSecond) {
    this.pow = Set.copyOf(pow);
    this.beforeFirst = Set.copyOf(beforeFirst);
    this.beforeSecond = Set.copyOf(beforeSecond);
    this.afterFirst = Set.copyOf(afterFirst);
    this.afterSecond = Set.copyOf(afterSecond);
  }

  /** The filter for a model whose feature names are {@code names}. */
  static PairKeys of(Iterable<String> names) {
    Set<String> pow = new HashSet<>();
    Set<String> bf = new HashSet<>();
    Set<String> bs = new HashSet<>();
    Set<String> af = new HashSet<>();
    Set<String> as = new HashSet<>();
    for (String f : names) {
      if (f.startsWith(POW_PREFIX)) {
        for (int i = f.indexOf(COMMA); i >= 0; i = f.indexOf(COMMA, i + 1)) {
          pow.add(f.substring(i + 1));
        }
      } else if (f.startsWith(BEFORE_PREFIX)) {
        split(f, BEFORE_PREFIX.length(), bf, bs);
      } else if (f.startsWith(AFTER_PREFIX)) {
        split(f, AFTER_PREFIX.length(), af, as);
      }
    }
    return new PairKeys(pow, bf, bs, af, as);
  }

  private static void split(String f, int from, Set<String> first, Set<String> second) {
    for (int i = f.indexOf(BAR, from); i >= 0; i = f.indexOf(BAR, i + 1)) {
      first.add(f.substring(from, i));
      second.add(f.substring(i + 1));
    }
  }

  /** The bits ({@link #POW}, {@link #BEFORE_FIRST} ...) of a normalised word. */
  int flags(String norm) {
    return (pow.contains(norm) ? POW : 0)
        | (beforeFirst.contains(norm) ? BEFORE_FIRST : 0)
        | (beforeSecond.contains(norm) ? BEFORE_SECOND : 0)
        | (afterFirst.contains(norm) ? AFTER_FIRST : 0)
        | (afterSecond.contains(norm) ? AFTER_SECOND : 0);
  }

  /** Whether some bigram feature of the words with flags {@code first} and {@code second} can have a weight. */
  static boolean mayPair(int first, int second) {
    return (first & BEFORE_FIRST) != 0 && (second & BEFORE_SECOND) != 0
        || (first & AFTER_FIRST) != 0 && (second & AFTER_SECOND) != 0;
  }
}
