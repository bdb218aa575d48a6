package dev.bulwark.cli;

import dev.bulwark.knowledge.Countermeasures;
import dev.bulwark.lifecycle.plan.Plan;
import dev.bulwark.lifecycle.plan.PlanFormat;
import dev.bulwark.lifecycle.plan.PlanPolicy;
import dev.bulwark.lifecycle.plan.PlanPolicyReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark plan FILE}: the risk tier, the activities it requires, the requirements. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Plan the security work a system needs: its risk tier with the reasons (business"
          + " criticality, exposure, data sensitivity, compliance, open threats), the security"
          + " activities the tier requires, and the security requirements for developers (the"
          + " model's mitigations and the catalogue's countermeasures for its threats, each with"
          + " how to verify it and its ASVS reference).",
      "",
      "Tiers, points and activities come from a policy file (--policy); without one the built-in"
          + " policy applies (--print-default-policy shows it; docs/plan.md explains it).",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the plan was written",
      "2:the model or the policy is invalid",
      "3:the command line is wrong",
      "4:a file could not be read or written"
    })
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The model file (YAML or JSON).")
  Path file;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "The organisation's plan policy (YAML or JSON; default: the built-in one).")
  Optional<Path> policyFile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "Output: text, markdown or json (default: text).")
  PlanFormat format;

  @Option(
      names = "-o",
      paramLabel = "PATH",
      description = "Write the plan to this file (atomically) instead of standard output.")
  Optional<Path> output;

  @Option(
      names = "--print-default-policy",
      description = "Print the built-in policy (a starting point for your own) and exit.")
  boolean printDefaultPolicy;

  @Mixin AnalysisOptions analysis;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (printDefaultPolicy) {
      out.print(PlanPolicy.defaultText());
      out.flush();
      return ExitCode.OK;
    }
    if (file == null) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'FILE'");
    }
    Optional<PlanPolicy> policy = policy(err);
    if (policy.isEmpty()) {
      return ExitCode.INVALID_MODEL;
    }
    Analysis run;
    try {
      run = Analysis.run(file, analysis, err);
    } catch (Analysis.Failed e) {
      return e.exitCode;
    }
    Plan plan =
        Plan.of(run.model(), run.view(), run.assessment(), policy.get(), Countermeasures.builtIn());
    String rendered = format.render(plan);
    if (output.isPresent()) {
      Outputs.writeAtomically(output.get(), rendered);
    } else {
      out.print(rendered);
      out.flush();
    }
    return run.broken() ? ExitCode.INVALID_MODEL : ExitCode.OK;
  }

  private Optional<PlanPolicy> policy(PrintWriter err) {
    if (policyFile.isEmpty()) {
      return Optional.of(PlanPolicy.defaults());
    }
    Path path = policyFile.get();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      err.println(path + ": error: cannot read the policy file: " + e.getMessage());
      err.flush();
      return Optional.empty();
    }
    PlanPolicyReader.Read read = PlanPolicyReader.read(path.toString(), bytes);
    read.problems().forEach(err::println);
    if (read.policy().isEmpty()) {
      err.println(path + ": invalid plan policy; no plan written (see docs/plan.md)");
    }
    err.flush();
    return read.policy();
  }

  /** Accepts the formats in any case. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<PlanFormat> {
    @Override
    public PlanFormat convert(String value) {
      for (PlanFormat f : PlanFormat.values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not a format: text, markdown or json");
    }
  }
}
