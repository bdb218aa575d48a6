package dev.bulwark.report;

import dev.bulwark.analysis.RuleSet;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.analysis.cel.RuleLayers;
import dev.bulwark.analysis.rules.BuiltinRules;
import dev.bulwark.knowledge.Countermeasures;
import dev.bulwark.knowledge.mitre.KnowledgeBase;
import dev.bulwark.model.Model;
import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.risk.Assessment;
import dev.bulwark.risk.Assessor;
import dev.bulwark.risk.RiskMatrix;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Report inputs for tests: the repository's examples and a hostile model, analysed as `bulwark
 * report` does, on a fixed date so that output is reproducible.
 */
public final class ReportFixtures {
  /** The date every golden report is made on. */
  public static final LocalDate DATE = LocalDate.of(2026, 11, 22);

  /** The examples, by name, relative to the repository root. */
  public static final List<String> EXAMPLES =
      List.of("online-shop", "microservices-k8s", "iot-fleet");

  private ReportFixtures() {}

  /** The repository root, seen from a module's working directory. */
  public static Path repository() {
    return Path.of("..").toAbsolutePath().normalize();
  }

  /** An example's report input; its file is named relative to the repository root. */
  public static ReportInput example(String name) {
    return analyse(repository().resolve("examples").resolve(name).resolve("bulwark.yaml"));
  }

  /** A model written to break every output format: markup, quotes, formulas in its text. */
  public static ReportInput hostile() {
    return analyse(repository().resolve("report/src/test/resources/hostile/bulwark.yaml"));
  }

  /** Analyses a model built in code, with the built-in rules. */
  public static ReportInput analyse(Model model) {
    SystemView view = SystemView.of(model);
    RuleSet rules = BuiltinRules.ruleSet();
    Assessment assessment = new Assessor(rules, RiskMatrix.DEFAULT, DATE).assess(model, view);
    return new ReportInput(
        model,
        view,
        assessment,
        rules,
        Countermeasures.builtIn(),
        KnowledgeBase.empty(),
        List.of(),
        model.id() + ".yaml",
        repository(),
        DATE,
        Optional.empty());
  }

  /** Analyses a model file as the CLI does, with the built-in rules and no knowledge base. */
  public static ReportInput analyse(Path file) {
    LoadResult loaded = ModelLoader.load(file, LoadOptions.DEFAULTS);
    Model model =
        loaded
            .model()
            .filter(m -> loaded.valid())
            .orElseThrow(() -> new IllegalArgumentException(file + ": " + loaded.errors()));
    RuleSet rules =
        RuleLayers.resolve(
                BuiltinRules.ruleSet(),
                List.of(),
                model,
                file,
                ModelLoader.projectRoot(file, LoadOptions.DEFAULTS))
            .rules();
    SystemView view = SystemView.of(model);
    Assessment assessment = new Assessor(rules, RiskMatrix.DEFAULT, DATE).assess(model, view);
    return new ReportInput(
        model,
        view,
        assessment,
        rules,
        Countermeasures.builtIn(),
        KnowledgeBase.empty(),
        loaded.warnings(),
        repository().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/'),
        repository(),
        DATE,
        Optional.empty());
  }
}
