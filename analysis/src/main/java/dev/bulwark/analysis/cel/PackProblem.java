package dev.bulwark.analysis.cel;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * A problem in a rule pack, or in a model's list of packs: where it is, a stable kebab-case code,
 * what is wrong and what to do. Every pack problem is an error: a pack with one is not applied.
 *
 * @param file the pack file (or the model file, for a bad {@code rules} entry)
 * @param line counting from 1; 0 when the problem concerns the whole file
 * @param column counting from 1 in code points; 0 when the problem concerns the whole file
 * @param code stable identifier, e.g. {@code cel-type-error}
 * @param message what is wrong, naming the rule and the value
 * @param hint what is allowed or what to do; empty when there is nothing useful to add
 */
public record PackProblem(
    Path file, int line, int column, String code, String message, String hint) {

  /** File, line, column, then code: the order in which problems are shown. */
  public static final Comparator<PackProblem> BY_POSITION =
      Comparator.comparing((PackProblem p) -> p.file().toString())
          .thenComparingInt(PackProblem::line)
          .thenComparingInt(PackProblem::column)
          .thenComparing(PackProblem::code)
          .thenComparing(PackProblem::message);

  public PackProblem {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
    }
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  /** A problem with a file as a whole: one that is missing, unreadable or too large. */
  static PackProblem ofFile(Path file, String code, String message, String hint) {
    return new PackProblem(file, 0, 0, code, message, hint);
  }

  /** {@code acme.yaml:12:9: error [cel-type-error] rule ACME-HTTP-001: … (hint)}. */
  @Override
  public String toString() {
    String where = line == 0 ? file.toString() : file + ":" + line + ":" + column;
    String text = where + ": error [" + code + "] " + message;
    return hint.isEmpty() ? text : text + " (" + hint + ")";
  }
}
