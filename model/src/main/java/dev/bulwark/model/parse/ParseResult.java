package dev.bulwark.model.parse;

import dev.bulwark.model.Model;
import dev.bulwark.model.problem.Problem;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What parsing one file gave.
 *
 * @param model the model, when the file could be read and its root bound
 * @param problems every problem found, in the order found
 * @param unboundIds ids of elements dropped because of their problems; references to them are not
 *     reported again
 */
public record ParseResult(Optional<Model> model, List<Problem> problems, Set<String> unboundIds) {
  public ParseResult {
    problems = List.copyOf(problems);
    unboundIds = Set.copyOf(unboundIds);
  }
}
