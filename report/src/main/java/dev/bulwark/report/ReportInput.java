package dev.bulwark.report;

import dev.bulwark.analysis.RuleSet;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.knowledge.Countermeasures;
import dev.bulwark.knowledge.mitre.KnowledgeBase;
import dev.bulwark.model.Model;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.risk.Assessment;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a report is rendered from. Nothing here reads a clock or the file system, so that the
 * same input gives the same bytes in every format.
 *
 * @param modelFile the model's path relative to {@code sourceRoot} (forward slashes), printed
 * @param sourceRoot the project root: SARIF locations are relative to it; never printed
 * @param warnings the model's own quality warnings from validation
 * @param date the assessment date (acceptances expire against it)
 * @param generatedAt a timestamp to print, only when the user asks for one
 */
public record ReportInput(
    Model model,
    SystemView view,
    Assessment assessment,
    RuleSet rules,
    Countermeasures catalogue,
    KnowledgeBase kb,
    List<Problem> warnings,
    String modelFile,
    Path sourceRoot,
    LocalDate date,
    Optional<Instant> generatedAt) {
  public ReportInput {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(kb, "kb");
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(modelFile, "modelFile");
    Objects.requireNonNull(sourceRoot, "sourceRoot");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(generatedAt, "generatedAt");
  }
}
