package org.marsad.topic;

import java.util.List;
import org.marsad.model.Document;
import org.marsad.model.Stage;

/**
 * Drops the events of articles that the {@link TopicModel} places, with high probability, outside
 * politics and security (sport, economy, technology, culture): a football team that «crushes» its
 * rival, a «trade war» or a rocket launch is not a conflict event. Entities are kept. Articles the
 * model is unsure about keep their events.
 */
public final class DomainGate implements Stage {
  /** Default: drop events when P(OTHER) is at least this. */
  public static final double DEFAULT_THRESHOLD = 0.98;

  private final TopicModel model;
  private final double threshold;

  private DomainGate(TopicModel model, double threshold) {
    this.model = model;
    this.threshold = threshold;
  }

  /** A gate over the shipped model with the default threshold. */
  public static DomainGate standard() {
    return new DomainGate(TopicModel.standard(), DEFAULT_THRESHOLD);
  }

  /** A gate over {@code model} that drops events when P(OTHER) ≥ {@code threshold}. */
  public static DomainGate of(TopicModel model, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    return new DomainGate(model, threshold);
  }

  @Override
  public Document apply(Document doc) {
    if (doc.events().isEmpty()) {
      return doc;
    }
    return model.probabilityOther(doc.tokens()) >= threshold ? doc.withEvents(List.of()) : doc;
  }
}
