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
 *   <li>word clusters ({@code c=} and {@code c-1= c+1=}) when a cluster table is given;</li>
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

  ArabicNerFeatures(Lexicon lexicon, WordClusters clusters) {
    this.lexicon = lexicon;
    this.clusters = clusters;
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

  /** The features of every token of {@code tokens} (raw token texts). */
  String[][] extract(String[] tokens) {
    int n = tokens.length;
    String[] w = normalise(tokens);
    String[] s = new String[n];
    String[] end2 = new String[n];
    int[] kinds = new int[n];
    int[] begin = new int[n];
    int[] inside = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = Clitics.stem(w[i]);
      end2[i] = s[i].length() > 2 ? s[i].substring(s[i].length() - 2) : s[i];
      kinds[i] = lexicon.kindsOf(w[i]);
    }
    lexicon.match(w, begin, inside);
    String[][] out = new String[n][];
    List<String> f = new ArrayList<>(64);
    for (int i = 0; i < n; i++) {
      f.clear();
      String wi = w[i];
      String si = s[i];
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
      f.add("sh=" + shape(tokens[i]));
      f.add("ln=" + (len <= 2 ? len : len <= 4 ? 4 : len <= 6 ? 6 : 9));
      f.add("w-1=" + (i > 0 ? w[i - 1] : BOS));
      f.add("w-2=" + (i > 1 ? w[i - 2] : BOS));
      f.add("w+1=" + (i + 1 < n ? w[i + 1] : EOS));
      f.add("w+2=" + (i + 2 < n ? w[i + 2] : EOS));
      if (i > 0) {
        f.add("s-1=" + s[i - 1]);
        f.add("x-1=" + end2[i - 1]);
        f.add("b-=" + w[i - 1] + "|" + wi);
      } else {
        f.add("bos");
      }
      if (i + 1 < n) {
        f.add("s+1=" + s[i + 1]);
        f.add("x+1=" + end2[i + 1]);
        f.add("b+=" + wi + "|" + w[i + 1]);
      }
      addKinds(f, "k0=", kinds[i], "");
      addKinds(f, "k0=", begin[i], "B");
      addKinds(f, "k0=", inside[i], "I");
      if (i > 0) {
        addKinds(f, "k-1=", kinds[i - 1] | begin[i - 1] | inside[i - 1], "");
      }
      if (i > 1) {
        addKinds(f, "k-2=", kinds[i - 2], "");
      }
      if (i + 1 < n) {
        addKinds(f, "k+1=", kinds[i + 1] | begin[i + 1], "");
      }
      if (clusters != null) {
        clusters.addFeatures(f, "c", wi);
        if (i > 0) {
          clusters.addFeatures(f, "c-1", w[i - 1]);
        }
        if (i + 1 < n) {
          clusters.addFeatures(f, "c+1", w[i + 1]);
        }
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
