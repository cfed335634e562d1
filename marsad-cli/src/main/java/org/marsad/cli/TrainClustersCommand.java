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
import org.marsad.ner.ClusterBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad train clusters}: learns the NER word clusters from unlabelled JSONL articles. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
    description = {"Learn distributional word clusters for the NER features from unlabelled articles",
        "(JSONL with a \"text\" field, e.g. ../shared/data/ant-unlabeled.jsonl)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:bad input", "2:bad usage"})
public final class TrainClustersCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "JSONL", description = "unlabelled articles")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "TSV", description = "cluster table to write")
  Path output;

  @Option(names = "--min-count", description = "minimum word frequency (default: ${DEFAULT-VALUE})")
  int minCount = 5;

  @Option(names = "--max-words", description = "vocabulary cap (default: ${DEFAULT-VALUE})")
  int maxWords = 40000;

  @Option(names = "--contexts", description = "context words (default: ${DEFAULT-VALUE})")
  int contexts = 1000;

  @Option(names = "--k", split = ",", description = "cluster counts, coarse to fine (default: 64,512)")
  int[] ks = {64, 512};

  @Option(names = "--iterations", description = "k-means rounds (default: ${DEFAULT-VALUE})")
  int iterations = 12;

  @Option(names = "--method", description = "kmeans (neighbour vectors) or exchange (class bigram likelihood;"
      + " default: ${DEFAULT-VALUE})")
  String method = "kmeans";

  @Option(names = "--stems", description = "cluster clitic-free stems instead of whole words")
  boolean stems;

  @Option(names = "--stems-output", paramLabel = "TSV",
      description = "also cluster clitic-free stems (same options) into this second table")
  Path stemsOutput;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(input)) {
      err.println("marsad train clusters: " + input + ": no such file");
      return Main.INPUT_ERROR;
    }
    if (!method.equals("kmeans") && !method.equals("exchange")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--method must be kmeans or exchange: " + method);
    }
    ClusterBuilder b = new ClusterBuilder(minCount, maxWords, contexts, stems);
    ClusterBuilder sb = stemsOutput == null ? null : new ClusterBuilder(minCount, maxWords, contexts, true);
    int docs = 0;
    try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = RecordJson.mapper().readTree(line);
        for (String field : new String[] {"title", "text"}) {
          if (n.hasNonNull(field)) {
            b.add(n.get(field).asText());
            if (sb != null) {
              sb.add(n.get(field).asText());
            }
          }
        }
        if (n.hasNonNull("text")) {
          docs++;
        }
      }
    }
    write(b, stems, output, docs, err);
    if (sb != null) {
      write(sb, true, stemsOutput, docs, err);
    }
    return Main.OK;
  }

  private void write(ClusterBuilder b, boolean stemTable, Path out, int docs, PrintWriter err) throws IOException {
    String how = method.equals("exchange") ? "predictive exchange clustering (class bigram likelihood)"
        : "spherical k-means over neighbour-word vectors";
    String header = "# Marsad NER word clusters: " + how + " (k = " + java.util.Arrays.toString(ks) + ")"
        + (stemTable ? " of clitic-free stems" : "") + ", learned from " + docs + " articles of the ANT corpus"
        + " (Chouigui, Ben Khiroun & Elayeb, AJSE 46(8), 2021). Rebuild: ./marsad train clusters"
        + " --input ../shared/data/ant-unlabeled.jsonl --method " + method + (stems ? " --stems" : "")
        + " --k " + joined(ks) + " --iterations " + iterations + " --min-count " + minCount + " --max-words " + maxWords
        + " --output " + output + (stemsOutput == null ? "" : " --stems-output " + stemsOutput) + "\n";
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      int n = method.equals("exchange") ? b.buildExchange(ks, iterations, w, header)
          : b.build(ks, iterations, 20261126L, w, header);
      err.println("wrote " + n + " words from " + docs + " articles to " + out);
    }
  }

  private static String joined(int[] ks) {
    StringBuilder b = new StringBuilder();
    for (int k : ks) {
      b.append(b.length() == 0 ? "" : ",").append(k);
    }
    return b.toString();
  }
}
