package org.marsad.ner;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/** Experiment helper (session 9): the normalised words ({@code w}) and clitic-free stems ({@code s}) of a CoNLL file. */
final class KnownWordsDump {
  private KnownWordsDump() {
  }

  public static void main(String[] args) throws Exception {
    List<TaggedSentence> sentences;
    try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      sentences = Conll.read(r);
    }
    TreeSet<String> out = new TreeSet<>();
    for (TaggedSentence s : sentences) {
      for (String w : ArabicNerFeatures.normalise(s.tokens().toArray(new String[0]))) {
        out.add("w\t" + w);
        out.add("s\t" + Clitics.stem(w));
      }
    }
    Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
  }
}
