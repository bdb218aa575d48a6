package dev.bulwark.interop;

import dev.bulwark.model.Model;
import dev.bulwark.model.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What importing a file gave: the model, unless an error made the file unusable, and every problem
 * found, including the {@code not-mapped} warnings for the parts left out.
 */
public record Imported(Optional<Model> model, List<Problem> problems) {
  public Imported {
    problems = List.copyOf(problems);
  }

  /** Whether the file could not be turned into a model. */
  public boolean failed() {
    return model.isEmpty() || problems.stream().anyMatch(Problem::isError);
  }
}
