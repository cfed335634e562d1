package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.Marsad;
import org.marsad.json.RecordJson;
import org.marsad.model.Document;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad extract}: prints marsad/1 records. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract entities and events from Arabic text as marsad/1 records.",
        "Either one UTF-8 text FILE (one JSON document on stdout), or --input docs.jsonl",
        "(one JSON object per line with id, text, published?, title?, url?, outlet?)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every input was processed", "1:some input was bad (see stderr; other inputs were processed)",
        "2:bad usage"})
public final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "a UTF-8 text file")
  Path file;

  @Option(names = {"-i", "--input"}, paramLabel = "JSONL", description = "documents, one JSON object per line ('-' for stdin)")
  String input;

  @Option(names = {"-o", "--output"}, paramLabel = "JSONL", description = "where to write records (default: stdout)")
  Path output;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "publication date, anchors relative dates")
  String published;

  @Option(names = "--id", description = "document id for FILE (default: the file name without extension)")
  String id;

  @Option(names = "--compact", description = "print FILE's record on one line")
  boolean compact;

  @Option(names = "--threads", description = "worker threads for --input (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if ((file == null) == (input == null)) {
      err.println("marsad extract: give either FILE or --input JSONL (see --help)");
      return Main.USAGE;
    }
    LocalDate pub = null;
    if (published != null) {
      try {
        pub = LocalDate.parse(published);
      } catch (DateTimeParseException e) {
        err.println("marsad extract: --published must be YYYY-MM-DD, not '" + published + "'");
        return Main.USAGE;
      }
    }
    if (threads < 1) {
      err.println("marsad extract: --threads must be at least 1");
      return Main.USAGE;
    }
    return file != null ? extractFile(pub, err) : extractJsonl(pub, err);
  }

  private int extractFile(LocalDate pub, PrintWriter err) throws IOException {
    String text;
    try {
      text = InputText.read(file, InputText.MAX_BYTES);
    } catch (InputText.BadInput e) {
      err.println("marsad extract: " + e.getMessage());
      return Main.INPUT_ERROR;
    }
    String docId = id != null ? id : baseName(file);
    Document doc = Marsad.standard().extract(Document.of(docId, text, pub, null, null, null));
    String out = compact ? RecordJson.toLine(doc) : RecordJson.toPretty(doc);
    try (Writer w = openOutput()) {
      w.write(out);
      w.write('\n');
    }
    return Main.OK;
  }

  /** Longest JSONL line read (a longer one becomes an error record). */
  static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

  private int extractJsonl(LocalDate defaultPub, PrintWriter err) throws IOException, InterruptedException {
    InputStream raw;
    if (input.equals("-")) {
      raw = System.in;
    } else {
      Path p = Path.of(input);
      if (!Files.isRegularFile(p)) {
        err.println("marsad extract: " + input + ": no such file");
        return Main.INPUT_ERROR;
      }
      raw = Files.newInputStream(p);
    }
    Marsad marsad = Marsad.standard();
    int bad = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    // each line is decoded on its own: a line that is not UTF-8 becomes an error record, the others go on
    try (Utf8Lines in = new Utf8Lines(raw, MAX_LINE_BYTES); Writer w = openOutput()) {
      List<Utf8Lines.Line> batch = new ArrayList<>();
      Utf8Lines.Line line;
      while (true) {
        line = in.next();
        if (line != null && (line.text() == null || !line.text().isBlank())) {
          batch.add(line);
        }
        if (batch.size() >= 64 * threads || (line == null && !batch.isEmpty())) {
          List<Future<JsonlLine.Result>> futures = new ArrayList<>(batch.size());
          for (Utf8Lines.Line l : batch) {
            if (l.text() == null) {
              String msg = "line " + l.number() + ": " + l.problem();
              futures.add(java.util.concurrent.CompletableFuture.completedFuture(
                  new JsonlLine.Result(RecordJson.errorLine("line-" + l.number(), msg), msg)));
            } else {
              futures.add(pool.submit(() -> JsonlLine.process(marsad, l.text(), l.number(), defaultPub)));
            }
          }
          for (Future<JsonlLine.Result> f : futures) {
            JsonlLine.Result r;
            try {
              r = f.get();
            } catch (ExecutionException e) {
              throw new IllegalStateException(Main.oneLine(e.getCause()), e.getCause());
            }
            if (r.error() != null) {
              bad++;
              err.println("marsad extract: " + input + ": " + r.error());
            }
            w.write(r.json());
            w.write('\n');
          }
          batch.clear();
        }
        if (line == null) {
          break;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return bad == 0 ? Main.OK : Main.INPUT_ERROR;
  }

  private Writer openOutput() throws IOException {
    if (output == null) {
      return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
  }

  private static String baseName(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  /** One JSONL input line to one output line. */
  static final class JsonlLine {
    record Result(String json, String error) {
    }

    private JsonlLine() {
    }

    static Result process(Marsad marsad, String line, int lineNo, LocalDate defaultPub) {
      JsonNode node;
      try {
        node = RecordJson.mapper().readTree(line);
      } catch (IOException e) {
        String msg = "line " + lineNo + ": not JSON";
        return new Result(RecordJson.errorLine("line-" + lineNo, msg), msg);
      }
      String docId = node.hasNonNull("id") ? node.get("id").asText() : "line-" + lineNo;
      if (!node.isObject() || !node.hasNonNull("text") || !node.get("text").isTextual()) {
        String msg = "line " + lineNo + " (id " + docId + "): no \"text\" field";
        return new Result(RecordJson.errorLine(docId, msg), msg);
      }
      String text = node.get("text").asText();
      if (text.isBlank()) {
        String msg = "line " + lineNo + " (id " + docId + "): empty text";
        return new Result(RecordJson.errorLine(docId, msg), msg);
      }
      LocalDate pub = defaultPub;
      if (node.hasNonNull("published")) {
        try {
          String s = node.get("published").asText();
          pub = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
          String msg = "line " + lineNo + " (id " + docId + "): published is not YYYY-MM-DD";
          return new Result(RecordJson.errorLine(docId, msg), msg);
        }
      }
      Document doc = Document.of(docId, text, pub, str(node, "title"), str(node, "url"), str(node, "outlet"));
      try {
        return new Result(RecordJson.toLine(marsad.extract(doc)), null);
      } catch (RuntimeException e) {
        String msg = "line " + lineNo + " (id " + docId + "): extraction failed: " + Main.oneLine(e);
        return new Result(RecordJson.errorLine(docId, msg), msg);
      }
    }

    private static String str(JsonNode n, String field) {
      return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
  }
}
