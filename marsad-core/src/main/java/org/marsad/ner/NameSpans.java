package org.marsad.ner;

/**
 * Helpers over BIO tags of one sentence shared by the document-level post-passes that retype a name wherever it
 * recurs ({@link ClubNames}, {@link StormsAndShips}).
 */
final class NameSpans {
  /** Proclitics («و», «ف», «ب», «ل») a recurring mention may carry on its first word. */
  private static final String PROCLITICS = "وفبل";

  private NameSpans() {
  }

  /**
   * The words {@code [s, e)} of normalised sentence {@code n} joined by spaces, the document-level key of a name;
   * with {@code dropProclitic}, a first word of 4+ letters loses its proclitic («وليون» → «ليون»).
   */
  static String key(String[] n, int s, int e, boolean dropProclitic) {
    String first = n[s];
    if (dropProclitic && first.length() >= 4 && PROCLITICS.indexOf(first.charAt(0)) >= 0) {
      first = first.substring(1);
    }
    StringBuilder b = new StringBuilder(first);
    for (int i = s + 1; i < e; i++) {
      b.append(' ').append(n[i]);
    }
    return b.toString();
  }

  /** Tags {@code [s, e)} of {@code t} as one name of {@code type}. */
  static void retype(String[] t, int s, int e, String type) {
    t[s] = "B-" + type;
    for (int i = s + 1; i < e; i++) {
      t[i] = "I-" + type;
    }
  }
}
