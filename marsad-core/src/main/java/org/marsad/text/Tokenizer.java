package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Document;
import org.marsad.model.Stage;
import org.marsad.model.Token;

/**
 * Splits text into tokens that keep their UTF-16 offsets.
 *
 * <p>Rules:
 * <ul>
 *   <li>a word is a maximal run of letters, combining marks (Arabic diacritics) and tatweel;
 *       zero-width joiners inside a word are kept in it;</li>
 *   <li>a number is a run of digits in any script, with «.», «,», «٫» or «٬» kept when a digit
 *       follows (so «3.5» and «6,500» are one token);</li>
 *   <li>the «#» of a hashtag and the «_» between its words are no tokens: «#ميليشيات_الحوثي» gives «ميليشيات»,
 *       «الحوثي» ({@link #hashtagSign});</li>
 *   <li>every other non-space character is a token of its own (punctuation or symbol).</li>
 * </ul>
 */
public final class Tokenizer implements Stage {
  /** The shared instance. */
  public static final Tokenizer INSTANCE = new Tokenizer();

  private Tokenizer() {
  }

  @Override
  public Document apply(Document doc) {
    return doc.withTokens(tokenize(doc.text()));
  }

  /** Tokens of {@code text}. */
  public List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || ArabicNormalizer.isFormatControl(c)
          || hashtagSign(text, i)) {
        i++;
        continue;
      }
      int start = i;
      Token.Kind kind;
      if (Character.isDigit(c)) {
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (Character.isDigit(d)) {
            i++;
          } else if ((d == '.' || d == ',' || d == '\u066B' || d == '\u066C') && i + 1 < n
              && Character.isDigit(text.charAt(i + 1))) {
            i += 2;
          } else {
            break;
          }
        }
        kind = Token.Kind.NUMBER;
      } else if (isWordChar(c) || (Character.isHighSurrogate(c) && Character.isLetter(text.codePointAt(i)))) {
        i = wordEnd(text, i);
        kind = Token.Kind.WORD;
      } else {
        i += Character.charCount(text.codePointAt(i));
        kind = Character.isLetterOrDigit(text.codePointAt(start)) ? Token.Kind.WORD
            : isPunct(c) ? Token.Kind.PUNCT : Token.Kind.SYMBOL;
      }
      String raw = text.substring(start, i);
      out.add(new Token(raw, start, i, ArabicNormalizer.INSTANCE.normalize(raw), kind));
    }
    return out;
  }

  private static int wordEnd(String text, int i) {
    int n = text.length();
    while (i < n) {
      char d = text.charAt(i);
      if (isWordChar(d) && !Character.isHighSurrogate(d)) {
        i++;
      } else if (Character.isHighSurrogate(d) && i + 1 < n && Character.isLetter(text.codePointAt(i))) {
        i += 2;
      } else if ((d == '\u200C' || d == '\u200D') && i + 1 < n && isWordChar(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * True for the «#» that opens a hashtag and the «_» that joins its words, each next to a letter
   * («#ميليشيات_الحوثي» reads «ميليشيات الحوثي»): signs of the page, not of the sentence.
   */
  static boolean hashtagSign(String text, int i) {
    char c = text.charAt(i);
    if (c == '#') {
      return i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }
    return c == '_' && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
        && Character.isLetter(text.charAt(i + 1));
  }

  static boolean isWordChar(char c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || c == '\u0640';
  }

  private static boolean isPunct(char c) {
    int t = Character.getType(c);
    return t == Character.OTHER_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
        || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
        || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.CONNECTOR_PUNCTUATION;
  }
}
