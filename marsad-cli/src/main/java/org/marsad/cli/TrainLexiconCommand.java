package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.json.RecordJson;
import org.marsad.ner.InducedLexiconBuilder;
import org.marsad.ner.NerModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad train lexicon}: tags unlabelled JSONL articles with a NER model and writes the induced lexicon. */
@Command(name = "lexicon", mixinStandardHelpOptions = true,
    description = {"Tag unlabelled articles (JSONL with a \"text\" field, e.g. ../shared/data/ant-unlabeled.jsonl)",
        "with a NER model and count, per word and stem, how often it is tagged inside a name of each type."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:bad input", "2:bad usage"})
public final class TrainLexiconCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "JSONL", description = "unlabelled articles")
  Path input;

  @Option(names = "--model", required = true, paramLabel = "M", description = "NER model bundle that tags them")
  Path model;

  @Option(names = "--output", required = true, paramLabel = "TSV", description = "lexicon table to write")
  Path output;

  @Option(names = "--min-count", description = "minimum frequency of a word or stem (default: ${DEFAULT-VALUE})")
  int minCount = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    for (Path p : new Path[] {input, model}) {
      if (!Files.isRegularFile(p)) {
        err.println("marsad train lexicon: " + p + ": no such file");
        return Main.INPUT_ERROR;
      }
    }
    NerModel m;
    try {
      m = NerModel.load(model);
    } catch (IOException e) {
      err.println("marsad train lexicon: " + e.getMessage());
      return Main.INPUT_ERROR;
    }
    InducedLexiconBuilder b = new InducedLexiconBuilder(m, minCount);
    long t0 = System.nanoTime();
    try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = RecordJson.mapper().readTree(line);
        if (n.hasNonNull("text")) {
          b.addArticle(n.get("text").asText());
        }
      }
    }
    String header = "Marsad NER induced lexicon: tags of words and clitic-free stems in " + b.articles()
        + " articles of the ANT corpus (Chouigui, Ben Khiroun & Elayeb, AJSE 46(8), 2021)\n"
        + "tagged by the model " + model.getFileName() + " (" + m.manifest().trainingData() + ")\n"
        + "Rebuild: ./marsad train lexicon --input ../shared/data/ant-unlabeled.jsonl --model M --min-count " + minCount
        + " --output " + output.getFileName() + " (see docs/ner.md)\n"
        + "Columns: w|s, word or stem, count, label:count for labels other than O";
    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      int n = b.write(w, header);
      err.printf(java.util.Locale.ROOT, "wrote %d entries from %d articles (%d tokens) to %s in %.1f s%n", n,
          b.articles(), b.tokens(), output, (System.nanoTime() - t0) / 1e9);
    }
    return Main.OK;
  }
}
