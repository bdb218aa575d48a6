package dev.bulwark.model.load;

import dev.bulwark.model.parse.ParseLimits;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to load a model.
 *
 * @param limits the parser's limits
 * @param projectRoot imports may not leave this folder; when empty, the nearest folder above the
 *     model that holds {@code .git}, else the model's own folder
 */
public record LoadOptions(ParseLimits limits, Optional<Path> projectRoot) {
  public static final LoadOptions DEFAULTS =
      new LoadOptions(ParseLimits.DEFAULTS, Optional.empty());

  public LoadOptions {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(projectRoot, "projectRoot");
  }

  public LoadOptions withLimits(ParseLimits value) {
    return new LoadOptions(value, projectRoot);
  }

  public LoadOptions withProjectRoot(Path value) {
    return new LoadOptions(limits, Optional.of(value));
  }
}
