package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Document;

class ReadersTest {
  @TempDir
  Path dir;

  static final String PAGE = """
      <html><head><title>عنوان من الوسم</title>
      <meta property="og:title" content="غارة على حلب">
      <meta property="article:published_time" content="2024-05-02T10:00:00+03:00">
      <meta property="og:site_name" content="موقع تجريبي">
      <link rel="canonical" href="https://example.org/news/1"></head>
      <body><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
      <div class="share-buttons"><p>شارك الخبر على مواقع التواصل</p></div>
      <article><h1>غارة على حلب</h1>
      <p>قالت مصادر محلية إن غارة جوية استهدفت حي الشعار في مدينة حلب وأسفرت عن مقتل خمسة مدنيين.</p>
      <p>وأضافت المصادر أن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض حتى ساعة متأخرة.</p></article>
      <aside><p>اقرأ أيضا: أخبار أخرى لا علاقة لها بالموضوع الأصلي هنا</p></aside>
      <footer><p>جميع الحقوق محفوظة للموقع التجريبي منذ سنوات طويلة</p></footer></body></html>
      """;

  @Test
  void htmlKeepsTheArticleAndItsMetadataAndDropsBoilerplate() throws Exception {
    Document d = HtmlArticle.parse("p1", PAGE, null);
    assertThat(d.title()).isEqualTo("غارة على حلب");
    assertThat(d.published()).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(d.url()).isEqualTo("https://example.org/news/1");
    assertThat(d.outlet()).isEqualTo("موقع تجريبي");
    assertThat(d.text()).startsWith("قالت مصادر محلية").contains("\nوأضافت المصادر")
        .doesNotContain("الرئيسية", "شارك", "اقرأ أيضا", "الحقوق");
  }

  @Test
  void htmlDateFromTimeTagAndTitleFromTitleTag() throws Exception {
    Document d = HtmlArticle.parse("p2", "<html><head><title>خبر</title></head><body><time datetime=\"2023-11-05\">"
        + "</time><p>هذا نص خبر طويل بما يكفي ليعد فقرة من فقرات المقال الرئيسي.</p></body></html>", null);
    assertThat(d.title()).isEqualTo("خبر");
    assertThat(d.published()).isEqualTo(LocalDate.of(2023, 11, 5));
  }

  @Test
  void htmlWithoutTextIsRefused() {
    assertThatThrownBy(() -> HtmlArticle.parse("e", "<html><body><script>var a = 1;</script><nav>x</nav></body></html>",
        null)).isInstanceOf(BadInput.class).hasMessage("no article text found in the page");
  }

  @Test
  void filesAndFoldersAreReadRecursivelyAndBadOnesReported() throws Exception {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/one.txt"), "  نص الخبر الأول عن اشتباكات في الموصل.  \n");
    Files.writeString(dir.resolve("a/b/two.html"), PAGE);
    Files.writeString(dir.resolve("a/b/docs.jsonl"), """
        {"id": "j1", "text": "نص أول في ملف الأسطر.", "published": "2024-01-02", "url": "https://example.org/j1"}

        not json
        {"id": "j2", "text": "   "}
        {"id": "j3", "text": "نص ثالث.", "published": "2024-13-40"}
        {"id": "j4", "text": "نص رابع.", "outlet": "وكالة"}
        """);
    Files.writeString(dir.resolve("a/ignored.csv"), "x,y");
    Files.write(dir.resolve("a/latin1.txt"), new byte[] {(byte) 0xE9, 'a', 'b'});
    Files.writeString(dir.resolve("a/empty.txt"), "");
    List<String> problems = new ArrayList<>();
    List<Path> files = ArticleReader.files(List.of(dir.resolve("a"), dir.resolve("missing.txt")), problems::add);
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("docs.jsonl", "two.html", "empty.txt", "latin1.txt", "one.txt");
    assertThat(ArticleReader.count(files)).isEqualTo(9);
    List<Article> got = new ArrayList<>();
    ArticleReader.articles(files, problems::add).forEachRemaining(got::add);
    assertThat(got).extracting(a -> a.doc().id()).containsExactly("j1", "j4", "two", "one");
    assertThat(got.get(0).doc().published()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(got.get(0).kind()).isEqualTo("jsonl");
    assertThat(got.get(1).doc().outlet()).isEqualTo("وكالة");
    assertThat(got.get(3).doc().text()).isEqualTo("نص الخبر الأول عن اشتباكات في الموصل.");
    assertThat(problems).hasSize(6).anyMatch(p -> p.endsWith("missing.txt: no such file or folder"))
        .anyMatch(p -> p.contains("line 3: not JSON")).anyMatch(p -> p.contains("(id j2): empty text"))
        .anyMatch(p -> p.contains("(id j3): published is not YYYY-MM-DD"))
        .anyMatch(p -> p.endsWith("latin1.txt: not UTF-8 text")).anyMatch(p -> p.endsWith("empty.txt: empty file"));
    assertThat(problems).allMatch(p -> !p.contains("\n"));
  }

  @Test
  void unreadableFileIsReportedNotThrown() throws Exception {
    Path f = dir.resolve("secret.txt");
    Files.writeString(f, "نص");
    f.toFile().setReadable(false);
    List<String> problems = new ArrayList<>();
    Iterator<Article> it = ArticleReader.articles(List.of(f), problems::add);
    boolean root = TestUsers.isRoot();
    if (root) {
      // root reads everything: the file is read
      assertThat(it.hasNext()).isTrue();
    } else {
      assertThat(it.hasNext()).isFalse();
      assertThat(problems).containsExactly(f + ": permission denied");
    }
    Path folder = dir.resolve("afolder.txt");
    Files.createDirectories(folder);
    List<String> p2 = new ArrayList<>();
    assertThat(ArticleReader.articles(List.of(folder), p2::add).hasNext()).isFalse();
    assertThat(p2).hasSize(1).allMatch(p -> p.startsWith(folder.toString()));
  }

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>وكالة الاختبار</title><link>http://localhost/</link><description>d</description>
      <item><title>اشتباكات في درعا</title><link>LINK1</link><guid>g1</guid><pubDate>Tue, 14 May 2024 08:00:00 GMT</pubDate>
      <description><![CDATA[<p>اندلعت اشتباكات عنيفة بين مجموعات مسلحة في ريف درعا الغربي صباح اليوم، وفق ما أفاد به شهود عيان لمراسلنا.</p>]]></description></item>
      <item><title>بلا نص</title><link>LINK2</link><guid>g2</guid><description></description></item>
      </channel></rss>
      """;

  @Test
  void rssFileEntriesBecomeArticles() throws Exception {
    Path f = dir.resolve("feed.xml");
    Files.writeString(f, RSS.replace("LINK1", "https://example.invalid/1").replace("LINK2", "ftp://x/2"));
    List<String> problems = new ArrayList<>();
    List<Article> got = new FeedReader(false).read(f.toString(), problems::add);
    assertThat(got).hasSize(1);
    Document d = got.get(0).doc();
    assertThat(d.title()).isEqualTo("اشتباكات في درعا");
    assertThat(d.outlet()).isEqualTo("وكالة الاختبار");
    assertThat(d.published()).isEqualTo(LocalDate.of(2024, 5, 14));
    assertThat(d.url()).isEqualTo("https://example.invalid/1");
    assertThat(d.text()).startsWith("اندلعت اشتباكات").doesNotContain("<p>");
    assertThat(problems).singleElement().asString().contains("entry 2").endsWith("no text");
  }

  @Test
  void atomOverHttpFetchesTheLinkedPageOfShortEntries() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    int port = server.getAddress().getPort();
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>موقع أتوم</title><id>urn:x</id><updated>2024-05-02T00:00:00Z</updated>
        <entry><title>غارة على حلب</title><id>urn:e1</id><link href="http://127.0.0.1:PORT/page"/>
        <updated>2024-05-02T09:00:00Z</updated><summary>ملخص قصير</summary></entry></feed>
        """.replace("PORT", Integer.toString(port));
    server.createContext("/feed", ex -> {
      byte[] b = atom.getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    server.createContext("/page", ex -> {
      byte[] b = PAGE.getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    server.createContext("/broken", ex -> {
      ex.sendResponseHeaders(500, -1);
      ex.close();
    });
    server.createContext("/html", ex -> {
      byte[] b = "<html><body>not a feed</body></html>".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + port;
      List<Article> got = new FeedReader(true).read(base + "/feed", p -> { });
      assertThat(got).singleElement().satisfies(a -> {
        assertThat(a.doc().text()).startsWith("قالت مصادر محلية");
        assertThat(a.doc().outlet()).isEqualTo("موقع أتوم");
        assertThat(a.doc().published()).isEqualTo(LocalDate.of(2024, 5, 2));
      });
      assertThatThrownBy(() -> new FeedReader(true).read(base + "/broken", p -> { }))
          .isInstanceOf(BadInput.class).hasMessage(base + "/broken: HTTP 500");
      assertThatThrownBy(() -> new FeedReader(true).read(base + "/html", p -> { }))
          .isInstanceOf(BadInput.class).hasMessageStartingWith(base + "/html: not an RSS or Atom feed");
    } finally {
      server.stop(0);
    }
    // nothing listens there any more
    assertThatThrownBy(() -> new FeedReader(true).read("http://127.0.0.1:" + port + "/feed", p -> { }))
        .isInstanceOf(BadInput.class).hasMessageContaining("cannot");
    assertThatThrownBy(() -> new FeedReader(true).read(dir.resolve("nofeed.xml").toString(), p -> { }))
        .isInstanceOf(BadInput.class).hasMessageEndingWith("no such file");
  }

  /** Hostile markup: 100,000 nested elements (and nested paragraphs) parse without a stack overflow or a hang. */
  @Test
  void deeplyNestedHtmlParsesWithinBounds() {
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
      int depth = 100_000;
      StringBuilder sb = new StringBuilder("<html><head><title>خبر متداخل</title></head><body>");
      for (int i = 0; i < depth; i++) {
        sb.append(i % 3 == 0 ? "<div>" : i % 3 == 1 ? "<span>" : "<li><p>");
      }
      sb.append("<p>قصفت الطائرات الحربية مواقع في ريف حلب صباح الأحد وقتل خمسة أشخاص.</p>");
      for (int i = depth - 1; i >= 0; i--) {
        sb.append(i % 3 == 0 ? "</div>" : i % 3 == 1 ? "</span>" : "</p></li>");
      }
      sb.append("</body></html>");
      Document d = HtmlArticle.parse("deep", sb.toString(), null);
      assertThat(d.text()).contains("قصفت الطائرات الحربية");
      assertThat(d.title()).isEqualTo("خبر متداخل");
      // unclosed tags, 100,000 deep
      Document open = HtmlArticle.parse("open", "<html><body>" + "<div><b><i>".repeat(depth / 3)
          + "<p>قصفت الطائرات الحربية مواقع في ريف حلب صباح الأحد وقتل خمسة أشخاص.", null);
      assertThat(open.text()).contains("قصفت الطائرات الحربية");
    });
  }
}
