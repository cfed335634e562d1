package org.marsad.ner;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.model.Sentence;
import org.marsad.model.Token;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Tokenizer;

/**
 * Counts, over unlabelled articles tagged by a {@link NerModel}, how often each normalised word and each
 * clitic-free stem is tagged {@code O}, {@code B-TYPE} or {@code I-TYPE}, and writes the table that
 * {@link InducedLexicon} reads.
 *
 * <p>Rules: an article is split with {@link Tokenizer} and {@link SentenceSplitter} and tagged as one document
 * ({@link NerModel#tagDocument}, post-passes included, as {@link NerRecognizer} does); words are normalised as the
 * name finder normalises them; only tokens with a letter count; entries seen fewer than {@code minCount} times are
 * not written. Not thread-safe; one instance per run.
 */
public final class InducedLexiconBuilder {
  private final NerModel model;
  private final int minCount;
  private final Map<String, Map<String, Integer>> words = new TreeMap<>();
  private final Map<String, Map<String, Integer>> stems = new TreeMap<>();
  private int articles;
  private long tokens;

  public InducedLexiconBuilder(NerModel model, int minCount) {
    this.model = model;
    this.minCount = minCount;
  }

  /** Tags one article's text and counts its words' tags. */
  public void addArticle(String text) {
    List<Token> toks = Tokenizer.INSTANCE.tokenize(text);
    List<String[]> sentences = new ArrayList<>();
    for (Sentence s : SentenceSplitter.INSTANCE.split(text, toks)) {
      String[] w = new String[s.endToken() - s.firstToken()];
      for (int i = 0; i < w.length; i++) {
        w[i] = toks.get(s.firstToken() + i).text();
      }
      if (w.length > 0) {
        sentences.add(w);
      }
    }
    List<String[]> tags = model.tagDocument(sentences);
    for (int k = 0; k < sentences.size(); k++) {
      add(sentences.get(k), tags.get(k));
    }
    articles++;
  }

  /** Counts the tags of one tagged sentence. */
  void add(String[] sentence, String[] tags) {
    String[] norms = ArabicNerFeatures.normalise(sentence);
    for (int i = 0; i < norms.length; i++) {
      if (!norms[i].codePoints().anyMatch(Character::isLetter)) {
        continue;
      }
      tokens++;
      count(words, norms[i], tags[i]);
      count(stems, Clitics.stem(norms[i]), tags[i]);
    }
  }

  private static void count(Map<String, Map<String, Integer>> table, String key, String tag) {
    table.computeIfAbsent(key, x -> new TreeMap<>()).merge(tag, 1, Integer::sum);
  }

  public int articles() {
    return articles;
  }

  public long tokens() {
    return tokens;
  }

  /**
   * Writes the table ({@code header} first, each line prefixed with {@code # }).
   *
   * @return the number of entries written (words and stems)
   */
  public int write(Writer out, String header) throws IOException {
    for (String line : header.split("\n")) {
      out.write("# " + line + "\n");
    }
    return write(out, InducedLexicon.WORD_ROW, words) + write(out, InducedLexicon.STEM_ROW, stems);
  }

  private int write(Writer out, String row, Map<String, Map<String, Integer>> table) throws IOException {
    int written = 0;
    for (Map.Entry<String, Map<String, Integer>> e : table.entrySet()) {
      int n = 0;
      StringBuilder labels = new StringBuilder();
      for (Map.Entry<String, Integer> c : e.getValue().entrySet()) {
        n += c.getValue();
        if (!c.getKey().equals("O")) {
          labels.append(labels.length() == 0 ? "" : " ").append(c.getKey()).append(':').append(c.getValue());
        }
      }
      if (n >= minCount) {
        out.write(row + "\t" + e.getKey() + "\t" + n + "\t" + labels + "\n");
        written++;
      }
    }
    return written;
  }
}
