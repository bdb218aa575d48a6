package dev.bulwark.lifecycle.diff;

/** The output formats of a diff (docs/diff.md). */
public enum DiffFormat {
  /** For a terminal: every change, one line each. */
  TEXT,
  /** For a pull-request comment: short, capped, escaped. */
  MARKDOWN,
  /** For programs: the whole diff, schema {@code bulwark-diff-1}. */
  JSON;

  public String render(ModelDiff diff) {
    return switch (this) {
      case TEXT -> DiffText.render(diff);
      case MARKDOWN -> DiffMarkdown.render(diff);
      case JSON -> DiffJson.render(diff);
    };
  }
}
