package dev.bulwark.model.problem;

import dev.bulwark.model.Position;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in a model file.
 *
 * @param type what kind of problem, with its stable code and level
 * @param position where it is
 * @param message what is wrong, naming the element and the value
 * @param hint what is allowed or what to do; empty when there is nothing useful to add
 */
public record Problem(ProblemType type, Position position, String message, String hint) {

  /** File, line, column, then code: the order in which problems are shown. */
  public static final Comparator<Problem> BY_POSITION =
      Comparator.comparing(Problem::position)
          .thenComparing(problem -> problem.type().code())
          .thenComparing(Problem::message);

  public Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  public Problem(ProblemType type, Position position, String message) {
    this(type, position, message, "");
  }

  public Level level() {
    return type.level();
  }

  public boolean isError() {
    return type.level() == Level.ERROR;
  }

  /** {@code shop.yaml:12:9: error [dangling-reference] flow 'checkout' … (hint)}. */
  @Override
  public String toString() {
    String levelWord = isError() ? "error" : "warning";
    String text = position + ": " + levelWord + " [" + type.code() + "] " + message;
    return hint.isEmpty() ? text : text + " (" + hint + ")";
  }
}
