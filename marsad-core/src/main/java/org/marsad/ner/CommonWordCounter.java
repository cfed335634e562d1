package org.marsad.ner;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Token;

/**
 * The table of {@link CommonWords}: counts, over analysed documents, how often each word stands outside knowledge-base names, in how many documents,
 * and how often inside a name of the model ({@code source="ner"}, no {@code kb}).
 */
public final class CommonWordCounter {
  private final Map<String, int[]> counts = new HashMap<>();

  /** Whether {@link CommonWords} is switched on in this JVM (the counts must be taken with it off). */
  public static boolean filterOn() {
    return CommonWords.ENABLED;
  }

  private int documents;

  /** Adds one analysed document (tokens and entities of the standard pipeline). */
  public void add(Document doc) {
    List<Token> tokens = doc.tokens();
    byte[] mark = new byte[tokens.size()];
    int i = 0;
    List<Entity> entities = new ArrayList<>(doc.entities());
    entities.sort((x, y) -> Integer.compare(x.start(), y.start()));
    for (Entity en : entities) {
      while (i < tokens.size() && tokens.get(i).end() <= en.start()) {
        i++;
      }
      for (int j = i; j < tokens.size() && tokens.get(j).start() < en.end(); j++) {
        mark[j] = (byte) Math.max(mark[j], en.kb() != null ? 2 : 1);
      }
    }
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < tokens.size(); j++) {
      Token tok = tokens.get(j);
      if (mark[j] == 2 || tok.kind() != Token.Kind.WORD) {
        continue;
      }
      String k = CommonWords.key(tok.text());
      int[] c = counts.computeIfAbsent(k, x -> new int[3]);
      c[0]++;
      if (mark[j] == 1) {
        c[1]++;
      }
      if (seen.add(k)) {
        c[2]++;
      }
    }
    documents++;
  }

  /** Writes the common words (header line, then word, documents, share in names; most frequent first). */
  public void write(Writer out) throws IOException {
    List<Map.Entry<String, int[]>> rows = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      if (c[2] >= CommonWords.MIN_DOCS * documents && c[1] < CommonWords.MAX_NAME_SHARE * c[0]) {
        rows.add(e);
      }
    }
    rows.sort((x, y) -> x.getValue()[2] != y.getValue()[2] ? Integer.compare(y.getValue()[2], x.getValue()[2])
        : x.getKey().compareTo(y.getKey()));
    out.write("# marsad train common-words: " + documents + " documents; words in >= " + CommonWords.MIN_DOCS
        + " of them, < " + CommonWords.MAX_NAME_SHARE + " of occurrences in model names\n");
    for (Map.Entry<String, int[]> e : rows) {
      int[] c = e.getValue();
      out.write(e.getKey() + "\t" + c[2] + "\t" + String.format(java.util.Locale.ROOT, "%.4f", c[1] / (double) c[0])
          + "\n");
    }
  }
}
