package dev.bulwark.report.diagram;

/**
 * Width of text in a sans-serif font, estimated per character: layout must not depend on the fonts
 * installed (the same model gives the same picture everywhere), and the estimate errs on the wide
 * side so that text stays inside its shape in common fonts (DejaVu Sans, Arial, Liberation Sans).
 */
final class TextWidth {
  private TextWidth() {}

  /**
   * The longest label drawn in full; longer ones end in an ellipsis (the tooltip has them whole).
   */
  static final int MAX_CHARS = 40;

  /** Estimated width in pixels of {@code text} at {@code size} pixels. */
  static double of(String text, double size) {
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowSurrogate(c)) {
        continue;
      }
      em += em(c);
    }
    return em * size;
  }

  /** Estimated width of bold text, which runs about a tenth wider. */
  static double bold(String text, double size) {
    return of(text, size) * 1.1;
  }

  /** The text cut to {@link #MAX_CHARS} characters (not splitting a surrogate pair), else as is. */
  static String clip(String text) {
    return clip(text, MAX_CHARS);
  }

  /** The text cut to {@code max} characters, ending in an ellipsis when it was longer. */
  static String clip(String text, int max) {
    String flat = text.replace('\n', ' ').replace('\r', ' ');
    if (flat.codePointCount(0, flat.length()) <= max) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "…";
  }

  private static double em(char c) {
    if (c == ' ' || "il.,:;'|!()[]{}`jtfrI".indexOf(c) >= 0) {
      return 0.36;
    }
    if (c >= '0' && c <= '9') {
      return 0.58;
    }
    if ("mwMW@%".indexOf(c) >= 0) {
      return 0.92;
    }
    if (c >= 'A' && c <= 'Z') {
      return 0.7;
    }
    if (c < 0x80) {
      return 0.58;
    }
    // CJK and other wide scripts take a full em; most others are close to Latin capitals.
    return Character.isIdeographic(c) || c >= 0x1100 && c <= 0x11FF ? 1.0 : 0.75;
  }
}
