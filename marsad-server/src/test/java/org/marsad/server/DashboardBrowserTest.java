package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;
import org.marsad.store.EventSummary;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The dashboard in headless chromium over a real DuckDB store holding the fixture articles. */
class DashboardBrowserTest {
  @TempDir
  static Path dir;
  private static EventStore store;
  private static MarsadServer server;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    store = Fixtures.store(dir);
    server = MarsadServer.start(ServerConfig.defaults().withPort(0).withRequestsPerMinute(0), store);
    browser = Browser.open();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void home() {
    browser.driver.get("about:blank");
    browser.consoleErrors();
    browser.driver.get(server.url());
    browser.await("dashboard ready", d -> "1".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  private List<WebElement> rows() {
    return browser.driver.findElements(By.cssSelector("#events-table tbody tr.ev-row"));
  }

  private long eventId(String country, String type) {
    List<EventSummary> found = store.queryEvents(EventQuery.all().withCountry(country).withType(type)).items();
    assertThat(found).hasSize(1);
    return found.get(0).id();
  }

  @Test
  void dashboardLoadsWithoutConsoleErrorsAndShowsMarkersTimelineAndReactions() throws Exception {
    browser.await("markers", d -> !d.findElements(By.cssSelector(".ev-marker, .marker-cluster")).isEmpty());
    browser.await("world map", d -> d.findElements(By.cssSelector(".leaflet-overlay-pane path")).size() > 100);
    browser.screenshot("dashboard");
    assertThat(rows()).hasSize(8);
    Object markers = browser.js("var n = 0; document.querySelectorAll('.ev-marker').forEach(function () { n++; });"
        + "document.querySelectorAll('.marker-cluster span').forEach(function (s) { n += +s.textContent; }); return n;");
    assertThat(((Number) markers).intValue()).as("one marker per located event").isEqualTo(4);
    assertThat(browser.driver.findElements(By.cssSelector("#timeline rect.bar"))).hasSize(4);
    assertThat(browser.driver.findElements(By.cssSelector("#reactions table.matrix tbody tr"))).hasSize(4);
    assertThat(browser.consoleErrors()).as("console errors").isEmpty();
  }

  @Test
  void filteringChangesTheTable() throws Exception {
    assertThat(rows()).hasSize(8);
    new Select(browser.driver.findElement(By.name("country"))).selectByValue("SYR");
    browser.driver.findElement(By.id("apply")).click();
    browser.await("one Syrian event", d -> rows().size() == 1);
    String csv = browser.driver.findElement(By.linkText("acled-csv")).getAttribute("href");
    assertThat(csv).contains("/api/export?format=acled-csv").contains("country=SYR");
    assertThat(rows().get(0).getText()).contains("Syrian government forces");
    new Select(browser.driver.findElement(By.name("country"))).selectByValue("");
    new Select(browser.driver.findElement(By.name("type"))).selectByValue("ACCUSE");
    browser.driver.findElement(By.id("apply")).click();
    browser.await("two accusations", d -> rows().size() == 2);
    browser.screenshot("dashboard-filtered");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void eventPageHighlightsTheTriggerOnHover() throws Exception {
    long id = eventId("SYR", "ASSAULT");
    browser.driver.get(server.url() + "#/event/" + id);
    WebElement row = browser.await("trigger row",
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#event tr.field[data-field=trigger]")));
    assertThat(browser.driver.findElements(By.cssSelector("#event .article .hl"))).isEmpty();
    new Actions(browser.driver).moveToElement(row).perform();
    browser.await("highlight", d -> !d.findElements(By.cssSelector("#event .article .hl")).isEmpty());
    List<WebElement> lit = browser.driver.findElements(By.cssSelector("#event .article .hl"));
    StringBuilder words = new StringBuilder();
    lit.forEach(e -> words.append(e.getText()));
    assertThat(words.toString()).isEqualTo("قصفت");
    assertThat(browser.driver.findElement(By.cssSelector("#event .article")).getAttribute("dir")).isEqualTo("rtl");
    browser.screenshot("event-trigger-highlight");

    WebElement actor = browser.driver.findElement(By.cssSelector("#event tr.field[data-field=actor]"));
    new Actions(browser.driver).moveToElement(actor).perform();
    browser.await("actor highlight", d -> {
      StringBuilder sb = new StringBuilder();
      d.findElements(By.cssSelector("#event .article .hl")).forEach(e -> sb.append(e.getText()));
      return sb.toString().equals("قوات الحكومة السورية");
    });
    assertThat(browser.driver.findElements(By.cssSelector("#event .matrix tbody tr"))).hasSize(3);
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void scriptAndEventHandlerPayloadsAreShownAsText() throws Exception {
    String table = browser.driver.findElement(By.id("events-table")).getText();
    assertThat(table).contains(Fixtures.XSS_TITLE).contains(Fixtures.XSS_ACTOR_NAME);
    long id = eventId("LBY", "ASSAULT");
    browser.driver.get(server.url() + "#/event/" + id);
    WebElement actor = browser.await("actor row",
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#event tr.field[data-field=actor]")));
    new Actions(browser.driver).moveToElement(actor).perform();
    browser.await("actor highlight", d -> !d.findElements(By.cssSelector("#event .article .hl")).isEmpty());
    String page = browser.driver.findElement(By.id("event")).getText();
    assertThat(page).contains(Fixtures.XSS_TITLE).contains(Fixtures.XSS_IMG).contains(Fixtures.XSS_SCRIPT)
        .contains(Fixtures.XSS_ACTOR_NAME);
    // the map popup of that event too
    browser.driver.get(server.url());
    browser.await("dashboard ready", d -> "1".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    browser.js("document.querySelectorAll('.ev-marker').forEach(function (m) { m.click(); });");
    browser.screenshot("xss-payloads-as-text");
    for (String tag : new String[] {"img", "script", "svg", "i"}) {
      assertThat(browser.driver.findElements(By.cssSelector("#event " + tag + ", #events-table " + tag
          + ", .leaflet-popup " + tag))).as(tag).isEmpty();
    }
    assertThat(browser.js("return window.__pwned === undefined;")).isEqualTo(true);
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
