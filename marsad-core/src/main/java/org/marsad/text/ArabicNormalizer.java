package org.marsad.text;

/**
 * Normalises Arabic text for matching (never for display: the original text is kept as is).
 *
 * <p>Rules, applied per code unit in one pass:
 * <ol>
 *   <li>diacritics (tanwin, harakat, shadda, sukun, superscript alef, hamza above/below marks) are removed;</li>
 *   <li>tatweel (kashida) is removed;</li>
 *   <li>alef with hamza above or below, alef madda and alef wasla become bare alef «ا»;</li>
 *   <li>waw with hamza «ؤ» becomes «و», ya with hamza «ئ» becomes «ي»;</li>
 *   <li>alef maqsura «ى» and Persian ya «ی» become «ي»; Persian kaf «ک» becomes «ك»;</li>
 *   <li>ta marbuta «ة» becomes ha «ه»;</li>
 *   <li>Arabic-Indic «٠..٩» and Persian «۰..۹» digits become ASCII digits;</li>
 *   <li>Arabic punctuation becomes ASCII: «،» → «,», «؛» → «;», «؟» → «?», «٪» → «%»,
 *       Arabic decimal and thousands separators «٫» → «.», «٬» → «,»;</li>
 *   <li>zero-width and bidi control characters are removed.</li>
 * </ol>
 * The rules for alef forms, alef maqsura, ta marbuta, tatweel and harakat are those of Lucene's
 * {@code ArabicNormalizer}; this class adds hamza seats, digits, punctuation and Persian letters.
 * Instances are stateless; use {@link #INSTANCE}.
 */
public final class ArabicNormalizer {
  /** The shared instance. */
  public static final ArabicNormalizer INSTANCE = new ArabicNormalizer();

  static final char FATHATAN = '\u064B';
  static final char SUKUN = '\u0652';
  static final char MADDAH_ABOVE = '\u0653';
  static final char HAMZA_BELOW = '\u0655';
  static final char SUPERSCRIPT_ALEF = '\u0670';
  static final char TATWEEL = '\u0640';
  static final char ALEF = '\u0627';
  static final char ALEF_MADDA = '\u0622';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char ALEF_WASLA = '\u0671';
  static final char WAW = '\u0648';
  static final char WAW_HAMZA = '\u0624';
  static final char YEH = '\u064A';
  static final char YEH_HAMZA = '\u0626';
  static final char ALEF_MAQSURA = '\u0649';
  static final char FARSI_YEH = '\u06CC';
  static final char KAF = '\u0643';
  static final char KEHEH = '\u06A9';
  static final char TEH_MARBUTA = '\u0629';
  static final char HEH = '\u0647';
  static final char ARABIC_INDIC_ZERO = '\u0660';
  static final char ARABIC_INDIC_NINE = '\u0669';
  static final char PERSIAN_ZERO = '\u06F0';
  static final char PERSIAN_NINE = '\u06F9';
  static final char ARABIC_COMMA = '\u060C';
  static final char ARABIC_SEMICOLON = '\u061B';
  static final char ARABIC_QUESTION = '\u061F';
  static final char ARABIC_PERCENT = '\u066A';
  static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

  private ArabicNormalizer() {
  }

  /** True for code units that normalisation removes entirely. */
  public static boolean isIgnorable(char c) {
    return (c >= FATHATAN && c <= SUKUN) || (c >= MADDAH_ABOVE && c <= HAMZA_BELOW) || c == SUPERSCRIPT_ALEF
        || c == TATWEEL || isFormatControl(c);
  }

  /** Zero-width and bidi control characters. */
  public static boolean isFormatControl(char c) {
    return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u061C' || c == '\uFEFF' || c == '\u00AD';
  }

  /** The matching form of one code unit, or {@code 0} when it is removed. */
  public static char fold(char c) {
    if (isIgnorable(c)) {
      return 0;
    }
    switch (c) {
      case ALEF_MADDA: case ALEF_HAMZA_ABOVE: case ALEF_HAMZA_BELOW: case ALEF_WASLA: return ALEF;
      case WAW_HAMZA: return WAW;
      case YEH_HAMZA: case ALEF_MAQSURA: case FARSI_YEH: return YEH;
      case KEHEH: return KAF;
      case TEH_MARBUTA: return HEH;
      case ARABIC_COMMA: case ARABIC_THOUSANDS_SEPARATOR: return ',';
      case ARABIC_SEMICOLON: return ';';
      case ARABIC_QUESTION: return '?';
      case ARABIC_PERCENT: return '%';
      case ARABIC_DECIMAL_SEPARATOR: return '.';
      default:
        if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_NINE) {
          return (char) ('0' + (c - ARABIC_INDIC_ZERO));
        }
        if (c >= PERSIAN_ZERO && c <= PERSIAN_NINE) {
          return (char) ('0' + (c - PERSIAN_ZERO));
        }
        return c;
    }
  }

  /** The matching form of {@code s}. Latin letters are lower-cased. */
  public String normalize(CharSequence s) {
    int n = s.length();
    char[] out = new char[n];
    int len = 0;
    for (int i = 0; i < n; i++) {
      char c = fold(s.charAt(i));
      if (c != 0) {
        out[len++] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
      }
    }
    return new String(out, 0, len);
  }
}
