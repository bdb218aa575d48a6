package dev.bulwark.model.load;

import dev.bulwark.model.parse.ParseLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to load a model.
 *
 * @param limits the parser's limits
 * @param projectRoot imports may not leave this folder; when empty, the nearest folder above the
 *     model that holds {@code .git}, else the model's own folder
 * @param templates the organisation's template folders, searched in order after the project's
 *     {@code .bulwark/templates/} and before the shipped templates
 */
public record LoadOptions(ParseLimits limits, Optional<Path> projectRoot, List<Path> templates) {
  public static final LoadOptions DEFAULTS =
      new LoadOptions(ParseLimits.DEFAULTS, Optional.empty(), List.of());

  public LoadOptions {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(projectRoot, "projectRoot");
    templates = List.copyOf(templates);
  }

  public LoadOptions withLimits(ParseLimits value) {
    return new LoadOptions(value, projectRoot, templates);
  }

  public LoadOptions withProjectRoot(Path value) {
    return new LoadOptions(limits, Optional.of(value), templates);
  }

  public LoadOptions withTemplates(List<Path> folders) {
    return new LoadOptions(limits, projectRoot, folders);
  }
}
