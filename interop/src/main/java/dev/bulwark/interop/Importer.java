package dev.bulwark.interop;

import dev.bulwark.model.parse.ParseLimits;

/**
 * Reads one peer tool's format into a Bulwark model. An importer maps what it can; everything it
 * cannot map is a {@code not-mapped} warning with its place in the source file, so nothing is
 * dropped silently. Positions of the imported model's elements point into the source file.
 */
public interface Importer {
  /** The format's name for {@code --from}, e.g. {@code threat-dragon}. */
  String name();

  /** The format in prose, for help and messages, e.g. {@code OWASP Threat Dragon v1/v2 JSON}. */
  String title();

  /**
   * Whether a file looks like this format; cheap: looks at the extension and {@link Source#head()}.
   */
  boolean recognises(Source source);

  /** Reads the file; never throws for bad input, which becomes errors in the result. */
  Imported read(Source source, ParseLimits limits);
}
