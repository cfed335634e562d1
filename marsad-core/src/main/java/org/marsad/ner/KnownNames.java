package org.marsad.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;

/**
 * Well-known names of Arabic news whose type ANERcorp fixes and the model often misses: organisations known by one
 * word (the {@link #ORGANISATIONS}: «الفيفا»، «الكرملين»، «البنتاغون»، «الناتو»، «اليونسكو») and things ANERcorp tags
 * {@code MISC} (the {@link #MISC_NAMES}: currencies «دولار»، «يورو»، «جنيه»; prizes «نوبل»، «أوسكار»; wars «الحرب
 * العالمية الثانية»، «الحرب الباردة»; holy places «المسجد الأقصى»، «الكعبة»، «الحجر الأسود»; «تسونامي»، «ريختر»،
 * «كلاشنيكوف»). Works on BIO tags of one document, in place (a post-pass, before {@link DocumentConsistency}).
 *
 * <p>Rules:
 * <ol>
 *   <li>a listed name whose tokens are all untagged (and not followed by the rest of a tagged name) becomes a name of
 *       the listed type;</li>
 *   <li>its first word may carry «و/ف» and then «ب/ل/ك» («وبالدولار», «للكرملين» = «ل» + «الكرملين»), the other words
 *       are as listed; the article is part of the entry («دولار» and «الدولار» are two entries);</li>
 *   <li>names the model tagged, with any type or edges, are left alone.</li>
 * </ol>
 * In the gold tags of the first 90 % of the ANERcorp train file: «دولار» MISC 89 of 89, «يورو» 15 of 15, «جنيه» 24 of
 * 27, «نوبل» 18 of 18, «تسونامي» 9 of 10, «الحرب العالمية الأولى» 5 of 6, «الكرملين» ORG 6 of 6, «الفيفا» 5 of 5.
 */
final class KnownNames {
  /** Organisations known by one word. */
  static final String[] ORGANISATIONS = {
      "الفيفا", "اليويفا", "الكرملين", "البنتاغون", "البنتاجون", "الناتو", "اليونسكو", "اليونيسف", "اليونيسيف",
      "الأونروا"};
  /** Names ANERcorp tags MISC: currencies, prizes, wars, holy places, named phenomena and products. */
  static final String[] MISC_NAMES = {
      "دولار", "دولارا", "الدولار", "يورو", "اليورو", "جنيه", "فرنك", "نوبل", "أوسكار", "الأوسكار",
      "الحرب العالمية الأولى", "الحرب العالمية الثانية", "الحرب الباردة", "المسجد الأقصى", "الكعبة", "الحجر الأسود",
      "تسونامي", "ريختر", "كلاشنيكوف"};
  /** {@code -Dmarsad.ner.noKnownNames=true} switches the post-pass off (ablation). */
  static final boolean ENABLED = !Boolean.getBoolean("marsad.ner.noKnownNames");
  /** First word (normalised) → the entries starting with it: words (normalised) and type. */
  private static final Map<String, List<Entry>> BY_FIRST = index();

  private record Entry(String[] words, String type) {
  }

  private KnownNames() {
  }

  private static Map<String, List<Entry>> index() {
    Map<String, List<Entry>> m = new HashMap<>();
    add(m, ORGANISATIONS, "ORG");
    add(m, MISC_NAMES, "MISC");
    return Map.copyOf(m);
  }

  private static void add(Map<String, List<Entry>> m, String[] names, String type) {
    for (String name : names) {
      String[] w = Lexicon.words(ArabicNormalizer.INSTANCE.normalize(name));
      m.computeIfAbsent(w[0], k -> new ArrayList<>()).add(new Entry(w, type));
    }
  }

  /** Tags the listed names in every sentence of {@code tags} (BIO, changed in place). */
  static void tag(List<String[]> sentences, List<String[]> tags) {
    for (int k = 0; k < sentences.size(); k++) {
      tag(sentences.get(k), tags.get(k));
    }
  }

  static void tag(String[] tokens, String[] t) {
    for (int i = 0; i < t.length; i++) {
      if (!t[i].equals("O")) {
        continue;
      }
      String norm = ArabicNormalizer.INSTANCE.normalize(tokens[i]);
      for (String first : readings(norm)) {
        List<Entry> entries = BY_FIRST.get(first);
        if (entries == null) {
          continue;
        }
        for (Entry e : entries) {
          int end = i + e.words.length;
          if (matches(tokens, t, i, e) && (end == t.length || !t[end].startsWith("I-"))) {
            t[i] = "B-" + e.type;
            for (int j = i + 1; j < end; j++) {
              t[j] = "I-" + e.type;
            }
            i = end - 1;
            break;
          }
        }
        if (!t[i].equals("O")) {
          break;
        }
      }
    }
  }

  private static boolean matches(String[] tokens, String[] t, int i, Entry e) {
    if (i + e.words.length > t.length) {
      return false;
    }
    for (int j = 1; j < e.words.length; j++) {
      if (!t[i + j].equals("O") || !ArabicNormalizer.INSTANCE.normalize(tokens[i + j]).equals(e.words[j])) {
        return false;
      }
    }
    return true;
  }

  /** The word as it stands, without «و/ف», and without «ب/ل/ك» after that («لل» → «ال»). */
  static List<String> readings(String w) {
    List<String> out = new ArrayList<>(4);
    out.add(w);
    String c = w;
    if (w.length() > 3 && (w.charAt(0) == Clitics.WAW || w.charAt(0) == Clitics.FEH)) {
      c = w.substring(1);
      out.add(c);
    }
    if (c.length() > 3 && c.charAt(0) == Clitics.LAM && c.charAt(1) == Clitics.LAM) {
      out.add("ال" + c.substring(2));
    } else if (c.length() > 3 && (c.charAt(0) == Clitics.BEH || c.charAt(0) == Clitics.LAM
        || c.charAt(0) == Clitics.KAF)) {
      out.add(c.substring(1));
    }
    return out;
  }
}
