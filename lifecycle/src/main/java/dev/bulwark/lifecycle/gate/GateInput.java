package dev.bulwark.lifecycle.gate;

import dev.bulwark.model.Model;
import dev.bulwark.model.problem.Level;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.risk.Assessment;
import dev.bulwark.risk.Notice;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the checks judge: a valid model, its assessment, what validation and the rules said about
 * it, and the base to compare with.
 *
 * @param file the model file as the user named it
 * @param problems the loader's problems: warnings only, since the model is valid
 * @param ruleFailures rules of a pack that failed while running, as findings (they make the
 *     analysis incomplete, so they count as model errors)
 * @param base absent when no {@code --base} was given
 */
public record GateInput(
    Path file,
    Model model,
    Assessment assessment,
    List<Problem> problems,
    List<GateFinding> ruleFailures,
    Optional<Baseline> base) {
  public GateInput {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(assessment, "assessment");
    problems = List.copyOf(problems);
    ruleFailures = List.copyOf(ruleFailures);
    Objects.requireNonNull(base, "base");
  }

  /** An input without base, validation warnings or rule failures; for tests and simple callers. */
  public static GateInput of(Path file, Model model, Assessment assessment) {
    return new GateInput(file, model, assessment, List.of(), List.of(), Optional.empty());
  }

  /** This input compared with {@code base}. */
  public GateInput withBase(Baseline base) {
    return new GateInput(file, model, assessment, problems, ruleFailures, Optional.of(base));
  }

  /**
   * Whether the analysis is broken although the model loaded: a rule failed, or a notice is an
   * error (an unreadable CVSS vector). The gate then exits as for an invalid model.
   */
  public boolean broken() {
    return !ruleFailures.isEmpty()
        || problems.stream().anyMatch(Problem::isError)
        || assessment.notices().stream().anyMatch(n -> n.level() == Level.ERROR);
  }

  /** The assessment's notices with {@code code}. */
  List<Notice> notices(String code) {
    return assessment.notices().stream().filter(n -> n.code().equals(code)).toList();
  }
}
