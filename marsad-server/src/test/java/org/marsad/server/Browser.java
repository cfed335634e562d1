package org.marsad.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven by Selenium through /usr/bin/chromedriver, with a fresh profile
 * and no background network. Tests skip (with a message) when chromium or chromedriver is absent.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getProperty("marsad.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("marsad.chromedriver", "/usr/bin/chromedriver"));
  static final Path SHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Skips the calling test unless chromium and chromedriver are installed. */
  static void assumeInstalled() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "chromium or chromedriver absent (apt-get install chromium chromium-driver): browser tests skipped");
  }

  static Browser open() throws IOException {
    assumeInstalled();
    java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    Path profile = Files.createTempDirectory("marsad-chromium-");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver d = new ChromeDriver(service, o);
    d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    d.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    return new Browser(d, profile);
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Waits for {@code condition}; a timeout fails with the page's console errors and a screenshot. */
  <T> T await(String what, java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
    try {
      return waiting().until(condition);
    } catch (org.openqa.selenium.TimeoutException e) {
      try {
        screenshot("timeout-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
      } catch (IOException | RuntimeException ignored) {
        // the console errors below are the useful part
      }
      throw new AssertionError("timed out waiting for " + what + "; console errors: " + consoleErrors(), e);
    }
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Console messages at SEVERE level (errors, failed loads, uncaught exceptions) since the last call. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).collect(Collectors.toList());
  }

  /** Saves a PNG under target/screenshots/ (a test artifact). */
  Path screenshot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    Path p = SHOTS.resolve(name + ".png");
    Files.write(p, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return p;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var walk = Files.walk(profile)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temp folder left behind is harmless
      }
    }
  }
}
