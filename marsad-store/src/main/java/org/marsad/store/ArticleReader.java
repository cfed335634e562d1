package org.marsad.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.marsad.json.RecordJson;
import org.marsad.model.Document;

/**
 * Reads articles from files and folders: {@code .txt} (one article, UTF-8), {@code .html}/{@code .htm} (main text,
 * title and date from the page, see {@link HtmlArticle}), {@code .jsonl} (one JSON object per line with
 * {@code id, text, published?, title?, url?, outlet?}, as {@code marsad extract --input}), and folders
 * (recursively, in name order; other file types are skipped). Streams: a large JSONL file is never held in memory.
 * A bad input is reported through the {@code problems} callback as one line and skipped.
 */
public final class ArticleReader {
  /** Largest single article file, bytes. */
  public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

  private ArticleReader() {
  }

  /** Whether {@code p} has an extension this reader takes. */
  public static boolean readable(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".jsonl");
  }

  /** The files under {@code paths} to read (folders expanded, sorted); missing paths are reported. */
  public static List<Path> files(List<Path> paths, Consumer<String> problems) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).filter(ArticleReader::readable).sorted().forEach(out::add);
        } catch (IOException | UncheckedIOException e) {
          problems.accept(p + ": cannot list the folder (" + e.getMessage() + ")");
        }
      } else if (!Files.exists(p)) {
        problems.accept(p + ": no such file or folder");
      } else if (!readable(p)) {
        problems.accept(p + ": unknown type (expected .txt, .html, .htm or .jsonl)");
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** Counts the articles in {@code files} (JSONL: non-blank lines) for a progress bar; -1 when unknown. */
  public static long count(List<Path> files) {
    long n = 0;
    for (Path f : files) {
      if (f.toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          for (String line; (line = r.readLine()) != null; ) {
            if (!line.isBlank()) {
              n++;
            }
          }
        } catch (IOException | UncheckedIOException e) {
          return -1;
        }
      } else {
        n++;
      }
    }
    return n;
  }

  /** The articles of {@code files}, read lazily in order. */
  public static Iterator<Article> articles(List<Path> files, Consumer<String> problems) {
    return new Iterator<>() {
      private int next;
      private Iterator<Article> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (next >= files.size()) {
            return false;
          }
          current = open(files.get(next++), problems);
        }
        return true;
      }

      @Override
      public Article next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private static Iterator<Article> open(Path f, Consumer<String> problems) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    String loc = f.toAbsolutePath().normalize().toString();
    try {
      if (name.endsWith(".jsonl")) {
        return jsonl(f, loc, problems);
      }
      String text = readText(f);
      if (name.endsWith(".txt")) {
        return List.of(new Article(Document.of(baseName(f), text.strip()), "file", loc)).iterator();
      }
      try {
        return List.of(new Article(HtmlArticle.parse(baseName(f), text, null), "file", loc)).iterator();
      } catch (BadInput e) {
        throw new BadInput(f + ": " + e.getMessage());
      }
    } catch (BadInput e) {
      problems.accept(e.getMessage());
      return java.util.Collections.emptyIterator();
    }
  }

  /** Reads a UTF-8 text file, refusing binary, non-UTF-8, empty and oversized files. */
  static String readText(Path f) throws BadInput {
    byte[] bytes;
    try {
      long size = Files.size(f);
      if (size > MAX_FILE_BYTES) {
        throw new BadInput(f + ": too large (" + size / (1024 * 1024) + " MB; the limit is "
            + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
      }
      bytes = Files.readAllBytes(f);
    } catch (NoSuchFileException e) {
      throw new BadInput(f + ": no such file");
    } catch (AccessDeniedException e) {
      throw new BadInput(f + ": permission denied");
    } catch (IOException e) {
      throw new BadInput(f + ": cannot read (" + e.getMessage() + ")");
    }
    return decode(f.toString(), bytes);
  }

  static String decode(String name, byte[] bytes) throws BadInput {
    if (bytes.length == 0) {
      throw new BadInput(name + ": empty file");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new BadInput(name + ": binary file (NUL bytes), not text");
      }
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new BadInput(name + ": not UTF-8 text");
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new BadInput(name + ": no text (only white space)");
    }
    return text;
  }

  private static Iterator<Article> jsonl(Path f, String loc, Consumer<String> problems) throws BadInput {
    BufferedReader r;
    try {
      r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInput(f + ": no such file");
    } catch (AccessDeniedException e) {
      throw new BadInput(f + ": permission denied");
    } catch (IOException e) {
      throw new BadInput(f + ": cannot read (" + e.getMessage() + ")");
    }
    return new Iterator<>() {
      private int lineNo;
      private Article ahead;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (ahead == null && !done) {
          String line;
          try {
            line = r.readLine();
          } catch (MalformedInputException e) {
            problems.accept(f + ": line " + (lineNo + 1) + " is not UTF-8; stopped reading this file there");
            line = null;
          } catch (IOException e) {
            problems.accept(f + ": cannot read (" + e.getMessage() + ")");
            line = null;
          }
          if (line == null) {
            done = true;
            try {
              r.close();
            } catch (IOException e) {
              // nothing more to read
            }
            break;
          }
          lineNo++;
          if (line.isBlank()) {
            continue;
          }
          try {
            ahead = new Article(jsonLine(line, lineNo), "jsonl", loc);
          } catch (BadInput e) {
            problems.accept(f + ": " + e.getMessage());
          }
        }
        return ahead != null;
      }

      @Override
      public Article next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Article a = ahead;
        ahead = null;
        return a;
      }
    };
  }

  /** One JSONL line as a raw document (the {@code extract --input} format). */
  public static Document jsonLine(String line, int lineNo) throws BadInput {
    JsonNode node;
    try {
      node = RecordJson.mapper().readTree(line);
    } catch (IOException e) {
      throw new BadInput("line " + lineNo + ": not JSON");
    }
    if (node == null || !node.isObject()) {
      throw new BadInput("line " + lineNo + ": not a JSON object");
    }
    String id = node.hasNonNull("id") ? node.get("id").asText() : "line-" + lineNo;
    if (!node.hasNonNull("text") || !node.get("text").isTextual()) {
      throw new BadInput("line " + lineNo + " (id " + id + "): no \"text\" field");
    }
    String text = node.get("text").asText();
    if (text.isBlank()) {
      throw new BadInput("line " + lineNo + " (id " + id + "): empty text");
    }
    LocalDate pub = null;
    if (node.hasNonNull("published")) {
      String s = node.get("published").asText();
      try {
        pub = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
      } catch (DateTimeParseException e) {
        throw new BadInput("line " + lineNo + " (id " + id + "): published is not YYYY-MM-DD");
      }
    }
    return Document.of(id, text, pub, str(node, "title"), str(node, "url"), str(node, "outlet"));
  }

  private static String str(JsonNode n, String field) {
    return n.hasNonNull(field) && !n.get(field).asText().isBlank() ? n.get(field).asText() : null;
  }

  static String baseName(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
