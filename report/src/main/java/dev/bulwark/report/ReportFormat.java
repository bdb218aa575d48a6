package dev.bulwark.report;

import java.util.Locale;

/** The formats `bulwark report` writes, with the file extension each gets in an output folder. */
public enum ReportFormat {
  HTML("html"),
  MD("md"),
  JSON("json"),
  SARIF("sarif"),
  CSV("csv"),
  PDF("pdf"),
  DOT("dot"),
  MERMAID("mmd");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The extension, without the dot: {@code report.sarif}, {@code report.mmd}. */
  public String extension() {
    return extension;
  }

  /** The name users type: {@code html}, {@code md}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the output is text (UTF-8); only PDF is not. */
  public boolean isText() {
    return this != PDF;
  }
}
