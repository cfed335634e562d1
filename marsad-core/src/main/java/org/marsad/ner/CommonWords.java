package org.marsad.ner;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Common words the model takes for names: a word that stands in many news articles and is almost never part of a
 * model name there («أفضل»، «يلتقي»، «بأن»، «البيان»، «مجددا») is no name alone, and no edge of a person's name.
 * Works on BIO tags of one document, in place (a post-pass, before {@link DocumentConsistency}, which would spread
 * the error through the document).
 *
 * <p>The words ({@code common-words.tsv}, one per line: word, documents, share) are counted by {@code marsad train
 * common-words} over the 6,000 ANT articles ({@link CommonWordCounter}): a word (as written, without diacritics; «أمام» and
 * «إمام»، «على» and «علي» stay apart) is common when it stands in at least 1 % of the articles and under 2 % of its
 * occurrences outside knowledge-base names are inside a name of the model (this pass switched off).
 *
 * <p>Rules:
 * <ol>
 *   <li>a name of one common word, person, place or {@code MISC}, is no name («جائزة أفضل لاعب»، «من المنتظر أن
 *       يلتقي»، «وجاء في البيان»), unless it stands between quotes («برنامج "وصول"»: a title);</li>
 *   <li>common words at either edge of a person's name are left out («بأن صلاح» → «صلاح»، «وهاب يعتدي» ... «رونالدو
 *       مجددا» → «رونالدو»), unless the name is quoted; a person's name of common words only is no name («بين
 *       يناير»);</li>
 *   <li>ordinals, months and words under three letters are never common here («عبدالله الثاني»، «البابا بنديكت السادس
 *       عشر»، «لويجي دي مايو»، «جاك ما»), nor the word after a name particle («كمال عبد المعروف»، «منية بن جميع»); a
 *       trimmed name left with one word under three letters is no name («في بيان» → «في»).</li>
 * </ol>
 * Organisations are left alone: their names are made of common words («منظمة العمل الدولية»، «معهد الاقتصاد»).
 */
final class CommonWords {
  static final String RESOURCE = NerResources.BASE + "common-words.tsv";
  /** Ordinals, which follow kings' and popes' names («عبدالله الثاني»). */
  static final String[] ORDINALS = {"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
      "التاسع", "العاشر", "عشر", "الأولى", "الثانية", "الكبرى", "الكبير"};
  /** Months, which are also surnames («لويجي دي مايو»). */
  static final String[] MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس",
      "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
  /** Name particles: the word after them is part of the name («كمال عبد المعروف»، «منية بن جميع»). */
  static final String[] PARTICLES = {"عبد", "بن", "ابن", "أبو", "أبي", "أم", "آل", "بنت"};
  /** Minimum share of the articles a common word stands in. */
  static final double MIN_DOCS = 0.01;
  /** Maximum share of a common word's occurrences inside model names. */
  static final double MAX_NAME_SHARE = 0.02;
  private static final Set<String> KEPT = kept();
  private static final Set<String> PARTICLE_SET = Set.of(PARTICLES);
  private static final Set<String> QUOTES = Set.of("\"", "«", "»", "“", "”", "'");
  /** {@code -Dmarsad.ner.noCommonWords=true} switches the post-pass off (ablation; {@code train common-words}). */
  static final boolean ENABLED = !Boolean.getBoolean("marsad.ner.noCommonWords");

  private static volatile Set<String> words;

  private CommonWords() {
  }

  private static Set<String> kept() {
    Set<String> k = new HashSet<>(Arrays.asList(ORDINALS));
    k.addAll(Arrays.asList(MONTHS));
    return Set.copyOf(k);
  }

  /** The bundled common words, loaded once. */
  static Set<String> words() {
    Set<String> w = words;
    if (w == null) {
      synchronized (CommonWords.class) {
        w = words;
        if (w == null) {
          w = load();
          words = w;
        }
      }
    }
    return w;
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (String line : Lexicon.readLines(RESOURCE)) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      out.add(tab < 0 ? line : line.substring(0, tab));
    }
    return Set.copyOf(out);
  }

  /** A token as counted: without diacritics and tatweel, otherwise as written. */
  static String key(String token) {
    StringBuilder b = null;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      boolean drop = c >= '\u064B' && c <= '\u0652' || c == '\u0640';
      if (drop && b == null) {
        b = new StringBuilder(token.length()).append(token, 0, i);
      } else if (!drop && b != null) {
        b.append(c);
      }
    }
    return b == null ? token : b.toString();
  }

  /** Applies the rules to every sentence of {@code tags} (BIO, changed in place). */
  static void apply(List<String[]> sentences, List<String[]> tags) {
    Set<String> common = words();
    for (int k = 0; k < sentences.size(); k++) {
      apply(sentences.get(k), tags.get(k), common);
    }
  }

  static void apply(String[] tokens, String[] t, Set<String> common) {
    for (String[] sp : NerEvaluation.entitySpans(Arrays.asList(t))) {
      int s = Integer.parseInt(sp[0]);
      int e = Integer.parseInt(sp[1]);
      String type = sp[2];
      boolean person = type.equals("PERS") || type.equals("PER");
      if (type.equals("ORG") || quoted(tokens, t, s, e)) {
        continue;
      }
      if (e - s == 1) {
        if (common(tokens[s], common)) {
          t[s] = "O";
        }
        continue;
      }
      if (!person) {
        continue;
      }
      int a = s;
      int b = e;
      while (a < b && common(tokens[a], common)) {
        t[a++] = "O";
      }
      while (b > a && common(tokens[b - 1], common) && (b - 2 < a || !PARTICLE_SET.contains(key(tokens[b - 2])))) {
        t[--b] = "O";
      }
      if (b - a == 1 && (a > s || b < e) && key(tokens[a]).length() < 3) {
        t[a] = "O"; // «في بيان» → «في»: no name left
      } else if (a < b) {
        t[a] = "B-" + type;
      }
    }
  }

  private static boolean common(String token, Set<String> common) {
    String k = key(token);
    return k.length() >= 3 && !KEPT.contains(k) && common.contains(k);
  }

  /** Whether the name at [{@code s}, {@code e}) stands right after an untagged opening quote or before a closing one. */
  private static boolean quoted(String[] tokens, String[] t, int s, int e) {
    return s > 0 && t[s - 1].equals("O") && QUOTES.contains(tokens[s - 1])
        || e < tokens.length && t[e].equals("O") && QUOTES.contains(tokens[e]);
  }
}
