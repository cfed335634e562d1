package org.marsad.ner;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * Sports clubs named after their city: a place name the model tagged {@code LOC} is retyped
 * {@code ORG} when the sentence shows it is a club, and so are its other {@code LOC} mentions in the
 * document. Works on BIO tags of one document, in place.
 *
 * <p>Rules:
 * <ol>
 *   <li>a {@code LOC} name followed by a definite masculine nisba adjective of the knowledge base
 *       («ليون الفرنسي», «هامبورغ الالماني»: the club, masculine like «النادي»; a city takes the
 *       feminine «ليون الفرنسية»);</li>
 *   <li>a {@code LOC} name right after «فريق» or «نادي» (with «و»/«ل»/«ب»/«ال»: «لفريق», «النادي»);</li>
 *   <li>every other {@code LOC} mention of a name retyped by rule 1 or 2 in the same document (compared on
 *       normalised words; a first word with «و»/«ف»/«ب»/«ل» also matches) becomes {@code ORG}.</li>
 * </ol>
 */
final class ClubNames {
  private static final String LOC = "LOC";
  private static final String ORG = "ORG";
  private static final char YEH = '\u064A';
  private static final char ALEF_MAKSURA = '\u0649';
  private static final Set<String> CLUB_WORDS = Set.of(norm("فريق"), norm("نادي"));
  private static final int NISBA = 1 << Lexicon.Kind.KB_NISBA.ordinal();

  private ClubNames() {
  }

  private static String norm(String s) {
    return ArabicNormalizer.INSTANCE.normalize(s);
  }

  static void retype(List<String[]> sentences, List<String[]> tags, Lexicon lexicon) {
    Set<String> clubs = new HashSet<>();
    String[][] norms = new String[sentences.size()][];
    for (int k = 0; k < sentences.size(); k++) {
      String[] toks = sentences.get(k);
      String[] n = ArabicNerFeatures.normalise(toks);
      norms[k] = n;
      String[] t = tags.get(k);
      for (String[] sp : NerEvaluation.entitySpans(Arrays.asList(t))) {
        if (!sp[2].equals(LOC)) {
          continue;
        }
        int s = Integer.parseInt(sp[0]);
        int e = Integer.parseInt(sp[1]);
        boolean club = (e < toks.length && masculineNisba(toks[e], n[e], lexicon))
            || (s > 0 && clubWord(n[s - 1]));
        if (club) {
          clubs.add(NameSpans.key(n, s, e, false));
          NameSpans.retype(t, s, e, ORG);
        }
      }
    }
    if (clubs.isEmpty()) {
      return;
    }
    for (int k = 0; k < sentences.size(); k++) {
      String[] t = tags.get(k);
      for (String[] sp : NerEvaluation.entitySpans(Arrays.asList(t))) {
        int s = Integer.parseInt(sp[0]);
        int e = Integer.parseInt(sp[1]);
        if (sp[2].equals(LOC) && (clubs.contains(NameSpans.key(norms[k], s, e, false))
            || clubs.contains(NameSpans.key(norms[k], s, e, true)))) {
          NameSpans.retype(t, s, e, ORG);
        }
      }
    }
  }

  /** «فريق» or «نادي» under some clitic reading ({@link Clitics#forms}: «فريق» also reads as و+«ريق»). */
  private static boolean clubWord(String norm) {
    for (String f : Clitics.forms(norm)) {
      if (CLUB_WORDS.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /** A definite word ending in «ي» that the knowledge base lists as a nisba adjective. */
  private static boolean masculineNisba(String token, String norm, Lexicon lexicon) {
    if (token.length() < 5 || !norm.startsWith("\u0627\u0644")) {
      return false;
    }
    char last = token.charAt(token.length() - 1);
    return (last == YEH || last == ALEF_MAKSURA) && (lexicon.kindsOf(norm) & NISBA) != 0;
  }
}
