package dev.bulwark.cli;

import dev.bulwark.analysis.paths.AttackPaths;
import dev.bulwark.analysis.paths.AttackerProfile;
import dev.bulwark.analysis.paths.PathAnalysis;
import dev.bulwark.analysis.paths.PathOptions;
import dev.bulwark.analysis.paths.PathsJson;
import dev.bulwark.analysis.paths.PathsText;
import dev.bulwark.analysis.paths.ProfileException;
import dev.bulwark.analysis.paths.Profiles;
import dev.bulwark.model.problem.Suggestions;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bulwark paths FILE}: the easiest attack paths from each attacker profile to each jewel.
 */
@Command(
    name = "paths",
    mixinStandardHelpOptions = true,
    description = {
      "List the easiest attack paths of a model: for each attacker profile (built in, or from"
          + " --profiles) and each crown jewel (the most sensitive data and the components that"
          + " hold keys), the k paths of least difficulty, each step with its reasons.",
      "",
      "A step's difficulty comes from the flow's authentication, the trust it enters, the"
          + " controls in place, less the open threats of the analysis on it (docs/attack-paths.md)."
          + " The same input gives the same bytes.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the paths were listed (however easy they are)",
      "2:the model, a rule pack or the profiles file is invalid",
      "3:the command line is wrong (an unknown profile, --k out of range)",
      "4:a file could not be read or written"
    })
final class PathsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The model file (YAML or JSON).")
  Path file;

  @Option(
      names = "--profile",
      paramLabel = "ID",
      description = "Only this attacker profile; repeatable (default: every profile).")
  List<String> only = new ArrayList<>();

  @Option(
      names = "--profiles",
      paramLabel = "FILE",
      description =
          "A YAML file of attacker profiles, added to the built-in ones (one with a built-in id"
              + " replaces it).")
  Optional<Path> profilesFile;

  @Option(
      names = "--k",
      paramLabel = "N",
      defaultValue = "3",
      description = "Paths per profile and crown jewel, 1 to 10 (default: 3).")
  int k;

  @Option(
      names = "--jewels",
      paramLabel = "N",
      defaultValue = "3",
      description =
          "How many data assets and how many components are crown jewels, 1 to 20 (default: 3).")
  int jewels;

  @Option(
      names = "--against-flows",
      description =
          "Also let an attacker move from a flow's target back to its source, through what the"
              + " target sends back (off by default).")
  boolean againstFlows;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: text or json (default: text).")
  OutputFormat format;

  @Option(
      names = "-o",
      paramLabel = "PATH",
      description = "Write the output to this file (atomically) instead of standard output.")
  Optional<Path> output;

  @Mixin AnalysisOptions analysis;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PathOptions options;
    try {
      options = PathOptions.DEFAULT.withK(k).withJewels(jewels).withAgainstFlows(againstFlows);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    List<AttackerProfile> profiles;
    try {
      profiles =
          Profiles.merge(Profiles.builtIn(), profilesFile.map(Profiles::read).orElse(List.of()));
    } catch (ProfileException e) {
      e.problems().forEach(p -> err.println(p.replaceFirst(": ", ": error: ")));
      err.println(profilesFile.orElseThrow() + ": invalid profiles file; nothing analysed");
      err.flush();
      return ExitCode.INVALID_MODEL;
    } catch (UncheckedIOException e) {
      String why =
          e.getCause() instanceof NoSuchFileException
              ? "no such file"
              : String.valueOf(e.getCause().getMessage());
      err.println("bulwark: " + e.getMessage() + ": " + why);
      err.flush();
      return ExitCode.FAILURE;
    }
    List<AttackerProfile> chosen = choose(profiles);
    Analysis run;
    try {
      run = Analysis.run(file, analysis, err);
    } catch (Analysis.Failed e) {
      return e.exitCode;
    }
    PathAnalysis paths =
        AttackPaths.analyse(run.view(), run.assessment().worstOpenSeverity(), chosen, options);
    String rendered = format == OutputFormat.JSON ? PathsJson.write(paths) : PathsText.write(paths);
    if (output.isPresent()) {
      Outputs.writeAtomically(output.get(), rendered);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(rendered);
      out.flush();
    }
    return run.broken() ? ExitCode.INVALID_MODEL : ExitCode.OK;
  }

  /** The profiles named by --profile, in the order given; all of them when none is named. */
  private List<AttackerProfile> choose(List<AttackerProfile> profiles) {
    if (only.isEmpty()) {
      return profiles;
    }
    List<String> ids = profiles.stream().map(AttackerProfile::id).toList();
    List<AttackerProfile> chosen = new ArrayList<>();
    for (String id : only) {
      int at = ids.indexOf(id);
      if (at < 0) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "no attacker profile '" + id + "'; " + Suggestions.hintWithAllowed(id, ids));
      }
      if (!chosen.contains(profiles.get(at))) {
        chosen.add(profiles.get(at));
      }
    }
    return chosen;
  }
}
