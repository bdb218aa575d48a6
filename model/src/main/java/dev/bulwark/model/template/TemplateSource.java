package dev.bulwark.model.template;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a template comes from.
 *
 * @param name the name models import it by
 * @param file the name used in positions: the path for a folder's template, {@code
 *     <shipped>/NAME.yaml} for one shipped with Bulwark
 * @param path the file, for a folder's template; empty for a shipped one (a class-path resource)
 * @param origin where it was found, for listings: the folder, or "shipped"
 */
public record TemplateSource(String name, String file, Optional<Path> path, String origin) {
  public TemplateSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(origin, "origin");
  }

  public boolean shipped() {
    return path.isEmpty();
  }
}
