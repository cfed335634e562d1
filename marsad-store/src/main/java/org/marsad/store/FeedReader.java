package org.marsad.store;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.marsad.model.Document;

/**
 * Reads an RSS or Atom feed (a URL or a file) with ROME. Each entry becomes an article: title, link (URL and
 * id), published (else updated) day, outlet = the feed's title. The text is the entry's content (HTML turned
 * into text); when that is shorter than {@value #SHORT_ENTRY} letters and the link is http(s), the linked page
 * is fetched and its main text used (see {@link HtmlArticle}); if that fails, the entry's own text is kept.
 * Network reads time out after {@link #TIMEOUT}.
 */
public final class FeedReader {
  static final int SHORT_ENTRY = 300;
  static final Duration TIMEOUT = Duration.ofSeconds(20);
  static final long MAX_BYTES = 20L * 1024 * 1024;

  private final HttpClient http;
  private final boolean fetchPages;

  /** @param fetchPages whether to fetch the linked page of a short entry */
  public FeedReader(boolean fetchPages) {
    this.fetchPages = fetchPages;
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** The entries of the feed at {@code urlOrFile}; bad entries are reported and skipped. */
  public List<Article> read(String urlOrFile, Consumer<String> problems) throws BadInput {
    byte[] bytes = load(urlOrFile);
    SyndFeed feed;
    try {
      SyndFeedInput in = new SyndFeedInput();
      in.setAllowDoctypes(false);
      feed = in.build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IOException | RuntimeException e) {
      throw new BadInput(urlOrFile + ": not an RSS or Atom feed (" + Db.firstLine(e) + ")");
    }
    String outlet = HtmlArticle.firstNonBlank(feed.getTitle());
    List<Article> out = new ArrayList<>();
    int n = 0;
    for (SyndEntry e : feed.getEntries()) {
      n++;
      String link = HtmlArticle.firstNonBlank(e.getLink(), e.getUri());
      String id = HtmlArticle.firstNonBlank(e.getUri(), link, "entry-" + n);
      String text = entryText(e);
      if (HtmlArticle.letters(text) < SHORT_ENTRY && fetchPages && link != null && link.matches("(?i)https?://.*")) {
        try {
          Document page = HtmlArticle.parse(id, new String(get(link), StandardCharsets.UTF_8), link);
          if (HtmlArticle.letters(page.text()) > HtmlArticle.letters(text)) {
            text = page.text();
          }
        } catch (BadInput ex) {
          problems.accept(link + ": " + ex.getMessage() + "; using the feed's summary");
        }
      }
      if (HtmlArticle.letters(text) < HtmlArticle.MIN_LETTERS) {
        problems.accept(urlOrFile + ": entry " + n + " (" + id + "): no text");
        continue;
      }
      Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      LocalDate day = d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
      out.add(new Article(Document.of(id, text, day, HtmlArticle.firstNonBlank(e.getTitle()), link, outlet),
          "feed", urlOrFile));
    }
    return out;
  }

  private static String entryText(SyndEntry e) {
    StringBuilder sb = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null) {
        sb.append(c.getValue()).append('\n');
      }
    }
    if (sb.length() == 0 && e.getDescription() != null && e.getDescription().getValue() != null) {
      sb.append(e.getDescription().getValue());
    }
    org.jsoup.nodes.Document d = Jsoup.parseBodyFragment(sb.toString());
    d.select("p, br, div, li").before("\n");
    return d.body().wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
  }

  private byte[] load(String urlOrFile) throws BadInput {
    if (urlOrFile.matches("(?i)https?://.*")) {
      return get(urlOrFile);
    }
    Path p = Path.of(urlOrFile.startsWith("file:") ? URI.create(urlOrFile).getPath() : urlOrFile);
    try {
      if (Files.size(p) > MAX_BYTES) {
        throw new BadInput(urlOrFile + ": too large for a feed");
      }
      return Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      throw new BadInput(urlOrFile + ": no such file");
    } catch (IOException e) {
      throw new BadInput(urlOrFile + ": cannot read (" + e.getMessage() + ")");
    }
  }

  private byte[] get(String url) throws BadInput {
    try {
      HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
          .header("User-Agent", "marsad/1 (+feed reader)").GET().build();
      HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() / 100 != 2) {
        throw new BadInput(url + ": HTTP " + r.statusCode());
      }
      if (r.body().length > MAX_BYTES) {
        throw new BadInput(url + ": response too large");
      }
      return r.body();
    } catch (IllegalArgumentException e) {
      throw new BadInput(url + ": bad URL");
    } catch (java.net.http.HttpTimeoutException e) {
      throw new BadInput(url + ": timed out after " + TIMEOUT.toSeconds() + " s");
    } catch (java.net.ConnectException e) {
      throw new BadInput(url + ": cannot connect");
    } catch (IOException e) {
      throw new BadInput(url + ": cannot fetch (" + Db.firstLine(e) + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInput(url + ": interrupted");
    }
  }
}
