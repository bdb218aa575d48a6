package dev.bulwark.report.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The Debian Chromium, headless, driven by Playwright, for tests of what people see: open a local
 * page, collect its console errors and network requests, take a screenshot, measure the nodes of
 * its diagrams. Playwright never downloads a browser; the profile is a fresh temporary folder.
 * Start one per test class ({@code @BeforeAll}): a launch costs seconds, a page milliseconds.
 *
 * <p>Without Chromium the tests are skipped, except on CI (the {@code CI} variable is set), where
 * they fail so that a missing browser never passes silently.
 */
public final class HeadlessChromium implements AutoCloseable {
  /** Where Debian's {@code chromium} package puts the browser. */
  public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

  /** Headless in a container, and quiet: no first-run, sync, updates or background traffic. */
  static final List<String> ARGUMENTS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private final Playwright playwright;
  private final BrowserContext context;
  private final Path profile;

  private HeadlessChromium(Playwright playwright, BrowserContext context, Path profile) {
    this.playwright = playwright;
    this.context = context;
    this.profile = profile;
  }

  /** Starts the browser at {@link #EXECUTABLE}, or skips (fails on CI) when it is missing. */
  public static HeadlessChromium launch() {
    return launch(EXECUTABLE);
  }

  static HeadlessChromium launch(Path executable) {
    if (!Files.isExecutable(executable)) {
      String message =
          "browser tests need Chromium at " + executable + ": apt-get install chromium";
      if (System.getenv("CI") != null) {
        Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("bulwark-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      BrowserContext context =
          playwright
              .chromium()
              .launchPersistentContext(
                  profile,
                  new BrowserType.LaunchPersistentContextOptions()
                      .setExecutablePath(executable)
                      .setHeadless(true)
                      .setArgs(ARGUMENTS)
                      .setViewportSize(1280, 800));
      // Nothing leaves the machine: every request but the page's own files is recorded by the
      // visit and then refused here.
      context.route(url -> !url.startsWith("file:"), route -> route.abort());
      return new HeadlessChromium(playwright, context, profile);
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  /** Opens a local HTML file and waits until it has loaded and the network is quiet. */
  public Visit open(Path html) {
    return Visit.of(context.newPage(), html);
  }

  @Override
  public void close() {
    try {
      context.close();
    } finally {
      playwright.close();
      delete(profile);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary profile left behind is no test failure
    }
  }
}
