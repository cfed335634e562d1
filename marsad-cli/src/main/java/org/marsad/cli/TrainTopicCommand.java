package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.json.RecordJson;
import org.marsad.topic.TopicModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad train topic}: trains the article-domain model (news vs sport/economy/technology/culture)
 * from a JSONL corpus whose ids carry the category, as the ANT corpus does ({@code SK-sport-1363-20180527}).
 * Every tenth article (by a stable hash of its id) is held out and the held-out accuracy is printed
 * and recorded in the manifest; the written model is trained on all articles.
 */
@Command(name = "topic", mixinStandardHelpOptions = true,
    description = {"Train the article-domain model that keeps sport and business articles free of conflict events.",
        "Rebuild the shipped model: ./marsad train topic --corpus ../shared/data/ant-unlabeled.jsonl "
            + "--model marsad-core/src/main/resources/org/marsad/topic/topic-model.tsv"})
public final class TrainTopicCommand implements Callable<Integer> {
  @Option(names = "--corpus", required = true, paramLabel = "JSONL", description = "articles with id CAT in ANT form (outlet-category-n-date)")
  Path corpus;

  @Option(names = "--model", required = true, paramLabel = "OUT", description = "where to write the model bundle")
  Path model;

  @Option(names = "--min-count", description = "minimum corpus count of a kept word (default: ${DEFAULT-VALUE})")
  int minCount = 5;

  @Option(names = "--vocabulary", description = "number of words kept (default: ${DEFAULT-VALUE})")
  int vocabulary = 12000;

  @Option(names = "--threshold", description = "P(OTHER) threshold reported on held-out data (default: ${DEFAULT-VALUE})")
  double threshold = 0.98;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** One labelled article. */
  record Labelled(String id, String text, TopicModel.Domain domain) {
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(corpus)) {
      spec.commandLine().getErr().println("marsad train topic: " + corpus + ": no such file");
      return Main.INPUT_ERROR;
    }
    List<Labelled> all = read(corpus);
    if (all.isEmpty()) {
      spec.commandLine().getErr().println("marsad train topic: " + corpus + ": no article with a known category in its id");
      return Main.INPUT_ERROR;
    }
    TopicModel.Trainer heldOutTrainer = TopicModel.trainer(minCount, vocabulary);
    List<Labelled> test = new ArrayList<>();
    for (Labelled l : all) {
      if (Math.floorMod(l.id().hashCode(), 10) == 0) {
        test.add(l);
      } else {
        heldOutTrainer.add(l.text(), l.domain());
      }
    }
    Path tmp = Files.createTempFile("topic", ".tsv");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        heldOutTrainer.write(w, Map.of());
      }
      TopicModel m;
      try (var in = Files.newInputStream(tmp)) {
        m = TopicModel.read(in);
      }
      int[][] confusion = new int[2][2];
      int gatedNews = 0;
      int gatedOther = 0;
      for (Labelled l : test) {
        double p = m.probabilityOther(l.text());
        confusion[l.domain().ordinal()][p >= 0.5 ? 1 : 0]++;
        if (p >= threshold) {
          if (l.domain() == TopicModel.Domain.NEWS) {
            gatedNews++;
          } else {
            gatedOther++;
          }
        }
      }
      int correct = confusion[0][0] + confusion[1][1];
      long news = test.stream().filter(l -> l.domain() == TopicModel.Domain.NEWS).count();
      String acc = String.format("%.3f", (double) correct / test.size());
      String newsLost = String.format("%.3f", (double) gatedNews / Math.max(1, news));
      String otherGated = String.format("%.3f", (double) gatedOther / Math.max(1, test.size() - news));
      var out = spec.commandLine().getOut();
      out.println("held-out articles: " + test.size() + " (news " + news + ")");
      out.println("held-out accuracy: " + acc);
      out.println("at P(OTHER) >= " + threshold + ": news articles gated " + newsLost + ", other articles gated " + otherGated);
      TopicModel.Trainer full = TopicModel.trainer(minCount, vocabulary);
      for (Labelled l : all) {
        full.add(l.text(), l.domain());
      }
      Map<String, String> info = new LinkedHashMap<>();
      info.put("trained", LocalDate.now().toString());
      info.put("corpus", corpus.getFileName().toString() + " (" + all.size() + " articles; ANT corpus, Chouigui et al. 2021)");
      info.put("heldout.accuracy", acc);
      info.put("heldout.newsGatedAt" + threshold, newsLost);
      info.put("heldout.otherGatedAt" + threshold, otherGated);
      info.put("features", "normalised words >= 2 letters, plus variants without leading waw / al");
      Files.createDirectories(model.toAbsolutePath().getParent());
      try (Writer w = Files.newBufferedWriter(model, StandardCharsets.UTF_8)) {
        full.write(w, info);
      }
      out.println("model written to " + model);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return Main.OK;
  }

  private static List<Labelled> read(Path corpus) throws IOException {
    List<Labelled> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n;
        try {
          n = RecordJson.mapper().readTree(line);
        } catch (IOException e) {
          continue;
        }
        String id = n.path("id").asText("");
        String text = n.path("text").asText("");
        TopicModel.Domain d = domainOf(id);
        if (d != null && !text.isBlank()) {
          out.add(new Labelled(id, text, d));
        }
      }
    }
    return out;
  }

  /** The domain named by the category part of an ANT-style id, or null. */
  static TopicModel.Domain domainOf(String id) {
    String[] parts = id.split("-");
    if (parts.length < 2) {
      return null;
    }
    switch (parts[1]) {
      case "internationalNews": case "middleEast": return TopicModel.Domain.NEWS;
      case "sport": case "economy": case "technology": case "culture": return TopicModel.Domain.OTHER;
      default: return null;
    }
  }
}
