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
 *   <li>zero-width and bidi control characters (and the soft hyphen) are removed;</li>
 *   <li>Arabic presentation forms (isolated, initial, medial and final glyphs such as «ﻻ» or «ﺔ», from text
 *       copied out of PDFs) become their letters, as Unicode NFKC does, and then follow the rules above;</li>
 *   <li>Urdu/Kurdish heh forms «ھ», «ہ» become «ه», «ۃ» becomes «ه», Arabic full stop «۔» becomes «.»;</li>
 *   <li>ASCII capitals are lower-cased (for Latin names), other characters are kept.</li>
 * </ol>
 * The result may be shorter than the input (removals) and, for presentation-form ligatures, longer.
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
  static final char ARABIC_FULL_STOP = '\u06D4';
  static final char HEH_DOACHASHMEE = '\u06BE';
  static final char HEH_GOAL = '\u06C1';
  static final char TEH_MARBUTA_GOAL = '\u06C3';
  static final char SUBSCRIPT_ALEF_FIRST = '\u0656';
  static final char MARK_LAST = '\u065F';
  static final char QURANIC_FIRST = '\u06D6';
  static final char QURANIC_LAST = '\u06ED';
  static final char PRESENTATION_A_FIRST = '\uFB50';
  static final char PRESENTATION_A_LAST = '\uFDFF';
  static final char PRESENTATION_B_FIRST = '\uFE70';
  static final char PRESENTATION_B_LAST = '\uFEFE';

  /** Presentation form → its letters (NFKC), folded; null where NFKC leaves the character alone. */
  private static final String[] PRESENTATION_A = presentation(PRESENTATION_A_FIRST, PRESENTATION_A_LAST);
  private static final String[] PRESENTATION_B = presentation(PRESENTATION_B_FIRST, PRESENTATION_B_LAST);

  private static String[] presentation(char first, char last) {
    String[] table = new String[last - first + 1];
    for (char c = first; c <= last; c++) {
      String s = String.valueOf(c);
      String k = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
      if (!k.equals(s)) {
        StringBuilder b = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
          char f = fold(k.charAt(i));
          if (f != 0 && f != ' ') {
            b.append(f);
          }
        }
        table[c - first] = b.toString();
      }
    }
    return table;
  }

  private ArabicNormalizer() {
  }

  /** True for code units that normalisation removes entirely. */
  public static boolean isIgnorable(char c) {
    return (c >= FATHATAN && c <= SUKUN) || (c >= MADDAH_ABOVE && c <= HAMZA_BELOW) || c == SUPERSCRIPT_ALEF
        || (c >= SUBSCRIPT_ALEF_FIRST && c <= MARK_LAST) || (c >= QURANIC_FIRST && c <= QURANIC_LAST && c != '\u06DE'
        && c != '\u06E9') || c == TATWEEL || isFormatControl(c);
  }

  /** Zero-width and bidi control characters. */
  public static boolean isFormatControl(char c) {
    return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u061C' || c == '\uFEFF' || c == '\u00AD';
  }

  /**
   * The matching form of one code unit, or {@code 0} when it is removed. Presentation forms are left as they
   * are here (one may stand for two letters); {@link #normalize} expands them.
   */
  public static char fold(char c) {
    if (isIgnorable(c)) {
      return 0;
    }
    switch (c) {
      case ALEF_MADDA: case ALEF_HAMZA_ABOVE: case ALEF_HAMZA_BELOW: case ALEF_WASLA: return ALEF;
      case WAW_HAMZA: return WAW;
      case YEH_HAMZA: case ALEF_MAQSURA: case FARSI_YEH: return YEH;
      case KEHEH: return KAF;
      case TEH_MARBUTA: case TEH_MARBUTA_GOAL: case HEH_DOACHASHMEE: case HEH_GOAL: return HEH;
      case ARABIC_FULL_STOP: return '.';
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
      char raw = s.charAt(i);
      if (raw >= PRESENTATION_A_FIRST) {
        String p = presentationForm(raw);
        if (p != null) {
          int need = len + p.length() + (n - i - 1);
          if (need > out.length) {
            out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, need));
          }
          p.getChars(0, p.length(), out, len);
          len += p.length();
          continue;
        }
      }
      char c = fold(raw);
      if (c != 0) {
        out[len++] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
      }
    }
    return new String(out, 0, len);
  }

  private static String presentationForm(char c) {
    if (c >= PRESENTATION_A_FIRST && c <= PRESENTATION_A_LAST) {
      return PRESENTATION_A[c - PRESENTATION_A_FIRST];
    }
    if (c >= PRESENTATION_B_FIRST && c <= PRESENTATION_B_LAST) {
      return PRESENTATION_B[c - PRESENTATION_B_FIRST];
    }
    return null;
  }
}
