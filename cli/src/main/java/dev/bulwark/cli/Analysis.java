package dev.bulwark.cli;

import dev.bulwark.analysis.RuleSet;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.analysis.cel.PackProblem;
import dev.bulwark.analysis.cel.RuleLayers;
import dev.bulwark.analysis.rules.BuiltinRules;
import dev.bulwark.interop.tmt.TemplatePacks;
import dev.bulwark.knowledge.mitre.KbException;
import dev.bulwark.knowledge.mitre.KnowledgeBase;
import dev.bulwark.knowledge.mitre.KnowledgeStore;
import dev.bulwark.model.Model;
import dev.bulwark.model.Wire;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.model.problem.Level;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import dev.bulwark.risk.Assessment;
import dev.bulwark.risk.Assessor;
import dev.bulwark.risk.RiskMatrix;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The analysis every reading command shares: load and validate, resolve rule layers, assess, and
 * open the knowledge base. Problems are printed to {@code err}; a failure carries its exit code.
 */
record Analysis(
    Path file,
    LoadResult loaded,
    Model model,
    SystemView view,
    RuleSet rules,
    Assessment assessment,
    List<PackProblem> failures,
    KnowledgeBase kb,
    LocalDate date) {

  /** A run that could not produce an analysis, with the exit code to return. */
  static final class Failed extends Exception {
    final int exitCode;

    Failed(int exitCode) {
      super(null, null, false, false);
      this.exitCode = exitCode;
    }
  }

  static Analysis run(Path file, AnalysisOptions options, PrintWriter err) throws Failed {
    LoadResult loaded = ModelFiles.load(file, options.limits.loadOptions());
    // another tool's file was imported: say what it left out
    loaded.warnings().stream()
        .filter(problem -> problem.type() == ProblemType.NOT_MAPPED)
        .forEach(err::println);
    return run(file, loaded, options, err);
  }

  /** The analysis of a model already loaded from {@code file}. */
  static Analysis run(Path file, LoadResult loaded, AnalysisOptions options, PrintWriter err)
      throws Failed {
    return of(
        file, loaded, ModelLoader.projectRoot(file, options.limits.loadOptions()), options, err);
  }

  /**
   * The analysis of a model already loaded (for example from a git revision, whose files lie in a
   * temporary folder that {@code projectRoot} names).
   */
  static Analysis of(
      Path file, LoadResult loaded, Path projectRoot, AnalysisOptions options, PrintWriter err)
      throws Failed {
    if (!loaded.valid()) {
      for (Problem problem : loaded.errors()) {
        err.println(
            problem.position() + ": error [" + problem.type().code() + "] " + problem.message());
      }
      err.println(file + ": invalid model; nothing analysed (see `bulwark validate`)");
      throw failed(err, ExitCode.INVALID_MODEL);
    }
    Model model = loaded.model().orElseThrow();
    RiskMatrix matrix;
    try {
      matrix = options.matrix.map(RiskMatrix::read).orElse(RiskMatrix.DEFAULT);
    } catch (RiskMatrix.MatrixException e) {
      err.println("error: " + e.getMessage());
      throw failed(err, ExitCode.INVALID_MODEL);
    }
    RuleLayers.Resolution layers =
        RuleLayers.resolve(
            BuiltinRules.ruleSet(),
            options.rulePacks,
            model,
            file,
            projectRoot,
            TemplatePacks.READER);
    if (layers.hasProblems()) {
      layers.problems().forEach(err::println);
      err.println(file + ": a rule pack is invalid; nothing analysed (see docs/rule-packs.md)");
      throw failed(err, ExitCode.INVALID_MODEL);
    }
    LocalDate date = options.today.orElseGet(LocalDate::now);
    SystemView view = SystemView.of(model);
    Assessment assessment = new Assessor(layers.rules(), matrix, date).assess(model, view);
    List<PackProblem> failures = layers.evaluationProblems(view);
    failures.forEach(err::println);
    for (RuleLayers.Removal removal : layers.overrides()) {
      err.println(
          "note: "
              + removal.rule()
              + " "
              + Wire.name(removal.action())
              + removal.replacement().map(r -> " by " + r).orElse("")
              + " in "
              + removal.pack()
              + ":"
              + removal.line()
              + " ("
              + removal.reason()
              + ")");
    }
    KnowledgeBase kb;
    try {
      kb =
          options.noKb
              ? KnowledgeBase.empty()
              : new KnowledgeStore(options.kbDirectory.orElseGet(KnowledgeStore::defaultDirectory))
                  .load();
    } catch (KbException e) {
      err.println("error: the knowledge directory cannot be used: " + e.getMessage());
      err.println("    (--no-kb analyses without it)");
      throw failed(err, ExitCode.FAILURE);
    }
    err.flush();
    return new Analysis(file, loaded, model, view, layers.rules(), assessment, failures, kb, date);
  }

  /** Whether a rule failed at run time or a notice is an error: the exit code is then 2. */
  boolean broken() {
    return !failures.isEmpty()
        || assessment.notices().stream().anyMatch(n -> n.level() == Level.ERROR);
  }

  private static Failed failed(PrintWriter err, int exitCode) {
    err.flush();
    return new Failed(exitCode);
  }
}
