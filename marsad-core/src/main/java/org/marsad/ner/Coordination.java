package org.marsad.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.text.ArabicNormalizer;

/**
 * Two names joined by «و» are two names: inside a tagged name, a later token made of the conjunction
 * «و» and a known name («أندريه غلوكسمان وبرنار …», «الخرطوم ودارفور», «المنظمة الدولية والاتحاد الافريقي»)
 * starts a new name of the same type. ANERcorp tags such pairs as two names about four times as often as
 * one (the exceptions are names that contain «و» as a letter: «سعد بن أبي وقاص», «أوبرا وينفري»).
 *
 * <p>Rules:
 * <ol>
 *   <li>only a token after the name's first token, starting with «و», with at least three letters after it;</li>
 *   <li>the rest of the token (after «و», any further clitics as in {@link Clitics#forms}) is a name or a
 *       name's first word in the lexicon: gazetteers, the knowledge base's places, people and organisations,
 *       a kind of organisation («اتحاد», «حزب») or a name particle («عبد», «أبو»);</li>
 *   <li>the token becomes {@code B-} of the same type; the tokens after it stay with it.</li>
 * </ol>
 *
 * <p>Inside a person's name (session 19b), any later token «و» + three or more letters ends the name
 * («شافيز ولوكاشنكو»، «صبري وعنان»، «فاطمة ووالد»، «علي ورجاله»): people are not named with «و» inside except
 * after a name particle («سعد بن أبي وقاص») or when the whole token is a known name («وليد»). The token starts a
 * new person's name, or, when it is «و» + a definite word («رونالدينيو والأرجنتيني ميسي»), it is {@code O} and the
 * next token of the name starts the new name. In the 4-fold cross-validation on the first 90 % of the ANERcorp train
 * file (the models' outputs after every other post-pass) it gains 26 right names for 15 new false ones.
 *
 * <p>A name that begins with the letter «و» (session 20: «هارفي واينستين», «غافين وليامسون», «أوبرا وينفري») is not
 * split when it ends the name and the document shows it is one word: the token stands on its own elsewhere in the document (first in
 * its sentence or after a token outside any name, «وقال واينستين») and the rest after «و» never stands alone
 * («اينستين») and is no name of the lexicon («ومحمد» stays two names). Two people joined by «و» name the second alone somewhere («بوتين وترامب» … «ترامب»), or are named
 * once. With the same evidence, a person the model started at such a token right after another person's name
 * joins that name («هارفي | واينستين» → «هارفي واينستين»).
 */
final class Coordination {
  private static final char WAW = '\u0648';
  private static final int NAMES = mask(Lexicon.Kind.GAZ_LOC, Lexicon.Kind.GAZ_ORG, Lexicon.Kind.GAZ_PER,
      Lexicon.Kind.KB_COUNTRY, Lexicon.Kind.KB_CITY, Lexicon.Kind.KB_REGION, Lexicon.Kind.KB_PER, Lexicon.Kind.KB_ORG,
      Lexicon.Kind.ORGW, Lexicon.Kind.NAMEPART);
  static final boolean ENABLED = !Boolean.getBoolean("marsad.ner.noCoordination");
  /** {@code -Dmarsad.ner.noPersonCoordination=true} switches the person rule off (ablation). */
  static final boolean PERSONS = !Boolean.getBoolean("marsad.ner.noPersonCoordination");
  private static final int PERSON_NAMES = mask(Lexicon.Kind.GAZ_PER, Lexicon.Kind.KB_PER);
  private static final int PARTICLE = mask(Lexicon.Kind.NAMEPART);

  private Coordination() {
  }

  private static int mask(Lexicon.Kind... kinds) {
    int m = 0;
    for (Lexicon.Kind k : kinds) {
      m |= 1 << k.ordinal();
    }
    return m;
  }

  /** Splits the names of every sentence of {@code tags} (BIO, changed in place). */
  static void split(List<String[]> sentences, List<String[]> tags, Lexicon lexicon) {
    if (!anyWawInName(sentences, tags)) {
      for (int k = 0; k < sentences.size(); k++) {
        split(sentences.get(k), tags.get(k), lexicon);
      }
      return;
    }
    Set<String> words = new HashSet<>();
    Set<String> alone = new HashSet<>();
    for (int k = 0; k < sentences.size(); k++) {
      String[] tokens = sentences.get(k);
      String[] t = tags.get(k);
      for (int i = 0; i < tokens.length; i++) {
        String norm = ArabicNormalizer.INSTANCE.normalize(tokens[i]);
        words.add(norm);
        if (i == 0 || t[i - 1].equals("O")) {
          alone.add(norm);
        }
      }
    }
    for (int k = 0; k < sentences.size(); k++) {
      split(sentences.get(k), tags.get(k), lexicon, w -> alone.contains(w) && !words.contains(w.substring(1)));
    }
  }

  /** Whether some token after a name's first token begins with «و» (most documents have none). */
  private static boolean anyWawInName(List<String[]> sentences, List<String[]> tags) {
    for (int k = 0; k < sentences.size(); k++) {
      String[] tokens = sentences.get(k);
      String[] t = tags.get(k);
      for (int i = 1; i < tokens.length; i++) {
        if (!t[i].equals("O") && !t[i - 1].equals("O") && !tokens[i].isEmpty() && tokens[i].charAt(0) == WAW) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@link #split(List, List, Lexicon)} for one sentence with no document around it. */
  static void split(String[] tokens, String[] t, Lexicon lexicon) {
    split(tokens, t, lexicon, w -> false);
  }

  private static void split(String[] tokens, String[] t, Lexicon lexicon, Predicate<String> oneWord) {
    for (int i = 1; i < t.length; i++) {
      if (t[i].equals("B-PERS") && t[i - 1].endsWith("-PERS")) {
        String norm = ArabicNormalizer.INSTANCE.normalize(tokens[i]);
        if (norm.length() >= 4 && norm.charAt(0) == WAW && lastOfName(t, i) && oneWord(norm, lexicon, oneWord)) {
          t[i] = "I-PERS";
        }
        continue;
      }
      if (!t[i].startsWith("I-")) {
        continue;
      }
      String norm = ArabicNormalizer.INSTANCE.normalize(tokens[i]);
      if (norm.length() < 4 || norm.charAt(0) != WAW || lastOfName(t, i) && oneWord(norm, lexicon, oneWord)) {
        continue;
      }
      if ((lexicon.kindsOf(norm.substring(1)) & NAMES) != 0) {
        t[i] = "B-" + t[i].substring(2);
      } else if (PERSONS && t[i].equals("I-PERS") && !afterParticle(tokens, i, lexicon)
          && (lexicon.kindsOfExact(norm) & PERSON_NAMES) == 0) {
        if (norm.startsWith("ال", 1)) {
          t[i] = "O";
          if (i + 1 < t.length && t[i + 1].equals("I-PERS")) {
            t[i + 1] = "B-PERS";
          }
        } else {
          t[i] = "B-PERS";
        }
      }
    }
  }

  /** Whether no token of the same name follows {@code i} (a surname; «وديدييه دروغبا» is a second person). */
  private static boolean lastOfName(String[] t, int i) {
    return i + 1 == t.length || !t[i + 1].startsWith("I-");
  }

  /** Whether the document shows «و» + rest to be one word, the rest being no name of the lexicon («ومحمد» is two). */
  private static boolean oneWord(String norm, Lexicon lexicon, Predicate<String> inDocument) {
    return inDocument.test(norm) && (lexicon.kindsOf(norm.substring(1)) & NAMES) == 0;
  }

  /** Whether the token before {@code i} is a name particle of {@code triggers.txt} («بن»، «أبي»، «عبد»، «ولد»). */
  private static boolean afterParticle(String[] tokens, int i, Lexicon lexicon) {
    String prev = ArabicNormalizer.INSTANCE.normalize(tokens[i - 1]);
    return (lexicon.kindsOfExact(prev) & PARTICLE) != 0;
  }
}
