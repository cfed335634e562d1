package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The "analyse text" page in headless chromium: extraction runs, and hostile text stays text. */
class AnalyseBrowserTest {
  private static MarsadServer server;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    server = MarsadServer.start(ServerConfig.defaults().withPort(0));
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
  }

  @Test
  void pastedTextIsAnalysedAndHostileMarkupStaysText() throws Exception {
    String payload = "هاجم مسلحون قرية في ريف إدلب. <script>window.__pwned=1</script>"
        + " <img src=x onerror=\"window.__pwned=2\"> قال المتحدث <b onmouseover=\"window.__pwned=3\">نص</b>";
    browser.driver.get(server.url() + "#/analyse");
    browser.await("analyse box", ExpectedConditions.visibilityOfElementLocated(By.id("analyse-text")));
    browser.js("document.getElementById('analyse-text').value = arguments[0];", payload);
    browser.driver.findElement(By.id("analyse-run")).click();
    WebElement article = browser.await("analysis result",
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#analyse-result .article")));
    browser.screenshot("analyse-hostile-text");

    assertThat(article.getText()).contains("<script>window.__pwned=1</script>").contains("onerror=");
    assertThat(article.getAttribute("dir")).isEqualTo("rtl");
    assertThat(article.findElements(By.tagName("script"))).isEmpty();
    assertThat(article.findElements(By.tagName("img"))).isEmpty();
    assertThat(article.findElements(By.tagName("b"))).isEmpty();
    assertThat(browser.js("return window.__pwned === undefined;")).isEqualTo(true);
    List<String> errors = browser.consoleErrors();
    assertThat(errors).as("console errors").isEmpty();
  }
}
