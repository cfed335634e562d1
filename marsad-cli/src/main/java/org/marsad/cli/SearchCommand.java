package org.marsad.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.json.RecordJson;
import org.marsad.store.EventStore;
import org.marsad.store.SearchHit;
import org.marsad.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad search}: full-text search over the stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Full-text search over the stored articles (Arabic normalisation and light stemming).",
        "QUERY uses Lucene syntax: words (all must match), \"a phrase\", OR, -excluded."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:search ran (even with no hits)", "2:bad usage", "3:the database failed"})
public final class SearchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the query words")
  List<String> words;

  @Option(names = {"-n", "--limit"}, description = "how many hits (default: ${DEFAULT-VALUE})")
  int limit = 10;

  @Option(names = "--json", description = "one JSON object per hit")
  boolean json;

  @Mixin
  StoreOptions store;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    String q = String.join(" ", words).strip();
    if (q.isEmpty() || limit < 1) {
      err.println("marsad search: give a non-empty QUERY and a --limit of at least 1");
      return Main.USAGE;
    }
    EventStore s = store.open(err, "search");
    if (s == null) {
      return StoreOptions.STORE_ERROR;
    }
    try (s) {
      List<SearchHit> hits = s.search(q, limit);
      for (SearchHit h : hits) {
        if (json) {
          ObjectNode n = RecordJson.mapper().createObjectNode();
          n.put("document", h.documentId());
          n.put("score", h.score());
          n.put("title", h.title());
          n.put("url", h.url());
          n.put("published", h.published() == null ? null : h.published().toString());
          n.put("snippet", h.snippet());
          h.eventIds().forEach(n.putArray("events")::add);
          out.println(n);
        } else {
          out.printf(Locale.ROOT, "#%d  %.2f  %s%s%s%n", h.documentId(), h.score(),
              h.title() == null ? "(no title)" : h.title(), h.published() == null ? "" : "  " + h.published(),
              h.url() == null ? "" : "  " + h.url());
          out.println("    " + h.snippet());
          if (!h.eventIds().isEmpty()) {
            out.println("    events: " + h.eventIds());
          }
        }
      }
      if (!json && hits.isEmpty()) {
        out.println("no matches");
      }
      out.flush();
      return Main.OK;
    } catch (IllegalArgumentException e) {
      err.println("marsad search: " + Main.oneLine(e));
      return Main.USAGE;
    } catch (StoreException e) {
      err.println("marsad search: " + Main.oneLine(e));
      return StoreOptions.STORE_ERROR;
    }
  }
}
