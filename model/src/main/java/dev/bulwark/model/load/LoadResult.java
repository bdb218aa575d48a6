package dev.bulwark.model.load;

import dev.bulwark.model.Model;
import dev.bulwark.model.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * A loaded model and everything wrong with it.
 *
 * @param model the composed model, present whenever the root file could be read, even when it has
 *     errors (so that a summary can still be shown)
 * @param problems every problem in every file, sorted by file, line and column
 * @param files the files read, root first
 */
public record LoadResult(Optional<Model> model, List<Problem> problems, List<String> files) {
  public LoadResult {
    problems = problems.stream().sorted(Problem.BY_POSITION).toList();
    files = List.copyOf(files);
  }

  /** Whether the model can be used: it was read and has no errors (warnings are allowed). */
  public boolean valid() {
    return model.isPresent() && errors().isEmpty();
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(problem -> !problem.isError()).toList();
  }
}
