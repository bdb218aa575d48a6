package dev.bulwark.report.html;

import java.util.Objects;

/**
 * A picture in the HTML report: an SVG we drew ourselves (diagram or chart), with an anchor id, a
 * title and a caption. The SVG is inlined as it is, so it must come from our own writers, which
 * escape every model string.
 */
public record Figure(String id, String title, String svg, String caption) {
  public Figure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(svg, "svg");
    Objects.requireNonNull(caption, "caption");
  }
}
