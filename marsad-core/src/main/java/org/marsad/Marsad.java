package org.marsad;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.marsad.events.EventExtractor;
import org.marsad.kb.GazetteerRecognizer;
import org.marsad.model.Document;
import org.marsad.ner.NerModel;
import org.marsad.ner.NerRecognizer;
import org.marsad.model.Stage;
import org.marsad.topic.DomainGate;
import org.marsad.topic.TopicModel;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Tokenizer;

/**
 * The one entry point of the extraction library.
 *
 * <pre>{@code
 * Marsad marsad = Marsad.standard();          // loads every bundled resource once
 * Document doc = marsad.extract(Document.of("seed", text, published, null, null, null));
 * String json = RecordJson.toLine(doc);       // a marsad/1 record
 * }</pre>
 *
 * <p>An instance is immutable and thread-safe: share one across threads.
 */
public final class Marsad {
  private static volatile Marsad standard;

  private final List<Stage> stages;

  private Marsad(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /** A pipeline of the given stages, run in order. */
  public static Marsad of(List<Stage> stages) {
    return new Marsad(stages);
  }

  /** The full standard pipeline, built once per JVM. A missing bundled resource is fatal. */
  public static Marsad standard() {
    Marsad m = standard;
    if (m == null) {
      synchronized (Marsad.class) {
        m = standard;
        if (m == null) {
          m = new Marsad(standardStages());
          standard = m;
        }
      }
    }
    return m;
  }

  /**
   * The standard stages. The bundled resources load on two threads: the NER and topic models on one, the
   * knowledge base (and the stages built on it) on this one; on two cores the start-up of a one-file
   * {@code extract} is then the slower of the two instead of their sum (docs/perf.md). The stages are the same
   * objects whatever the order of loading.
   */
  private static List<Stage> standardStages() {
    FutureTask<Void> models = new FutureTask<>(() -> {
      NerModel.bundled();
      TopicModel.standard();
      return null;
    });
    Thread loader = new Thread(models, "marsad-load-models");
    loader.setDaemon(true);
    loader.start();
    GazetteerRecognizer gazetteer = GazetteerRecognizer.standard();
    EventExtractor events = EventExtractor.standard();
    try {
      models.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the bundled models", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
    return List.of(Tokenizer.INSTANCE, SentenceSplitter.INSTANCE, gazetteer, NerRecognizer.standard(), events,
        DomainGate.standard());
  }

  /** Analyses {@code input} and returns the analysed document. */
  public Document extract(Document input) {
    Document d = input;
    for (Stage s : stages) {
      d = s.apply(d);
    }
    return d;
  }

  /** The stages of this pipeline. */
  public List<Stage> stages() {
    return stages;
  }
}
