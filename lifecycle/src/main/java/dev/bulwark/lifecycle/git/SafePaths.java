package dev.bulwark.lifecycle.git;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Paths from a git tree checked before anything is written: a repository can hold names that git
 * itself would refuse to check out ({@code ..}, absolute paths, {@code .git}, backslashes that are
 * separators on Windows), crafted to write outside the folder.
 */
final class SafePaths {
  private SafePaths() {}

  /** Where {@code path} (from a tree) goes under {@code root}; empty when it is not safe. */
  static Optional<Path> inside(Path root, String path) {
    if (path.isEmpty()
        || path.startsWith("/")
        || path.indexOf('\\') >= 0
        || path.indexOf(':') >= 0
        || path.indexOf('\0') >= 0) {
      return Optional.empty();
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty()
          || segment.equals(".")
          || segment.equals("..")
          || segment.equalsIgnoreCase(".git")) {
        return Optional.empty();
      }
    }
    Path target = root.resolve(path).normalize();
    return target.startsWith(root) && !target.equals(root) ? Optional.of(target) : Optional.empty();
  }
}
