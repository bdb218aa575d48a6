package dev.bulwark.report.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One local page open in {@link HeadlessChromium}: what it logged as errors, what it requested, a
 * screenshot, and the boxes of its diagrams' nodes. Close it to close the page.
 */
public final class Visit implements AutoCloseable {
  /**
   * For each inline {@code svg.bw-diagram}: its size and the bounding boxes of its nodes (elements
   * with class {@code bw-node} or a {@code data-node} attribute; in a view that shows another
   * diagram by reference, the steps drawn over it, {@code bw-path-node}), relative to the SVG's
   * box.
   */
  private static final String DIAGRAMS =
      """
      () => Array.from(document.querySelectorAll('svg.bw-diagram')).map((svg, index) => {
        const outer = svg.getBoundingClientRect();
        let found = svg.querySelectorAll('.bw-node, [data-node]');
        if (found.length === 0) {
          found = svg.querySelectorAll('.bw-path-node');
        }
        const nodes = Array.from(found).map(node => {
          const box = node.getBoundingClientRect();
          return {
            id: node.getAttribute('data-node') || node.id || '',
            x: box.left - outer.left, y: box.top - outer.top, width: box.width, height: box.height
          };
        });
        return { id: svg.id || ('diagram-' + index), width: outer.width, height: outer.height, nodes };
      })
      """;

  private final Page page;
  private final List<String> consoleErrors;
  private final List<String> requests;

  private Visit(Page page, List<String> consoleErrors, List<String> requests) {
    this.page = page;
    this.consoleErrors = consoleErrors;
    this.requests = requests;
  }

  static Visit of(Page page, Path html) {
    String url = html.toAbsolutePath().toUri().toString();
    List<String> errors = new CopyOnWriteArrayList<>();
    List<String> requests = new CopyOnWriteArrayList<>();
    page.onConsoleMessage(message -> {
      if (message.type().equals("error")) {
        errors.add(message.text());
      }
    });
    page.onPageError(error -> errors.add("uncaught: " + error));
    page.onRequest(request -> {
      if (!request.url().equals(url)) {
        requests.add(request.url());
      }
    });
    try {
      page.navigate(url);
      page.waitForLoadState(LoadState.NETWORKIDLE);
    } catch (RuntimeException e) {
      page.close();
      throw e;
    }
    return new Visit(page, errors, requests);
  }

  /** Console messages of type error and uncaught exceptions, in order. */
  public List<String> consoleErrors() {
    return List.copyOf(consoleErrors);
  }

  /** Every URL the page asked for besides itself; none of them reached the network. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  /** Saves a screenshot of the whole page, creating the folder. */
  public Path screenshot(Path png) {
    try {
      Files.createDirectories(png.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true));
    return png;
  }

  /** The page's diagrams with their nodes' boxes, in document order. */
  public List<Diagram> diagrams() {
    List<Diagram> diagrams = new ArrayList<>();
    for (Object found : (List<?>) page.evaluate(DIAGRAMS)) {
      Map<?, ?> svg = (Map<?, ?>) found;
      List<Diagram.Node> nodes = new ArrayList<>();
      for (Object n : (List<?>) svg.get("nodes")) {
        Map<?, ?> node = (Map<?, ?>) n;
        nodes.add(
            new Diagram.Node(
                (String) node.get("id"),
                new Diagram.Box(
                    number(node, "x"),
                    number(node, "y"),
                    number(node, "width"),
                    number(node, "height"))));
      }
      diagrams.add(
          new Diagram(
              (String) svg.get("id"),
              new Diagram.Box(0, 0, number(svg, "width"), number(svg, "height")),
              nodes));
    }
    return diagrams;
  }

  /** The Playwright page, for what this class does not offer. */
  public Page page() {
    return page;
  }

  @Override
  public void close() {
    page.close();
  }

  private static double number(Map<?, ?> map, String key) {
    return ((Number) map.get(key)).doubleValue();
  }
}
