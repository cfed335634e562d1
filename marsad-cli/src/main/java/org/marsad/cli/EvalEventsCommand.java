package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.events.EventScore;
import org.marsad.json.RecordJson;
import org.marsad.model.Document;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad eval events GOLD.json DOCS.jsonl}: extracts every document and prints the same figures as
 * {@code score.py events GOLD.json OUT.jsonl}.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Extract DOCS and score the events against GOLD (article-level, as score.py events)."})
public final class EvalEventsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "GOLD.json", description = "gold events (a JSON array of documents)")
  Path gold;

  @Parameters(index = "1", paramLabel = "DOCS.jsonl", description = "the documents, one JSON object per line")
  Path docs;

  @Option(names = {"-o", "--output"}, paramLabel = "JSONL", description = "also write the extracted records here")
  Path output;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ObjectMapper mapper = RecordJson.mapper();
    JsonNode goldTree;
    try {
      goldTree = mapper.readTree(gold.toFile());
    } catch (IOException e) {
      err.println("marsad eval events: cannot read " + gold + ": " + Main.oneLine(e));
      return Main.USAGE;
    }
    if (goldTree == null || !goldTree.isArray()) {
      err.println("marsad eval events: " + gold + " is not a JSON array of gold documents");
      return Main.USAGE;
    }
    Map<String, JsonNode> preds = new LinkedHashMap<>();
    StringBuilder records = output == null ? null : new StringBuilder();
    int n = 0;
    try (BufferedReader in = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode d;
        try {
          d = mapper.readTree(line);
        } catch (IOException e) {
          err.println("marsad eval events: " + docs + ":" + n + ": not JSON");
          return Main.USAGE;
        }
        if (d == null || !d.isObject() || !d.path("text").isTextual()) {
          err.println("marsad eval events: " + docs + ":" + n + ": expected an object with \"text\"");
          return Main.USAGE;
        }
        String id = d.hasNonNull("id") ? d.get("id").asText() : String.valueOf(n);
        LocalDate pub = null;
        if (d.hasNonNull("published")) {
          try {
            pub = LocalDate.parse(d.get("published").asText());
          } catch (DateTimeParseException e) {
            err.println("marsad eval events: " + docs + ":" + n + ": published must be YYYY-MM-DD");
            return Main.USAGE;
          }
        }
        Document doc = Marsad.standard().extract(Document.of(id, d.get("text").asText(), pub,
            text(d, "title"), text(d, "url"), text(d, "outlet")));
        JsonNode rec = RecordJson.toTree(doc);
        preds.put(id, rec);
        if (records != null) {
          records.append(RecordJson.toLine(doc)).append('\n');
        }
      }
    } catch (NoSuchFileException e) {
      err.println("marsad eval events: no such file: " + docs);
      return Main.USAGE;
    }
    if (records != null) {
      Files.writeString(output, records, StandardCharsets.UTF_8);
    }
    EventScore.score(goldTree, preds, out);
    return Main.OK;
  }

  private static String text(JsonNode d, String field) {
    return d.hasNonNull(field) ? d.get(field).asText() : null;
  }
}
