package dev.bulwark.knowledge.mitre;

import java.util.regex.Pattern;

/** Turns catalogue prose into the short description an entry keeps. */
final class Text {
  /** ATT&CK's inline citations, e.g. {@code (Citation: Lee 2013)}. */
  private static final Pattern CITATION = Pattern.compile("\\s*\\(Citation:[^)]*\\)");

  /** Markdown links in ATT&CK prose: keep the words, drop the address. */
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)\\s]*\\)");

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private Text() {}

  /** The first non-blank paragraph (paragraphs end at a blank line), on one line. */
  static String firstParagraph(CharSequence text) {
    for (String paragraph : PARAGRAPH_BREAK.split(text)) {
      String line = normalise(paragraph);
      if (!line.isEmpty()) {
        return line;
      }
    }
    return "";
  }

  /** Like {@link #firstParagraph} for ATT&CK's Markdown prose. */
  static String firstParagraphOfMarkdown(String text) {
    return firstParagraph(LINK.matcher(CITATION.matcher(text).replaceAll("")).replaceAll("$1"));
  }

  static String normalise(CharSequence text) {
    return SPACE.matcher(text).replaceAll(" ").strip();
  }
}
