package org.marsad.ner;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marsad.model.Token;
import org.marsad.text.Tokenizer;

/**
 * Experiment helper (docs/ner.md, session 9; not shipped): writes the normalised forms that the NER features see.
 * <ul>
 *   <li>{@code conll IN OUT}: one {@code norm<TAB>stem<TAB>tag} line per token of a CoNLL file, a blank line
 *       after each sentence;</li>
 *   <li>{@code jsonl IN OUT}: one line per article of a JSONL file ({@code text} field), its {@link Tokenizer}
 *       tokens' normalised forms separated by spaces (numbers as {@code <num>}), as {@link ClusterBuilder} reads
 *       them.</li>
 * </ul>
 */
final class NormalisedTextDump {
  private NormalisedTextDump() {
  }

  public static void main(String[] args) throws Exception {
    try (BufferedReader r = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8);
        PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
      if (args[0].equals("conll")) {
        for (TaggedSentence s : Conll.read(r)) {
          String[] n = ArabicNerFeatures.normalise(s.tokens().toArray(new String[0]));
          for (int i = 0; i < n.length; i++) {
            w.println(n[i] + "\t" + Clitics.stem(n[i]) + "\t" + s.tags().get(i));
          }
          w.println();
        }
        return;
      }
      com.fasterxml.jackson.databind.ObjectMapper om = new com.fasterxml.jackson.databind.ObjectMapper();
      String line;
      while ((line = r.readLine()) != null) {
        StringBuilder sb = new StringBuilder();
        for (Token t : Tokenizer.INSTANCE.tokenize(om.readTree(line).get("text").asText())) {
          String n = t.kind() == Token.Kind.NUMBER ? "<num>" : t.norm();
          if (!n.isEmpty()) {
            sb.append(n.replace(' ', '_')).append(' ');
          }
        }
        w.println(sb);
      }
    }
  }
}
