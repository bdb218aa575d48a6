package dev.bulwark.interop.threagile;

import java.util.regex.Pattern;

/** Threagile titles carry HTML markup for its PDF report ({@code <b>...</b>}); Bulwark's do not. */
final class Html {
  private static final Pattern TAG = Pattern.compile("<[^<>]{0,200}>");

  private Html() {}

  static String strip(String text) {
    String plain = TAG.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
    return plain.isEmpty() ? text.strip() : plain;
  }
}
