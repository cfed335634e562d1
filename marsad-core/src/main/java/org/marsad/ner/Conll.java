package org.marsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the CoNLL-like NER format of ANERcorp: one {@code token [TAG]} line per token
 * (white-space separated; the tag is the last field and is optional), a blank line ends a sentence.
 */
public final class Conll {
  private Conll() {
  }

  /** A line that is not {@code token [TAG]}, reported with its line number. */
  public static final class FormatException extends IOException {
    public FormatException(String message) {
      super(message);
    }
  }

  /**
   * Reads every sentence. A token line without a tag gets {@code O}. A tag that is not {@code O},
   * {@code B-X} or {@code I-X} is an error.
   */
  public static List<TaggedSentence> read(BufferedReader in) throws IOException {
    List<TaggedSentence> out = new ArrayList<>();
    List<String> toks = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String line;
    int no = 0;
    while ((line = in.readLine()) != null) {
      no++;
      String s = line.strip();
      if (no == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') {
        s = s.substring(1).strip();
      }
      if (s.isEmpty()) {
        if (!toks.isEmpty()) {
          out.add(new TaggedSentence(toks, tags));
          toks.clear();
          tags.clear();
        }
        continue;
      }
      String[] parts = s.split("\\s+");
      String tag = parts.length > 1 ? parts[parts.length - 1] : "O";
      if (!validTag(tag)) {
        throw new FormatException("line " + no + ": '" + tag + "' is not a BIO tag (O, B-TYPE or I-TYPE)");
      }
      toks.add(parts[0]);
      tags.add(tag);
    }
    if (!toks.isEmpty()) {
      out.add(new TaggedSentence(toks, tags));
    }
    return out;
  }

  static boolean validTag(String tag) {
    return tag.equals("O") || (tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-")));
  }

  /** Writes {@code token TAG} lines, a blank line after each sentence. */
  public static void write(Writer w, List<String> tokens, List<String> tags) throws IOException {
    for (int i = 0; i < tokens.size(); i++) {
      w.write(tokens.get(i));
      w.write(' ');
      w.write(tags.get(i));
      w.write('\n');
    }
    w.write('\n');
  }
}
