package org.marsad.ner;

import java.util.List;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * A name right after an indefinite kind-of-place or direction word is a place: an {@code ORG} or {@code PERS} name
 * the model gives after «مدينة»، «قرية»، «منطقة»، «حي»، «شارع»، «جزيرة» (the {@code LOCW} triggers) or «شمال»،
 * «جنوب»، «قرب» (the {@code DIR} triggers), with or without «و/ف/ب/ل», becomes {@code LOC}: «شمال أفريقيا» (ORG →
 * LOC), «بشرطة محافظة بابل» (ORG → LOC), «في منطقة تشن داي» (PERS → LOC), «قرية بني زيد» (PERS → LOC).
 * Works on BIO tags of one document, in place (a post-pass, before {@link DocumentConsistency}).
 *
 * <p>Rules:
 * <ol>
 *   <li>the word before the name is untagged and, under a clitic reading, a {@code LOCW} or {@code DIR} trigger;</li>
 *   <li>it is indefinite (no «ال», no «لل»): «الجنوبي هييونغ تايك لي», «الإقليم نتشيرفان» are people after an
 *       adjective or a definite noun;</li>
 *   <li>words that also stand before people or other kinds of names are left out ({@link #NOT_BEFORE_PLACES}): «دولة
 *       السيد …» (an honorific), «ولاية صالح» (a term of office), «سهل بن حنيف» (a given name), «مطار محمد الخامس»،
 *       «سجن بيل مارش»، «قاعدة» (ANERcorp tags these names {@code MISC} or {@code ORG}).</li>
 * </ol>
 * A place right after an untagged «شبه» («شبه الجزيرة العربية»، «لشبه الجزيرة الكورية»، «شبه القارة الهندية») takes it in:
 * ANERcorp tags «شبه» as the first word of the place all 12 times it stands before one in the first 90 % of the train
 * file, and the model leaves it out.
 *
 * <p>{@link NerRecognizer} applies the same reading to marsad/1 entities; this pass makes {@code tag --conll} agree.
 * In the 4-fold cross-validation on the first 90 % of the ANERcorp train file it gains 16 right places and loses one
 * right person («بلدة إبراهيم»).
 */
final class PlaceWords {
  /** Place words that are not kept: they also precede people, airports, prisons. */
  static final String[] NOT_BEFORE_PLACES = {"دولة", "ولاية", "مطار", "سجن", "قاعدة", "سهل"};
  private static final Set<String> EXCLUDED = Lexicon.normalised(NOT_BEFORE_PLACES);
  /** «شبه» («almost»: «شبه الجزيرة» a peninsula), under its clitic readings. */
  private static final Set<String> SHIBH = Lexicon.normalised("شبه", "وشبه", "لشبه", "بشبه", "ولشبه", "وبشبه");
  private static final int PLACE_WORDS = (1 << Lexicon.Kind.LOCW.ordinal()) | (1 << Lexicon.Kind.DIR.ordinal());
  /** {@code -Dmarsad.ner.noPlaceWords=true} switches the post-pass off (ablation). */
  static final boolean ENABLED = !Boolean.getBoolean("marsad.ner.noPlaceWords");

  private PlaceWords() {
  }

  /** Retypes the names of every sentence of {@code tags} (BIO, changed in place). */
  static void retype(List<String[]> sentences, List<String[]> tags, Lexicon lexicon) {
    for (int k = 0; k < sentences.size(); k++) {
      retype(sentences.get(k), tags.get(k), lexicon);
    }
  }

  static void retype(String[] tokens, String[] t, Lexicon lexicon) {
    for (int i = 1; i < t.length; i++) {
      if (!t[i].startsWith("B-") || !t[i - 1].equals("O")) {
        continue;
      }
      String type = t[i].substring(2);
      if (type.equals("LOC") && SHIBH.contains(ArabicNormalizer.INSTANCE.normalize(tokens[i - 1]))) {
        t[i - 1] = "B-LOC";
        t[i] = "I-LOC";
        continue;
      }
      if (!type.equals("ORG") && !type.equals("PERS")) {
        continue;
      }
      if (!placeWord(ArabicNormalizer.INSTANCE.normalize(tokens[i - 1]), lexicon)) {
        continue;
      }
      t[i] = "B-LOC";
      for (int j = i + 1; j < t.length && t[j].equals("I-" + type); j++) {
        t[j] = "I-LOC";
      }
    }
  }

  /** Whether the normalised word {@code w} is an indefinite place or direction word, not an excluded one. */
  static boolean placeWord(String w, Lexicon lexicon) {
    if (definite(w)) {
      return false;
    }
    for (String f : Clitics.forms(w)) {
      if (EXCLUDED.contains(f)) {
        return false;
      }
    }
    return (lexicon.kindsOf(w) & PLACE_WORDS) != 0;
  }

  /** Whether {@code w} carries the article «ال» or «لل» after its proclitics («و/ف», then «ب/ل/ك»). */
  static boolean definite(String w) {
    int i = 0;
    if (w.length() > 3 && (w.charAt(0) == Clitics.WAW || w.charAt(0) == Clitics.FEH)) {
      i = 1;
    }
    if (w.startsWith("لل", i)) {
      return true;
    }
    if (w.length() - i > 3 && (w.charAt(i) == Clitics.BEH || w.charAt(i) == Clitics.LAM || w.charAt(i) == Clitics.KAF)
        && w.startsWith("ال", i + 1)) {
      return true;
    }
    return w.startsWith("ال", i);
  }
}
