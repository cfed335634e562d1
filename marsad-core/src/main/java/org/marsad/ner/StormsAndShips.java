package org.marsad.ner;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Storms and ships named like people: a name right after «إعصار»، «عاصفة» or a kind of ship is the storm's or the
 * ship's name, {@code MISC}, whatever type the model gave («الإعصار مايكل» PERS, «الإعصار فلورنس» ORG, «السفينة
 * "أكواريوس"» PERS → MISC), and so are its other mentions in the document («وقال المركز إن "كريس" يبعد …»). A storm or
 * a ship named as a person or an organisation would otherwise become an event's actor. Works on BIO tags of one
 * document, in place (a post-pass, before {@link DocumentConsistency}).
 *
 * <p>Rules:
 * <ol>
 *   <li>the head is the untagged word before the name, under a clitic reading and with or without «ال» ({@link
 *       #HEADS}: «إعصار، عاصفة، سفينة، باخرة، يخت، غواصة، مدمرة، فرقاطة»), or «حاملة الطائرات»; an opening quote and
 *       one of {@link #ADJECTIVES} («المدارية»، «الحربية») may stand between head and name («العاصفة المدارية
 *       "مايكل"»، «المدمرة "لابون"»);</li>
 *   <li>a name that begins with a kind of organisation («سفينة منظمة "لايف لاين"»: the organisation's ship) or a known
 *       organisation («سفينة الزمالك»: the club, figuratively), and a name after a crew word and the head («قبطان
 *       السفينة توماس هاكن»: the captain) are left alone;</li>
 *   <li>every other mention of a retyped name in the document (same normalised words; a first word with
 *       «و/ف/ب/ل» also matches) becomes {@code MISC}.</li>
 * </ol>
 */
final class StormsAndShips {
  /** Words for storms and ships (without «ال»). */
  static final String[] HEADS = {"إعصار", "عاصفة", "سفينة", "باخرة", "يخت", "غواصة", "مدمرة", "فرقاطة"};
  /** Adjectives that may stand between the head and the name (without «ال»). */
  static final String[] ADJECTIVES = {"مدارية", "مداري", "استوائية", "حربية"};
  private static final Set<String> HEAD_SET = Lexicon.normalised(HEADS);
  private static final Set<String> ADJECTIVE_SET = Lexicon.normalised(ADJECTIVES);
  private static final Set<String> CARRIER = Lexicon.normalised("حاملة");
  private static final Set<String> PLANES = Lexicon.normalised("الطائرات");
  private static final Set<String> QUOTES = Set.of("\"", "«", "“", "'");
  private static final String MISC = "MISC";
  /** Words for a ship's crew: the name after «قبطان السفينة» is the captain's. */
  static final String[] CREW = {"قبطان", "ربان", "طاقم", "بحارة"};
  private static final Set<String> CREW_SET = Lexicon.normalised(CREW);
  private static final int ORG_WORD = 1 << Lexicon.Kind.ORGW.ordinal();
  /** Known organisations: «سفينة الزمالك» (a club, figuratively its ship). */
  private static final int KNOWN_ORG = (1 << Lexicon.Kind.GAZ_ORG.ordinal()) | (1 << Lexicon.Kind.KB_ORG.ordinal());
  /** {@code -Dmarsad.ner.noStormsAndShips=true} switches the post-pass off (ablation). */
  static final boolean ENABLED = !Boolean.getBoolean("marsad.ner.noStormsAndShips");

  private StormsAndShips() {
  }

  /** Retypes the storm and ship names of a document's sentences (BIO {@code tags}, changed in place). */
  static void retype(List<String[]> sentences, List<String[]> tags, Lexicon lexicon) {
    Set<String> names = null;
    String[][] norms = new String[sentences.size()][];
    for (int k = 0; k < sentences.size(); k++) {
      String[] toks = sentences.get(k);
      String[] t = tags.get(k);
      String[] n = null;
      for (int i = 1; i < t.length; i++) {
        if (!t[i].startsWith("B-") || t[i].equals("B-" + MISC)) {
          continue;
        }
        if (n == null) {
          n = ArabicNerFeatures.normalise(toks);
          norms[k] = n;
        }
        if (!afterHead(n, t, i) || (lexicon.kindsOf(n[i]) & (ORG_WORD | KNOWN_ORG)) != 0) {
          continue;
        }
        int e = end(t, i);
        NameSpans.retype(t, i, e, MISC);
        if (names == null) {
          names = new HashSet<>();
        }
        names.add(NameSpans.key(n, i, e, false));
      }
    }
    if (names == null) {
      return;
    }
    for (int k = 0; k < sentences.size(); k++) {
      String[] t = tags.get(k);
      for (String[] sp : NerEvaluation.entitySpans(Arrays.asList(t))) {
        if (sp[2].equals(MISC)) {
          continue;
        }
        if (norms[k] == null) {
          norms[k] = ArabicNerFeatures.normalise(sentences.get(k));
        }
        int s = Integer.parseInt(sp[0]);
        int e = Integer.parseInt(sp[1]);
        if (names.contains(NameSpans.key(norms[k], s, e, false))
            || names.contains(NameSpans.key(norms[k], s, e, true))) {
          NameSpans.retype(t, s, e, MISC);
        }
      }
    }
  }

  /** Whether the name starting at {@code i} follows a head, an optional adjective and an optional opening quote. */
  private static boolean afterHead(String[] n, String[] t, int i) {
    int j = i - 1;
    if (j >= 0 && QUOTES.contains(n[j]) && t[j].equals("O")) {
      j--;
    }
    if (j >= 0 && t[j].equals("O") && in(ADJECTIVE_SET, n[j])) {
      j--;
    }
    if (j < 0 || !t[j].equals("O")) {
      return false;
    }
    if (j > 0 && in(CREW_SET, n[j - 1])) {
      return false; // «قال قبطان السفينة توماس هاكن»
    }
    return in(HEAD_SET, n[j]) || j > 0 && in(PLANES, n[j]) && in(CARRIER, n[j - 1]);
  }

  /** Whether some clitic reading of the normalised word {@code w} is in {@code set} ({@link Clitics#forms}). */
  private static boolean in(Set<String> set, String w) {
    for (String f : Clitics.forms(w)) {
      if (set.contains(f)) {
        return true;
      }
    }
    return set.contains(w);
  }

  private static int end(String[] t, int s) {
    String inside = "I-" + t[s].substring(2);
    int e = s + 1;
    while (e < t.length && t[e].equals(inside)) {
      e++;
    }
    return e;
  }
}
