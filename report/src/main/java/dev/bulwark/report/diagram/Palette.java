package dev.bulwark.report.diagram;

import dev.bulwark.model.Classification;
import dev.bulwark.model.Severity;
import dev.bulwark.report.diagram.Graph.Paint;
import java.util.Optional;

/**
 * The colours of every diagram format, in one place so that SVG, DOT and Mermaid agree. Fills are
 * light enough for dark text; the outline gets darker and thicker with severity, so that the
 * difference survives grey-scale printing.
 */
final class Palette {
  private Palette() {}

  static final String TEXT = "#1f2933";
  static final String MUTED = "#52606d";
  static final String FLOW = "#52606d";
  static final String CROSSING = "#c92a2a";

  /** An attack path drawn over a diagram: purple, apart from the severity colours. */
  static final String PATH = "#6a1b9a";

  static final String ZONE_STROKE = "#7b8794";
  static final String STUB_FILL = "#f5f7fa";

  /** Paint of an element with no open threat. */
  static final Paint NONE = new Paint("#ffffff", "#52606d", 1.2);

  /** Paint of an element by the highest severity among its open threats. */
  static Paint severity(Optional<Severity> severity) {
    return severity.map(Palette::severity).orElse(NONE);
  }

  static Paint severity(Severity severity) {
    return switch (severity) {
      case LOW -> new Paint("#e3f4e8", "#2b8a3e", 1.5);
      case MEDIUM -> new Paint("#fff6cc", "#a67c00", 1.8);
      case ELEVATED -> new Paint("#ffe3c2", "#d9480f", 2.1);
      case HIGH -> new Paint("#ffd1d1", "#c92a2a", 2.4);
      case CRITICAL -> new Paint("#f5a9b8", "#7d0a1e", 3.0);
    };
  }

  /** Paint of a data asset by its classification. */
  static Paint classification(Classification classification) {
    return switch (classification) {
      case PUBLIC -> new Paint("#e3f4e8", "#2b8a3e", 1.5);
      case INTERNAL -> new Paint("#dbe9ff", "#1c5dbf", 1.5);
      case CONFIDENTIAL -> new Paint("#ffe3c2", "#d9480f", 2.0);
      case RESTRICTED -> new Paint("#f5a9b8", "#7d0a1e", 2.6);
    };
  }

  /** Background of a zone box, alternating with nesting depth so that nested boxes stand out. */
  static String zoneFill(int depth) {
    return depth % 2 == 0 ? "#f5f7fa" : "#e9eef4";
  }
}
