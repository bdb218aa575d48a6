package dev.bulwark.report.diagram;

/**
 * Model ids turned into id fragments safe in HTML, SVG and URLs: letters, digits and '-' stay,
 * every other character becomes {@code _} and its hex code, so that two ids never meet.
 */
final class Anchors {
  private Anchors() {}

  static String encode(String id) {
    StringBuilder out = new StringBuilder(id.length() + 8);
    id.codePoints()
        .forEach(c -> {
          if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-')) {
            out.append((char) c);
          } else {
            out.append('_').append(Integer.toHexString(c)).append('_');
          }
        });
    return out.toString();
  }
}
