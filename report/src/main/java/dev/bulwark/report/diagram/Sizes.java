package dev.bulwark.report.diagram;

import dev.bulwark.report.diagram.Graph.Box;
import dev.bulwark.report.diagram.Graph.Shape;
import dev.bulwark.report.diagram.Graph.Vertex;

/** Sizes of what diagrams draw, from the text they hold; shared by the layouts and the writer. */
final class Sizes {
  private Sizes() {}

  static final double LABEL_FONT = 12;
  static final double DETAIL_FONT = 10;
  static final double BOX_FONT = 11;
  static final double LINK_FONT = 10;
  static final double PAD = 12;

  /** Room for the person glyph at the left of an actor. */
  static final double GLYPH = 18;

  /** Height of the label strip at the top of a zone box. */
  static final double BOX_HEADER = 24;

  /** Inner margin of a zone box. */
  static final double BOX_PAD = 14;

  /** Height of the elliptical caps of a store's cylinder. */
  static final double CAP = 6;

  static double width(Vertex v) {
    double text =
        Math.max(
            TextWidth.bold(TextWidth.clip(v.label()), LABEL_FONT),
            v.detail().map(d -> TextWidth.of(TextWidth.clip(d), DETAIL_FONT)).orElse(0.0));
    double extra =
        switch (v.shape()) {
          case ACTOR -> GLYPH;
          case DATA -> 10;
          default -> 0;
        };
    double border = v.outsider() ? 8 : 0;
    double min = v.shape() == Shape.STUB ? 60 : 80;
    return round(Math.max(min, text + 2 * PAD + extra + border));
  }

  static double height(Vertex v) {
    double base = v.detail().isPresent() ? 42 : 30;
    double border = v.outsider() ? 6 : 0;
    return base + (v.shape() == Shape.STORE ? 2 * CAP : 0) + border;
  }

  /** The narrowest a zone box can be: its label must fit. */
  static double boxMinWidth(Box b) {
    return round(TextWidth.bold(TextWidth.clip(b.label()), BOX_FONT) + 2 * BOX_PAD);
  }

  static double linkLabelWidth(String label) {
    return round(TextWidth.of(TextWidth.clip(label), LINK_FONT) + 6);
  }

  static double linkLabelHeight() {
    return 14;
  }

  /** Rounded up to whole pixels, so that coordinates stay short and exact in the output. */
  static double round(double v) {
    return Math.ceil(v);
  }
}
