package org.marsad.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * Sentence-level features of a token that no single word or window of ±2 words gives: whether it stands inside a
 * short quotation and what word introduces that quotation.
 *
 * <p>Quotes: a token between an opening «{@code «}», «{@code “}» or «{@code "}» and its closing mark, at most
 * {@link #MAX_QUOTED} tokens apart, gets {@code q=B} (first quoted token) or {@code q=I}, {@code qc=} the class of the
 * word right before the opening mark — {@code MISC} for a kind of work, venue or product («برنامج "…"»، «بعنوان «…»»،
 * «رواية "…"»، «فيلم "…"»، «استاد "…"»), {@code ORG} for a kind of organisation («صحيفة "…"»، «شركة "…"»، «وكالة "…"»;
 * also any {@code ORGW} trigger), {@code P} for punctuation or the sentence start, {@code W} for any other word — and
 * {@code qw=} that word's clitic-free stem. ANERcorp (first 90 %): of the 630 short quotations, 315 hold no name;
 * after «صحيفة» 16 of 16 are an organisation, after «رواية» 5 of 5 a work (MISC).
 *
 * <p>Immutable, thread-safe; computed per sentence by the trainer's context generator and by both decoders.
 */
final class ContextFeatures {
  /** Longest quotation (tokens between the marks) that gets quote features. */
  static final int MAX_QUOTED = 10;
  /** Words that introduce the title of a work, a venue, a product or an event («برنامج "…"»). */
  static final String[] MISC_WORDS = {
      "برنامج", "عنوان", "بعنوان", "رواية", "فيلم", "استاد", "ملعب", "كتاب", "مسلسل", "أغنية", "ألبوم", "مسرحية",
      "قصيدة", "ديوان", "مهرجان", "معرض", "عملية", "جائزة", "سيارة", "طراز", "مبادرة", "مشروع", "خطة", "حملة",
      "مؤتمر", "كأس", "بطولة", "مسابقة", "لعبة", "صاروخ", "طائرة", "سفينة", "عرض", "شعار", "مناورات", "إعلان",
      "وثيقة", "اتفاق", "اتفاقية", "قانون", "مسرح", "عمل", "فيلمه", "روايته", "كتابه", "برنامجه"};
  /** Words that introduce an organisation's name in quotes, besides the ORGW triggers («صحيفة "…"»). */
  static final String[] ORG_WORDS = {
      "صحيفة", "جريدة", "مجلة", "شركة", "وكالة", "مؤسسة", "موقع", "قناة", "تلفزيون", "إذاعة", "حزب", "حركة",
      "منظمة", "جمعية", "فرقة", "مجموعة", "دار", "مصرف", "بنك", "نادي", "فريق", "مكتبة", "مطعم", "فندق", "محطة"};

  private static final Set<String> MISC = normalisedStems(MISC_WORDS);
  private static final Set<String> ORG = normalisedStems(ORG_WORDS);
  private static final String[] NONE = new String[0];
  private static final int ORGW_BIT = 1 << Lexicon.Kind.ORGW.ordinal();

  /** Which families are on; {@code -Dmarsad.ner.context=q,qw} for experiments (default: all). */
  static final String FAMILIES = System.getProperty("marsad.ner.context", "none");
  static final boolean QUOTES = FAMILIES.contains("q");
  static final boolean QUOTE_WORD = FAMILIES.contains("qw");
  static final boolean PERSON = FAMILIES.contains("pp");
  static final boolean ANY = QUOTES || PERSON;

  private ContextFeatures() {
  }

  private static Set<String> normalisedStems(String[] words) {
    Set<String> s = new HashSet<>();
    for (String w : words) {
      String n = ArabicNormalizer.INSTANCE.normalize(w);
      s.add(n);
      s.add(Clitics.stem(n));
    }
    return Set.copyOf(s);
  }

  /** The closing mark of the opening mark {@code t}, or null when {@code t} opens no quotation. */
  private static String closing(String t) {
    switch (t) {
      case "«":
        return "»";
      case "“":
        return "”";
      case "\"":
        return "\"";
      default:
        return null;
    }
  }

  private static boolean letter(String t) {
    return !t.isEmpty() && Character.isLetter(t.charAt(0));
  }

  /** The class of the word introducing a quotation ({@code MISC}, {@code ORG}, {@code P}, {@code W}). */
  static String quoteClass(String norm, String stem, int kinds) {
    if (norm == null || !letter(norm)) {
      return "P";
    }
    if (MISC.contains(norm) || MISC.contains(stem)) {
      return "MISC";
    }
    if (ORG.contains(norm) || ORG.contains(stem) || (kinds & ORGW_BIT) != 0) {
      return "ORG";
    }
    return "W";
  }

  /** Person-likeness of a token for the boundary features: T title, G given name or known person, N name particle. */
  private static char personClass(int kinds) {
    if ((kinds & (1 << Lexicon.Kind.TITLE.ordinal() | 1 << Lexicon.Kind.KB_TITLE.ordinal())) != 0) {
      return 'T';
    }
    if ((kinds & (1 << Lexicon.Kind.GAZ_PER.ordinal() | 1 << Lexicon.Kind.KB_PER.ordinal())) != 0) {
      return 'G';
    }
    if ((kinds & (1 << Lexicon.Kind.NAMEPART.ordinal())) != 0) {
      return 'N';
    }
    return '-';
  }

  /**
   * The context features of every token ({@link #NONE}-like empty arrays where there are none).
   *
   * @param norms normalised tokens
   * @param stems their clitic-free stems
   * @param kinds their single-word lexicon classes
   * @param begin multi-word lexicon matches starting at each token ({@link Lexicon#match})
   */
  static String[][] of(String[] norms, String[] stems, int[] kinds, int[] begin) {
    int n = norms.length;
    String[][] out = new String[n][];
    if (!ANY) {
      java.util.Arrays.fill(out, NONE);
      return out;
    }
    List<String>[] f = null;
    if (QUOTES) {
      for (int i = 0; i < n; i++) {
        String close = closing(norms[i]);
        if (close == null) {
          continue;
        }
        int j = i + 1;
        while (j < n && j - i - 1 <= MAX_QUOTED && !norms[j].equals(close)) {
          j++;
        }
        if (j >= n || !norms[j].equals(close) || j == i + 1 || j - i - 1 > MAX_QUOTED) {
          continue;
        }
        String qc = i > 0 ? quoteClass(norms[i - 1], stems[i - 1], kinds[i - 1] | begin[i - 1]) : "P";
        String qw = i > 0 && letter(norms[i - 1]) ? stems[i - 1] : null;
        if (f == null) {
          f = newLists(n);
        }
        for (int k = i + 1; k < j; k++) {
          String pos = k == i + 1 ? "B" : "I";
          f[k].add("q=" + pos);
          f[k].add("qc=" + qc);
          f[k].add("qc=" + qc + pos);
          if (QUOTE_WORD && qw != null) {
            f[k].add("qw=" + qw);
          }
        }
        i = j; // a closing straight quote opens nothing
      }
    }
    if (PERSON) {
      char[] pc = new char[n];
      for (int i = 0; i < n; i++) {
        pc[i] = personClass(kinds[i] | begin[i]);
      }
      for (int i = 0; i < n; i++) {
        char prev = i > 0 ? pc[i - 1] : '^';
        char next = i + 1 < n ? pc[i + 1] : '$';
        if (prev == 'T' || prev == 'G' || pc[i] == 'G' || next == 'G') {
          if (f == null) {
            f = newLists(n);
          }
          f[i].add("pp=" + prev + pc[i] + next);
          if (prev == 'G' || prev == 'T') {
            f[i].add("pa=" + prev + (letter(norms[i]) ? (Clitics.prefix(norms[i], stems[i]).isEmpty() ? "w" : "c") : "p"));
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      out[i] = f == null || f[i].isEmpty() ? NONE : f[i].toArray(NONE);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<String>[] newLists(int n) {
    List<String>[] f = new List[n];
    for (int i = 0; i < n; i++) {
      f[i] = new ArrayList<>(4);
    }
    return f;
  }
}
