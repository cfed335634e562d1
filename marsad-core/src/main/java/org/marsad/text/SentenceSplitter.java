package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Document;
import org.marsad.model.Sentence;
import org.marsad.model.Stage;
import org.marsad.model.Token;

/**
 * Splits a tokenised document into sentences.
 *
 * <p>Rules:
 * <ul>
 *   <li>a sentence ends after «.», «؟», «?», «!», «؛» or «;», or at a line break;</li>
 *   <li>a full stop between digits is part of a number token, so it never splits;</li>
 *   <li>inside a quotation («...», "...", “...”) only a line break splits;</li>
 *   <li>closing quotes and brackets written right after the end mark (no space) stay in the sentence,
 *       and so do further end marks («؟!», «...»);</li>
 *   <li>a quotation that closes right after an end mark («... انتهى.» ثم) ends the sentence at the closing quote;</li>
 *   <li>a full stop after a single letter is an initial or an abbreviation («أ.ف.ب», «د. محمد», «U.S.»)
 *       and does not split; nor does one inside a dotted abbreviation («إيه.بي.سي», «إتش. إس. بي. سي») or after
 *       a list number opening a line («3. غسل»);</li>
 *   <li>two full stops «..» are a headline separator («إيران.. احتجاجات تتسع») and do not split
 *       (three, «...», are an ellipsis and do).</li>
 *   <li>a run-on sentence is cut: after {@value #SOFT_LIMIT} tokens at the next comma «،» or «,», and after
 *       {@value #HARD_LIMIT} tokens in any case, so no later stage ever sees an unbounded sentence (a 1 MB
 *       line without punctuation).</li>
 * </ul>
 */
public final class SentenceSplitter implements Stage {
  /** The shared instance. */
  public static final SentenceSplitter INSTANCE = new SentenceSplitter();

  /** Tokens after which a sentence ends at the next comma. */
  static final int SOFT_LIMIT = 150;
  /** Tokens after which a sentence ends whatever follows. */
  static final int HARD_LIMIT = 300;

  private SentenceSplitter() {
  }

  @Override
  public Document apply(Document doc) {
    return doc.withSentences(split(doc.text(), doc.tokens()));
  }

  /** Sentences over {@code tokens} of {@code text}. */
  public List<Sentence> split(String text, List<Token> tokens) {
    List<Sentence> out = new ArrayList<>();
    int first = 0;
    boolean inQuote = false;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      boolean end = false;
      if (t.kind() == Token.Kind.PUNCT && t.text().length() == 1) {
        char c = t.text().charAt(0);
        boolean closing = false;
        if (c == '«' || c == '“') {
          inQuote = true;
        } else if (c == '»' || c == '”') {
          closing = inQuote;
          inQuote = false;
        } else if (c == '"') {
          closing = inQuote;
          inQuote = !inQuote;
        } else if (c == '.' && isDoubleDot(tokens, i)) {
          i++; // «إيران.. احتجاجات»: a headline separator
        } else if (!inQuote && isEndMark(c) && !isInitial(tokens, i, first)) {
          end = true;
        }
        if (closing && i > first && isEndMarkToken(tokens.get(i - 1)) && !isInitial(tokens, i - 1, first)) {
          end = true;
        }
        if (end) {
          while (i + 1 < n && (isCloser(tokens.get(i + 1).text()) || isEndMarkToken(tokens.get(i + 1)))
              && tokens.get(i).end() == tokens.get(i + 1).start()) {
            i++;
          }
        }
      }
      if (!end && i + 1 < n && lineBreakBetween(text, tokens.get(i).end(), tokens.get(i + 1).start())) {
        end = true;
        inQuote = false;
      }
      int length = i + 1 - first;
      if (!end && (length >= HARD_LIMIT || (length >= SOFT_LIMIT && isComma(tokens.get(i))))) {
        end = true;
        inQuote = false;
      }
      if (end || i == n - 1) {
        out.add(new Sentence(tokens.get(first).start(), tokens.get(i).end(), first, i + 1));
        first = i + 1;
      }
    }
    return out;
  }

  private static boolean isEndMarkToken(Token t) {
    return t.kind() == Token.Kind.PUNCT && t.text().length() == 1 && isEndMark(t.text().charAt(0));
  }

  /** Arabic spellings of Latin letter names, as in «بي.بي.سي», «إتش. إس. بي. سي». */
  private static final Set<String> LETTER_NAMES = normalized("إيه", "اي", "بي", "سي", "دي", "إي", "إف", "جي", "إتش",
      "آي", "جيه", "كيه", "كي", "إل", "إم", "إن", "أو", "تي", "يو", "في", "دبليو", "إكس", "واي", "زد", "زي", "آر", "إس",
      "كيو", "بى", "سى", "دى");

  private static Set<String> normalized(String... words) {
    java.util.HashSet<String> out = new java.util.HashSet<>();
    for (String w : words) {
      out.add(ArabicNormalizer.INSTANCE.normalize(w));
    }
    return Set.copyOf(out);
  }

  /**
   * A full stop that ends no sentence: after a one-letter word («أ.ف.ب», «د. محمد»); inside a dotted
   * abbreviation written without spaces («إيه.بي.سي») or of letter names («إتش. إس. بي. سي»); after a
   * list number at the start of a sentence («3. غسل الأسنان»).
   */
  private static boolean isInitial(List<Token> tokens, int i, int first) {
    if (i <= first || tokens.get(i).text().charAt(0) != '.') {
      return false;
    }
    Token dot = tokens.get(i);
    Token prev = tokens.get(i - 1);
    boolean glued = prev.end() == dot.start();
    if (!glued) {
      return false;
    }
    if (prev.kind() == Token.Kind.NUMBER && i - 1 == first) {
      return true;
    }
    if (prev.kind() != Token.Kind.WORD) {
      return false;
    }
    if (prev.norm().length() == 1) {
      return true;
    }
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    if (next != null && next.start() == dot.end() && next.kind() == Token.Kind.WORD) {
      return true;
    }
    return LETTER_NAMES.contains(prev.norm()) && next != null
        && (LETTER_NAMES.contains(next.norm()) || next.text().equals(")"));
  }

  /** Exactly two glued full stops. */
  private static boolean isDoubleDot(List<Token> tokens, int i) {
    int n = tokens.size();
    if (i + 1 >= n || !tokens.get(i + 1).text().equals(".") || tokens.get(i).end() != tokens.get(i + 1).start()) {
      return false;
    }
    boolean third = i + 2 < n && tokens.get(i + 2).text().equals(".") && tokens.get(i + 1).end() == tokens.get(i + 2).start();
    boolean before = i > 0 && tokens.get(i - 1).text().equals(".") && tokens.get(i - 1).end() == tokens.get(i).start();
    return !third && !before;
  }

  private static boolean isEndMark(char c) {
    return c == '.' || c == '؟' || c == '?' || c == '!' || c == '؛' || c == ';' || c == '\u06D4' || c == '…';
  }

  private static boolean isCloser(String s) {
    return s.equals("»") || s.equals("\"") || s.equals("”") || s.equals(")") || s.equals("'");
  }

  private static boolean isComma(Token t) {
    return t.kind() == Token.Kind.PUNCT && (t.text().equals("،") || t.text().equals(","));
  }

  private static boolean lineBreakBetween(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }
}
