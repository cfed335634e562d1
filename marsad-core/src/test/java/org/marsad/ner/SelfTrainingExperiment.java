package org.marsad.ner;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.json.RecordJson;
import org.marsad.model.Sentence;
import org.marsad.model.Token;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Tokenizer;

/**
 * Experiment harness (docs/ner.md, session 8; not shipped): self-training data. Tags unlabelled JSONL articles with
 * a model and writes, as CoNLL ({@code token tag}), the sentences whose names all agree with the lexicon: every
 * predicted name is a gazetteer or knowledge-base name of its type (no MISC), every knowledge-base country, city,
 * person or organisation match is inside a predicted name, at least one name, 5 to 60 tokens. At most {@code max}
 * of them, evenly spaced over the corpus.
 *
 * <p>Usage: {@code SelfTrainingExperiment MODEL JSONL OUT.conll MAX}
 */
final class SelfTrainingExperiment {
  private static final int LOC = bits(Lexicon.Kind.GAZ_LOC, Lexicon.Kind.KB_COUNTRY, Lexicon.Kind.KB_CITY,
      Lexicon.Kind.KB_REGION);
  private static final int PERS = bits(Lexicon.Kind.GAZ_PER, Lexicon.Kind.KB_PER);
  private static final int ORG = bits(Lexicon.Kind.GAZ_ORG, Lexicon.Kind.KB_ORG);
  private static final int KB_NAMES = bits(Lexicon.Kind.KB_COUNTRY, Lexicon.Kind.KB_CITY, Lexicon.Kind.KB_PER,
      Lexicon.Kind.KB_ORG);

  private SelfTrainingExperiment() {
  }

  private static int bits(Lexicon.Kind... ks) {
    int m = 0;
    for (Lexicon.Kind k : ks) {
      m |= 1 << k.ordinal();
    }
    return m;
  }

  public static void main(String[] args) throws IOException {
    NerModel model = NerModel.load(Path.of(args[0]));
    int max = Integer.parseInt(args[3]);
    Lexicon lexicon = NerResources.features().lexicon();
    List<String> kept = new ArrayList<>();
    int sentences = 0;
    try (BufferedReader r = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = RecordJson.mapper().readTree(line);
        if (!n.hasNonNull("text")) {
          continue;
        }
        String text = n.get("text").asText();
        List<Token> toks = Tokenizer.INSTANCE.tokenize(text);
        List<String[]> sents = new ArrayList<>();
        for (Sentence s : SentenceSplitter.INSTANCE.split(text, toks)) {
          String[] w = new String[s.endToken() - s.firstToken()];
          for (int i = 0; i < w.length; i++) {
            w[i] = toks.get(s.firstToken() + i).text();
          }
          sents.add(w);
        }
        List<String[]> tags = model.tagDocument(sents);
        for (int k = 0; k < sents.size(); k++) {
          sentences++;
          if (confident(lexicon, sents.get(k), tags.get(k))) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < sents.get(k).length; i++) {
              b.append(sents.get(k)[i]).append(' ').append(tags.get(k)[i]).append('\n');
            }
            kept.add(b.toString());
          }
        }
      }
    }
    try (Writer w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      int take = Math.min(max, kept.size());
      for (int k = 0; k < take; k++) {
        w.write(kept.get((int) ((long) k * kept.size() / take)));
        w.write('\n');
      }
      System.err.println(sentences + " sentences, " + kept.size() + " agree with the lexicon, " + take + " written");
    }
  }

  static boolean confident(Lexicon lexicon, String[] tokens, String[] tags) {
    int n = tokens.length;
    if (n < 5 || n > 60) {
      return false;
    }
    for (String t : tokens) {
      if (t.isEmpty() || t.chars().anyMatch(Character::isWhitespace)) {
        return false;
      }
    }
    String[] norms = ArabicNerFeatures.normalise(tokens);
    int[] begin = new int[n];
    int[] inside = new int[n];
    lexicon.match(norms, begin, inside);
    boolean[] named = new boolean[n];
    List<String[]> spans = NerEvaluation.entitySpans(java.util.Arrays.asList(tags));
    if (spans.isEmpty()) {
      return false;
    }
    for (String[] sp : spans) {
      int s = Integer.parseInt(sp[0]);
      int e = Integer.parseInt(sp[1]);
      int want = switch (sp[2]) {
        case "LOC" -> LOC;
        case "PERS" -> PERS;
        case "ORG" -> ORG;
        default -> 0;
      };
      if ((begin[s] & want) == 0 || e < n && (inside[e] & want & begin[s]) != 0) {
        return false;
      }
      for (int i = s; i < e; i++) {
        named[i] = true;
        if (i > s && (inside[i] & want) == 0) {
          return false;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if ((begin[i] & KB_NAMES) != 0 && !named[i]) {
        return false;
      }
    }
    return true;
  }
}
