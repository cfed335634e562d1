package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.ArabicNormalizer;

/**
 * The static (tag-independent) features of each token of a sentence, for the name finder.
 * Immutable and thread-safe.
 *
 * <p>Features of token {@code i} ({@code w} = normalised word, {@code s} = its clitic-free stem, see {@link Clitics}):
 * <ul>
 *   <li>{@code w=}, {@code s=} and {@code pf=} (the proclitics removed);</li>
 *   <li>{@code p2= p3=} stem prefixes, {@code x1= x2= x3=} stem suffixes (pronoun and nisba endings);</li>
 *   <li>{@code sh=} shape (Arabic, digits, Latin case, punctuation, mixed) and {@code ln=} length bucket;</li>
 *   <li>{@code w-2= w-1= w+1= w+2=} neighbouring words, {@code s-1= s+1=} their stems,
 *       {@code x-1= x+1=} their 2-letter endings, {@code b-= b+=} word bigrams;</li>
 *   <li>lexicon classes (gazetteers and triggers, {@link Lexicon.Kind}) of the token ({@code k0=}, with
 *       {@code B}/{@code I} for multi-word gazetteer matches) and of its neighbours
 *       ({@code k-2= k-1= k+1=});</li>
 *   <li>word clusters ({@code c=} and {@code c-1= c+1=}) when a cluster table is given, and clusters of the
 *       stems ({@code cs=} and {@code cs-1= cs+1=}) when a stem table is given;</li>
 *   <li>{@code bos} at the first token.</li>
 * </ul>
 */
final class ArabicNerFeatures {
  /** Version of this feature set; a model trained with another version does not load. */
  static final int VERSION = 1;
  /** Short description of the features, for the model manifest. */
  static final String DESCRIPTION = "v" + VERSION + ": word, clitic stem+prefix, stem affixes 1-3, shape, length,"
      + " window +-2 words, +-1 stems and endings, bigrams, lexicon classes (ANERGazet LOC/ORG/PERS, triggers"
      + " TITLE/NAMEPART/SAY/LOCW/DIR/ORGW/TIME, KB lists) at -2..+1, word clusters, previous 2 tags, document memory of word and stem tags";

  private static final String BOS = "<s>";
  private static final String EOS = "</s>";
  private static final Lexicon.Kind[] KINDS = Lexicon.Kind.values();

  private final Lexicon lexicon;
  private final WordClusters clusters;
  private final WordClusters stemClusters;
  /** Stem clusters of the neighbours too ({@code cs-1= cs+1=}); {@code -Dmarsad.ner.noNeighbourStemClusters=true} for ablation. */
  static final boolean NEIGHBOUR_STEM_CLUSTERS = !Boolean.getBoolean("marsad.ner.noNeighbourStemClusters");

  ArabicNerFeatures(Lexicon lexicon, WordClusters clusters) {
    this(lexicon, clusters, null);
  }

  /** With {@code stemClusters} (a table of clitic-free stems), {@code cs=} features of the token's stem. */
  ArabicNerFeatures(Lexicon lexicon, WordClusters clusters, WordClusters stemClusters) {
    this.lexicon = lexicon;
    this.clusters = clusters;
    this.stemClusters = stemClusters;
  }

  Lexicon lexicon() {
    return lexicon;
  }

  /** Normalised forms of raw tokens. */
  static String[] normalise(String[] tokens) {
    String[] out = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = ArabicNormalizer.INSTANCE.normalize(tokens[i]);
      if (out[i].isEmpty()) {
        out[i] = tokens[i];
      }
    }
    return out;
  }

  /**
   * What a word contributes whatever its sentence, computed once per word: its normalised form, stem,
   * lexicon classes and its features in each role (the token itself, the token 1 or 2 before another,
   * the token 1 or 2 after). Immutable.
   */
  static final class Word {
    final String norm;
    final String stem;
    /** Lexicon classes of the single word ({@link Lexicon#kindsOf}). */
    final int kinds;
    /** Features of the token itself. */
    final String[] self;
    /** Features it gives the token after it ({@code w-1= s-1= x-1= c-1=}). */
    final String[] before1;
    /** Features it gives the token two after it ({@code w-2= k-2=}). */
    final String[] before2;
    /** Features it gives the token before it ({@code w+1= s+1= x+1= c+1=}). */
    final String[] after1;
    /** Features it gives the token two before it ({@code w+2=}). */
    final String[] after2;

    private Word(String norm, String stem, int kinds, String[] self, String[] before1, String[] before2,
        String[] after1, String[] after2) {
      this.norm = norm;
      this.stem = stem;
      this.kinds = kinds;
      this.self = self;
      this.before1 = before1;
      this.before2 = before2;
      this.after1 = after1;
      this.after2 = after2;
    }
  }

  /** The sentence-independent information of the raw token {@code token}. */
  Word word(String token) {
    String wi = ArabicNormalizer.INSTANCE.normalize(token);
    if (wi.isEmpty()) {
      wi = token;
    }
    String si = Clitics.stem(wi);
    String end2 = si.length() > 2 ? si.substring(si.length() - 2) : si;
    int kinds = lexicon.kindsOf(wi);
    List<String> f = new ArrayList<>(24);
    f.add("w=" + wi);
    if (!si.equals(wi)) {
      f.add("s=" + si);
      String pf = Clitics.prefix(wi, si);
      if (!pf.isEmpty()) {
        f.add("pf=" + pf);
      }
    }
    int len = si.length();
    if (len > 3) {
      f.add("p2=" + si.substring(0, 2));
      f.add("p3=" + si.substring(0, 3));
    }
    for (int k = 1; k <= 3 && k < len; k++) {
      f.add("x" + k + "=" + si.substring(len - k));
    }
    f.add("sh=" + shape(token));
    f.add("ln=" + (len <= 2 ? len : len <= 4 ? 4 : len <= 6 ? 6 : 9));
    addKinds(f, "k0=", kinds, "");
    if (clusters != null) {
      clusters.addFeatures(f, "c", wi);
    }
    if (stemClusters != null) {
      stemClusters.addFeatures(f, "cs", si);
    }
    String[] self = f.toArray(new String[0]);
    f.clear();
    f.add("w-1=" + wi);
    f.add("s-1=" + si);
    f.add("x-1=" + end2);
    if (clusters != null) {
      clusters.addFeatures(f, "c-1", wi);
    }
    if (stemClusters != null && NEIGHBOUR_STEM_CLUSTERS) {
      stemClusters.addFeatures(f, "cs-1", si);
    }
    String[] before1 = f.toArray(new String[0]);
    f.clear();
    f.add("w-2=" + wi);
    addKinds(f, "k-2=", kinds, "");
    String[] before2 = f.toArray(new String[0]);
    f.clear();
    f.add("w+1=" + wi);
    f.add("s+1=" + si);
    f.add("x+1=" + end2);
    if (clusters != null) {
      clusters.addFeatures(f, "c+1", wi);
    }
    if (stemClusters != null && NEIGHBOUR_STEM_CLUSTERS) {
      stemClusters.addFeatures(f, "cs+1", si);
    }
    String[] after1 = f.toArray(new String[0]);
    String[] after2 = {"w+2=" + wi};
    return new Word(wi, si, kinds, self, before1, before2, after1, after2);
  }

  /** Features for the sentence start and end ({@code w-1=<s>} etc.). */
  static final String BEFORE1_BOS = "w-1=" + BOS;
  static final String BEFORE2_BOS = "w-2=" + BOS;
  static final String AFTER1_EOS = "w+1=" + EOS;
  static final String AFTER2_EOS = "w+2=" + EOS;
  static final String FIRST = "bos";
  static final String K0 = "k0=";
  static final String KM1 = "k-1=";
  static final String KP1 = "k+1=";

  /** Word bigram features of token {@code i} with the token before / after it. */
  static String bigramBefore(String prev, String w) {
    return "b-=" + prev + "|" + w;
  }

  static String bigramAfter(String w, String next) {
    return "b+=" + w + "|" + next;
  }

  /** The features of every token of {@code tokens} (raw token texts). */
  String[][] extract(String[] tokens) {
    int n = tokens.length;
    Word[] words = new Word[n];
    String[] w = new String[n];
    for (int i = 0; i < n; i++) {
      words[i] = word(tokens[i]);
      w[i] = words[i].norm;
    }
    int[] begin = new int[n];
    int[] inside = new int[n];
    lexicon.match(w, begin, inside);
    String[][] out = new String[n][];
    List<String> f = new ArrayList<>(64);
    for (int i = 0; i < n; i++) {
      f.clear();
      Word wi = words[i];
      java.util.Collections.addAll(f, wi.self);
      if (i > 0) {
        java.util.Collections.addAll(f, words[i - 1].before1);
        f.add(bigramBefore(w[i - 1], w[i]));
      } else {
        f.add(BEFORE1_BOS);
        f.add(FIRST);
      }
      if (i > 1) {
        java.util.Collections.addAll(f, words[i - 2].before2);
      } else {
        f.add(BEFORE2_BOS);
      }
      if (i + 1 < n) {
        java.util.Collections.addAll(f, words[i + 1].after1);
        f.add(bigramAfter(w[i], w[i + 1]));
      } else {
        f.add(AFTER1_EOS);
      }
      if (i + 2 < n) {
        java.util.Collections.addAll(f, words[i + 2].after2);
      } else {
        f.add(AFTER2_EOS);
      }
      addKinds(f, K0, begin[i], "B");
      addKinds(f, K0, inside[i], "I");
      if (i > 0) {
        addKinds(f, KM1, words[i - 1].kinds | begin[i - 1] | inside[i - 1], "");
      }
      if (i + 1 < n) {
        addKinds(f, KP1, words[i + 1].kinds | begin[i + 1], "");
      }
      out[i] = f.toArray(new String[0]);
    }
    return out;
  }

  private static void addKinds(List<String> f, String prefix, int mask, String suffix) {
    if (mask == 0) {
      return;
    }
    for (Lexicon.Kind k : KINDS) {
      if ((mask & (1 << k.ordinal())) != 0) {
        f.add(prefix + k.feature + suffix);
      }
    }
  }

  /** Coarse shape: {@code A} Arabic word, {@code D} number, {@code Lc}/{@code LL}/{@code l} Latin, {@code P} other, {@code X} mixed. */
  static String shape(String t) {
    boolean arabic = false;
    boolean digit = false;
    boolean upper = false;
    boolean lower = false;
    boolean other = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF' && Character.isLetter(c)) {
        arabic = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isLowerCase(c)) {
        lower = true;
      } else if (!ArabicNormalizer.isIgnorable(c)) {
        other = true;
      }
    }
    int classes = (arabic ? 1 : 0) + (digit ? 1 : 0) + (upper || lower ? 1 : 0);
    if (classes > 1) {
      return "X";
    }
    if (arabic) {
      return other ? "AP" : "A";
    }
    if (digit) {
      return "D";
    }
    if (upper || lower) {
      return upper && !lower ? "LL" : upper && Character.isUpperCase(t.charAt(0)) ? "Lc" : "l";
    }
    return "P";
  }
}
