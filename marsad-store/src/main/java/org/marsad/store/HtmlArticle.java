package org.marsad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.marsad.model.Document;

/**
 * Main-text extraction from a news page with jsoup.
 *
 * <ol>
 *   <li>Boilerplate elements are dropped: {@code script, style, noscript, nav, header, footer, aside, form,
 *       iframe, button, figure} and elements whose class or id says menu, share, comment, related, footer,
 *       sidebar or advert.</li>
 *   <li>Each paragraph ({@code p}) of at least {@value #MIN_PARAGRAPH} characters scores its length for its
 *       parent and half of it for its grandparent; {@code article} and {@code [itemprop=articleBody]}
 *       containers get a bonus. The best-scoring container wins.</li>
 *   <li>The text is the container's paragraphs and sub-headings, one per line. Pages without paragraphs fall
 *       back to the body text.</li>
 *   <li>Title: {@code og:title}, else {@code <title>}, else the first {@code h1}. Date: {@code article:published_time},
 *       {@code og:published_time}, {@code datePublished}, {@code pubdate}, {@code date}, {@code DC.date},
 *       else a {@code <time datetime>}. URL: {@code link rel=canonical}, else {@code og:url}. Outlet:
 *       {@code og:site_name}.</li>
 * </ol>
 */
final class HtmlArticle {
  static final int MIN_PARAGRAPH = 25;
  /** Fewer letters than this is "no text". */
  static final int MIN_LETTERS = 20;
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)menu|share|social|comment|related|footer|sidebar|advert|promo|newsletter|breadcrumb|cookie");

  private HtmlArticle() {
  }

  static Document parse(String id, String html, String baseUri) throws BadInput {
    org.jsoup.nodes.Document page = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    String title = firstNonBlank(meta(page, "og:title"), page.title(), page.selectFirst("h1") == null ? null
        : page.selectFirst("h1").text());
    LocalDate day = day(firstNonBlank(meta(page, "article:published_time"), meta(page, "og:published_time"),
        meta(page, "datePublished"), meta(page, "pubdate"), meta(page, "publishdate"), meta(page, "date"),
        meta(page, "DC.date"), meta(page, "dc.date.issued"), itemprop(page), timeTag(page)));
    String url = firstNonBlank(page.select("link[rel=canonical]").attr("abs:href"), meta(page, "og:url"));
    String outlet = firstNonBlank(meta(page, "og:site_name"));
    page.select("script, style, noscript, nav, header, footer, aside, form, iframe, button, figure, svg").remove();
    for (Element e : new ArrayList<>(page.select("[class], [id]"))) {
      String key = e.className() + " " + e.id();
      if (BOILERPLATE.matcher(key).find() && !e.tagName().equals("body") && !e.tagName().equals("article")
          && e.select("p").size() < 3) {
        e.remove();
      }
    }
    String text = mainText(page);
    if (letters(text) < MIN_LETTERS) {
      throw new BadInput("no article text found in the page");
    }
    return Document.of(id, text, day, blankToNull(title), blankToNull(url), blankToNull(outlet));
  }

  private static String mainText(org.jsoup.nodes.Document page) {
    Map<Element, Double> score = new IdentityHashMap<>();
    for (Element p : page.select("p")) {
      int len = p.text().strip().length();
      if (len < MIN_PARAGRAPH) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, (double) len, Double::sum);
        if (parent.parent() != null) {
          score.merge(parent.parent(), len / 2.0, Double::sum);
        }
      }
    }
    Element best = null;
    double top = 0;
    for (Map.Entry<Element, Double> e : score.entrySet()) {
      Element el = e.getKey();
      double s = e.getValue();
      if (el.tagName().equals("article") || el.hasAttr("itemprop") && el.attr("itemprop").equals("articleBody")) {
        s *= 1.5;
      }
      if (s > top) {
        top = s;
        best = el;
      }
    }
    if (best == null) {
      Element body = page.body();
      return body == null ? "" : body.wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ")
          .replaceAll("\\s*\\n\\s*", "\n").strip();
    }
    List<String> parts = new ArrayList<>();
    Elements blocks = best.select("p, h2, h3, li, blockquote");
    for (Element b : blocks) {
      boolean nested = false;
      for (Element x = b.parent(); x != null && x != best; x = x.parent()) {
        if (x.tagName().equals("p") || x.tagName().equals("li") || x.tagName().equals("blockquote")) {
          nested = true;
          break;
        }
      }
      if (nested) {
        continue;
      }
      String t = b.text().strip();
      if (!t.isEmpty()) {
        parts.add(t);
      }
    }
    return String.join("\n", parts);
  }

  static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static String meta(org.jsoup.nodes.Document page, String name) {
    for (Element m : page.select("meta")) {
      if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))
          || name.equalsIgnoreCase(m.attr("itemprop"))) {
        String c = m.attr("content");
        if (!c.isBlank()) {
          return c.strip();
        }
      }
    }
    return null;
  }

  private static String itemprop(org.jsoup.nodes.Document page) {
    Element e = page.selectFirst("[itemprop=datePublished]");
    if (e == null) {
      return null;
    }
    return firstNonBlank(e.attr("datetime"), e.attr("content"), e.text());
  }

  private static String timeTag(org.jsoup.nodes.Document page) {
    Element t = page.selectFirst("time[datetime]");
    return t == null ? null : t.attr("datetime");
  }

  /** The first ISO day (YYYY-MM-DD) in {@code s}, or null. */
  static LocalDate day(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = ISO_DAY.matcher(s);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  static String firstNonBlank(String... xs) {
    for (String x : xs) {
      if (x != null && !x.isBlank()) {
        return x.strip();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
