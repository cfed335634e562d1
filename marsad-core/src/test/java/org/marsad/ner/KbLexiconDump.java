package org.marsad.ner;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marsad.kb.KnowledgeBase;

/**
 * Experiment helper (session 12): the knowledge-base lexicon classes the NER features give each token of a CoNLL file
 * (sentence, token, word, gold tag, classes of matches starting at the token, classes of matches running through it).
 * Run it with two knowledge bases on the classpath in turn (a folder holding {@code org/marsad/kb/} ahead of the jar)
 * and compare the outputs to see which tokens a knowledge-base edit changes for the name finder.
 */
final class KbLexiconDump {
  private KbLexiconDump() {
  }

  public static void main(String[] args) throws Exception {
    Lexicon.Builder b = Lexicon.builder();
    NerResources.addKnowledgeBase(b, KnowledgeBase.standard());
    Lexicon lexicon = b.build();
    List<TaggedSentence> sentences;
    try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      sentences = Conll.read(r);
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      int sentence = 0;
      for (TaggedSentence s : sentences) {
        sentence++;
        String[] norm = ArabicNerFeatures.normalise(s.tokens().toArray(new String[0]));
        int[] begin = new int[norm.length];
        int[] inside = new int[norm.length];
        lexicon.match(norm, begin, inside);
        for (int i = 0; i < norm.length; i++) {
          out.println(sentence + "\t" + (i + 1) + "\t" + s.tokens().get(i) + "\t" + s.tags().get(i) + "\t"
              + classes(begin[i]) + "\t" + classes(inside[i]));
        }
      }
    }
  }

  private static String classes(int mask) {
    StringBuilder sb = new StringBuilder();
    for (Lexicon.Kind k : Lexicon.Kind.values()) {
      if ((mask & (1 << k.ordinal())) != 0) {
        sb.append(sb.length() > 0 ? "," : "").append(k.feature);
      }
    }
    return sb.length() == 0 ? "-" : sb.toString();
  }
}
