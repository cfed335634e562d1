package org.marsad.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An immutable analysed document. The original {@link #text()} is never altered; every token,
 * sentence, entity and event points into it with UTF-16 offsets. Pipeline stages return new
 * documents through the {@code with...} methods.
 */
public record Document(String id, String text, LocalDate published, String title, String url, String outlet,
                       List<Token> tokens, List<Sentence> sentences, List<Entity> entities, List<Event> events) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    events = List.copyOf(events);
  }

  /** A new, unanalysed document. */
  public static Document of(String id, String text, LocalDate published, String title, String url, String outlet) {
    return new Document(id, text, published, title, url, outlet, List.of(), List.of(), List.of(), List.of());
  }

  /** A new, unanalysed document with only id and text. */
  public static Document of(String id, String text) {
    return of(id, text, null, null, null, null);
  }

  public Document withTokens(List<Token> newTokens) {
    return new Document(id, text, published, title, url, outlet, newTokens, sentences, entities, events);
  }

  public Document withSentences(List<Sentence> newSentences) {
    return new Document(id, text, published, title, url, outlet, tokens, newSentences, entities, events);
  }

  public Document withEntities(List<Entity> newEntities) {
    return new Document(id, text, published, title, url, outlet, tokens, sentences, newEntities, events);
  }

  public Document withEvents(List<Event> newEvents) {
    return new Document(id, text, published, title, url, outlet, tokens, sentences, entities, newEvents);
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence s) {
    return tokens.subList(s.firstToken(), s.endToken());
  }
}
