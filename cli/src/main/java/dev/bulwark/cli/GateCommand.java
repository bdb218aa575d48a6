package dev.bulwark.cli;

import dev.bulwark.analysis.cel.PackProblem;
import dev.bulwark.knowledge.Countermeasures;
import dev.bulwark.lifecycle.gate.Baseline;
import dev.bulwark.lifecycle.gate.Gate;
import dev.bulwark.lifecycle.gate.GateExtensions;
import dev.bulwark.lifecycle.gate.GateFinding;
import dev.bulwark.lifecycle.gate.GateInput;
import dev.bulwark.lifecycle.gate.GateResult;
import dev.bulwark.lifecycle.gate.ModelErrors;
import dev.bulwark.lifecycle.gate.Policy;
import dev.bulwark.lifecycle.gate.PolicyReader;
import dev.bulwark.lifecycle.gate.PortfolioLoss;
import dev.bulwark.lifecycle.git.Revisions;
import dev.bulwark.lifecycle.stale.StalenessGate;
import dev.bulwark.model.Position;
import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportInput;
import dev.bulwark.report.SourcePaths;
import dev.bulwark.report.junit.GateJunit;
import dev.bulwark.report.markdown.GateSummary;
import dev.bulwark.report.money.MoneySection;
import dev.bulwark.report.sarif.GateSarif;
import dev.bulwark.risk.fair.Mode;
import dev.bulwark.risk.fair.Settings;
import dev.bulwark.risk.fair.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark gate FILE}: judges a model against a policy, for CI. */
@Command(
    name = "gate",
    mixinStandardHelpOptions = true,
    description = {
      "Judge a model against a policy, for CI: analyse it as `analyze` does, then run the"
          + " policy's checks (open threats at or above a severity, new threats compared with a"
          + " base, expired acceptances, stale triage entries, missing owners, a residual-risk"
          + " budget, a budget in money from the FAIR scenarios). Without --policy the default"
          + " policy of docs/gate.md applies.",
      "",
      "Prints one line per check; --sarif, --junit and --summary write the verdict for code"
          + " scanning, test reports and the job summary (docs/ci.md).",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every check of the policy passed (or was skipped)",
      "1:a check failed: the policy is violated",
      "2:the model, the policy, a rule pack or the risk matrix is invalid",
      "3:the command line is wrong, or --base names a revision this build cannot read",
      "4:an output file could not be written, or the base revision could not be read"
    })
final class GateCommand implements Callable<Integer> {
  /** How {@code --base REV} reads the model at a git revision: with JGit, no git binary. */
  static final BaseRevisions REVISIONS = Revisions::load;

  /**
   * How {@code max-annual-loss} is simulated: the HTML report's settings (product mode, its seed
   * and iterations), so that the gate is deterministic and agrees with the report's figure.
   */
  static final Settings LOSS_SETTINGS =
      new Settings(Mode.PRODUCT, MoneySection.SEED, MoneySection.ITERATIONS);

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The model file (YAML or JSON).")
  Path file;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "The gate policy (YAML or JSON; docs/gate.md). Default: the default policy.")
  Optional<Path> policyFile;

  @Option(
      names = "--base",
      paramLabel = "REV|FILE",
      description =
          "What new-threats compares with: a model file, or a git revision of FILE (read with"
              + " JGit, imports from the same revision).")
  Optional<String> base;

  @Option(names = "--sarif", paramLabel = "FILE", description = "Write a SARIF 2.1.0 log here.")
  Optional<Path> sarif;

  @Option(
      names = "--junit",
      paramLabel = "FILE",
      description = "Write a JUnit XML report here: one test case per check.")
  Optional<Path> junit;

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      description = "Write a Markdown summary here (e.g. \"$GITHUB_STEP_SUMMARY\"); replaces it.")
  Optional<Path> summary;

  @Option(
      names = {"--colour", "--color"},
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "Colour the text output: auto, always or never (default: auto).")
  Terminal.ColourMode colour;

  @Mixin AnalysisOptions analysis;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Policy> policy = policy(err);
    if (policy.isEmpty()) {
      err.flush();
      return ExitCode.INVALID_MODEL;
    }
    LoadOptions options = analysis.limits.loadOptions();
    Path root = ModelLoader.projectRoot(file, options).toAbsolutePath();
    LoadResult loaded = ModelFiles.load(file, options);
    Analysis run;
    try {
      run = Analysis.run(file, loaded, analysis, err);
    } catch (Analysis.Failed e) {
      if (e.exitCode != ExitCode.INVALID_MODEL) {
        return e.exitCode;
      }
      GateResult rejected = Gate.rejected(policy.get(), file.toString(), errors(loaded), base);
      return finish(rejected, Optional.empty(), root, err);
    }
    Optional<Baseline> baseline;
    try {
      baseline = baseline(policy.get(), run, options, err);
    } catch (BaseRevisions.RevisionException e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return ExitCode.FAILURE;
    }
    GateInput input =
        new GateInput(
            file,
            run.model(),
            run.assessment(),
            loaded.warnings(),
            run.failures().stream().map(GateCommand::finding).toList(),
            baseline);
    GateExtensions extensions =
        GateExtensions.NONE
            .withStaleness(StalenessGate.probe(root))
            .withLoss(new PortfolioLoss(LOSS_SETTINGS, Simulator.allProcessors()));
    GateResult result = Gate.run(policy.get(), input, extensions);
    Optional<Digest> digest =
        sarif.map(s ->
            Digest.of(
                new ReportInput(
                    run.model(),
                    run.view(),
                    run.assessment(),
                    run.rules(),
                    Countermeasures.builtIn(),
                    run.kb(),
                    loaded.warnings(),
                    SourcePaths.relative(root, file.toString()),
                    root,
                    run.date(),
                    Optional.empty())));
    return finish(result, digest, root, err);
  }

  /** The policy given, or the default; empty (problems printed) when it is invalid. */
  private Optional<Policy> policy(PrintWriter err) {
    if (policyFile.isEmpty()) {
      return Optional.of(Policy.defaults());
    }
    Path path = policyFile.get();
    PolicyReader.Read read;
    try {
      read = PolicyReader.read(path.toString(), Files.readAllBytes(path));
    } catch (IOException e) {
      read =
          new PolicyReader.Read(
              Optional.empty(),
              List.of(
                  new Problem(
                      ProblemType.FILE_UNREADABLE,
                      Position.startOf(path.toString()),
                      "cannot read the policy: " + e.getMessage())));
    }
    read.problems().forEach(err::println);
    if (read.policy().isEmpty()) {
      err.println(path + ": invalid policy; nothing judged (see docs/gate.md)");
    }
    return read.policy();
  }

  private Optional<Baseline> baseline(
      Policy policy, Analysis run, LoadOptions options, PrintWriter err) {
    if (base.isEmpty()) {
      return Optional.empty();
    }
    if (policy.newThreats().isEmpty()) {
      err.println("note: --base is not used: the policy has no new-threats check");
      return Optional.empty();
    }
    Baseline baseline =
        GateBase.resolve(
            base.get(),
            file,
            options,
            REVISIONS,
            run.rules(),
            run.assessment().matrix(),
            run.date());
    if (baseline instanceof Baseline.Unknown unknown) {
      err.println("warning: the base " + unknown.label() + " " + unknown.reason());
    } else if (baseline instanceof Baseline.Absent absent) {
      err.println(
          "note: " + absent.reason() + ": the model is new, so every open threat counts as new");
    }
    return Optional.of(baseline);
  }

  /** Prints the verdict, writes the files asked for, and says how to exit. */
  private int finish(GateResult result, Optional<Digest> digest, Path root, PrintWriter err) {
    PrintWriter out = spec.commandLine().getOut();
    out.print(GateText.render(result, new Style(Terminal.colour(colour))));
    out.flush();
    try {
      if (sarif.isPresent()) {
        GateSarif writer = new GateSarif(BulwarkCommand.Version.number());
        Outputs.writeAtomically(sarif.get(), w -> writer.render(result, digest, root, w));
      }
      if (junit.isPresent()) {
        Outputs.writeAtomically(junit.get(), w -> GateJunit.write(result, root, w));
      }
      if (summary.isPresent()) {
        Outputs.writeAtomically(summary.get(), GateSummary.render(result, root));
      }
    } catch (IOException e) {
      err.println("error: cannot write the gate's output: " + e.getMessage());
      err.flush();
      return ExitCode.FAILURE;
    }
    err.flush();
    return switch (result.verdict()) {
      case PASSED -> ExitCode.OK;
      case VIOLATED -> ExitCode.POLICY_VIOLATED;
      case INVALID -> ExitCode.INVALID_MODEL;
    };
  }

  /** The errors that stopped the analysis; a rule pack's or the matrix's were printed above. */
  private List<GateFinding> errors(LoadResult loaded) {
    if (!loaded.valid()) {
      return loaded.errors().stream().map(ModelErrors::finding).toList();
    }
    return List.of(
        new GateFinding(
            Position.startOf(file.toString()),
            "a rule pack or the risk matrix is invalid; its errors are printed by bulwark analyze",
            "analysis-failed"));
  }

  private static GateFinding finding(PackProblem p) {
    return new GateFinding(
        new Position(p.file().toString(), Math.max(1, p.line()), Math.max(1, p.column())),
        "error [" + p.code() + "] " + p.message(),
        p.code() + ":" + p.message());
  }
}
