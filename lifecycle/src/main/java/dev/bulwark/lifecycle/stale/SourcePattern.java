package dev.bulwark.lifecycle.stale;

import dev.bulwark.lifecycle.stale.StaleResult.Cause;
import dev.bulwark.lifecycle.stale.StaleResult.Failure;
import dev.bulwark.model.Position;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of a model's {@code sources}, resolved against the model's folder into a test on
 * repository paths. A path names a file or a folder (everything below it). Segments after the first
 * one holding {@code *} or {@code ?} form a glob: {@code *} and {@code ?} stay within one segment,
 * {@code **} spans any number of segments; a glob matches a path or a folder above it. Every other
 * character is literal.
 *
 * @param written the entry as the model writes it
 * @param position where it is written
 * @param prefix the literal part, relative to the repository root ({@code ""} for the root)
 * @param glob the whole entry as a regular expression over repository paths, if it has wildcards
 */
record SourcePattern(String written, Position position, String prefix, Optional<Pattern> glob) {

  /** Whether a changed path, relative to the repository root, falls under this source. */
  boolean matches(String path) {
    if (glob.isPresent()) {
      return glob.get().matcher(path).matches();
    }
    return prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + "/");
  }

  /**
   * The entry resolved, or empty with the reason added to {@code failures}: an absolute path, a
   * path leaving the project root or the repository, or {@code ..} after a wildcard.
   *
   * @param folder the real path of the folder the model file is in
   * @param projectRoot the real path of the project root
   * @param workTree the real path of the repository's working tree
   */
  static Optional<SourcePattern> resolve(
      String written,
      Position position,
      Path folder,
      Path projectRoot,
      Path workTree,
      List<Failure> failures) {
    if (written.startsWith("/") || written.startsWith("\\") || written.matches("^[A-Za-z]:.*")) {
      return refuse(
          failures,
          position,
          "source '" + written + "' is an absolute path",
          "write it relative to the model's folder, so that it works on every checkout");
    }
    List<String> literal = new ArrayList<>();
    List<String> wild = new ArrayList<>();
    for (String segment : written.split("/")) {
      if (segment.isEmpty() || segment.equals(".") && wild.isEmpty()) {
        continue;
      }
      if (wild.isEmpty() && !isWild(segment)) {
        literal.add(segment);
      } else if (segment.equals("..") || segment.equals(".")) {
        return refuse(
            failures,
            position,
            "source '" + written + "' has '" + segment + "' after a wildcard",
            "put '..' before the first '*' or '?'");
      } else {
        wild.add(segment);
      }
    }
    Path target;
    try {
      target = folder.resolve(String.join("/", literal)).normalize();
    } catch (InvalidPathException e) {
      return refuse(failures, position, "source '" + written + "' is not a valid path", "");
    }
    if (!target.startsWith(projectRoot)) {
      return refuse(
          failures,
          position,
          "source '" + written + "' leads outside the project root " + projectRoot,
          "name paths inside the project, or set the root with --project-root");
    }
    if (!target.startsWith(workTree)) {
      return refuse(
          failures,
          position,
          "source '" + written + "' leads outside the git repository " + workTree,
          "a model can only describe sources in its own repository");
    }
    String prefix = workTree.relativize(target).toString().replace('\\', '/');
    Optional<Pattern> glob =
        wild.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(regex(prefix, wild)));
    return Optional.of(new SourcePattern(written, position, prefix, glob));
  }

  private static boolean isWild(String segment) {
    return segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0;
  }

  /** The regular expression for a literal prefix and glob segments, matching folders' contents. */
  static String regex(String prefix, List<String> wild) {
    StringBuilder out = new StringBuilder();
    if (!prefix.isEmpty()) {
      out.append(Pattern.quote(prefix)).append('/');
    }
    List<String> segments = new ArrayList<>(wild);
    // A trailing ** adds nothing: a folder already matches what lies below it.
    while (segments.size() > 1 && segments.getLast().equals("**")) {
      segments.removeLast();
    }
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      boolean last = i == segments.size() - 1;
      if (segment.equals("**")) {
        out.append(last ? ".*" : "(?:[^/]+/)*");
      } else {
        out.append(segmentRegex(segment)).append(last ? "" : "/");
      }
    }
    return out.append("(?:/.*)?").toString();
  }

  private static String segmentRegex(String segment) {
    StringBuilder out = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '*' || c == '?') {
        if (!literal.isEmpty()) {
          out.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        out.append(c == '*' ? "[^/]*" : "[^/]");
      } else {
        literal.append(c);
      }
    }
    if (!literal.isEmpty()) {
      out.append(Pattern.quote(literal.toString()));
    }
    return out.toString();
  }

  private static Optional<SourcePattern> refuse(
      List<Failure> failures, Position position, String message, String hint) {
    failures.add(new Failure(Cause.MODEL, position, message, hint));
    return Optional.empty();
  }
}
