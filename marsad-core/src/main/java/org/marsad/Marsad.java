package org.marsad;

import java.util.List;
import org.marsad.events.EventExtractor;
import org.marsad.kb.GazetteerRecognizer;
import org.marsad.model.Document;
import org.marsad.ner.NerRecognizer;
import org.marsad.model.Stage;
import org.marsad.topic.DomainGate;
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
          m = new Marsad(List.of(Tokenizer.INSTANCE, SentenceSplitter.INSTANCE, GazetteerRecognizer.standard(),
              NerRecognizer.standard(), EventExtractor.standard(), DomainGate.standard()));
          standard = m;
        }
      }
    }
    return m;
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
