package org.marsad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.json.RecordJson;
import org.marsad.kb.GazetteerRecognizer;
import org.marsad.model.Document;
import org.marsad.ner.CommonWordCounter;
import org.marsad.ner.NerRecognizer;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Tokenizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad train common-words}: the words the NER post-pass {@code CommonWords} treats as no names, counted over
 * unlabelled articles tagged by the gazetteer and the model (with that post-pass off).
 */
@Command(name = "common-words", mixinStandardHelpOptions = true,
    description = {"Count the common words that are no names for the NER post-pass, over unlabelled articles",
        "(JSONL with a \"text\" field: ../shared/data/ant-unlabeled.jsonl). Rebuild:",
        "./marsad train common-words --input ../shared/data/ant-unlabeled.jsonl",
        "  --output marsad-core/src/main/resources/org/marsad/ner/common-words.tsv"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:bad input", "2:bad usage"})
public final class TrainCommonWordsCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "JSONL", description = "unlabelled articles")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "TSV", description = "word table to write")
  Path output;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(input)) {
      err.println("marsad train common-words: " + input + ": no such file");
      return Main.INPUT_ERROR;
    }
    List<Document> articles = new ArrayList<>(); // read whole first: a bad line fails before the long count
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n;
        try {
          n = RecordJson.mapper().readTree(line);
        } catch (JsonProcessingException e) {
          err.println("marsad train common-words: " + input + ": line " + lineNo + ": not JSON");
          return Main.INPUT_ERROR;
        }
        if (n.hasNonNull("text")) {
          String id = n.hasNonNull("id") ? n.get("id").asText() : "doc" + articles.size();
          articles.add(Document.of(id, n.get("text").asText(), null, null, null, null));
        }
      }
    }
    System.setProperty("marsad.ner.noCommonWords", "true"); // count the model's own names
    if (CommonWordCounter.filterOn()) {
      err.println("marsad train common-words: the common-word post-pass is already on in this JVM");
      return Main.INPUT_ERROR;
    }
    Marsad tagger = Marsad.of(List.of(Tokenizer.INSTANCE, SentenceSplitter.INSTANCE, GazetteerRecognizer.standard(),
        NerRecognizer.standard()));
    CommonWordCounter counter = new CommonWordCounter();
    for (Document d : articles) {
      counter.add(tagger.extract(d));
    }
    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      counter.write(w);
    }
    err.println("marsad train common-words: " + articles.size() + " articles -> " + output);
    return Main.OK;
  }
}
