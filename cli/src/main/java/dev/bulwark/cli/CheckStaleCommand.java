package dev.bulwark.cli;

import dev.bulwark.lifecycle.stale.StaleReport;
import dev.bulwark.lifecycle.stale.StaleResult;
import dev.bulwark.lifecycle.stale.Staleness;
import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.model.problem.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark check-stale FILE}: did what the model describes change after its review? */
@Command(
    name = "check-stale",
    mixinStandardHelpOptions = true,
    description = {
      "Say whether a model is stale: whether the source paths it describes ('sources') changed in"
          + " the git history after its last review ('reviewed'). Imported sub-models are judged"
          + " too, each by its own review date.",
      "",
      "The history is read from the repository holding the model (no git program needed);"
          + " uncommitted changes do not count. See docs/staleness.md.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:fresh, or the model names no sources",
      "1:stale: a described source changed after the review",
      "2:the model is invalid, names sources without a review date, or a source path is wrong",
      "3:the command line is wrong",
      "4:the history cannot be read: no repository, no commit, a shallow clone"
    })
final class CheckStaleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The model file (YAML or JSON).")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: text or json (default: text).")
  OutputFormat format;

  @Mixin LimitOptions limits;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadOptions options = limits.loadOptions();
    LoadResult loaded = ModelLoader.load(file, options);
    if (!loaded.valid()) {
      for (Problem problem : loaded.errors()) {
        err.println(problem);
      }
      err.println(file + ": invalid model; staleness not checked (see `bulwark validate`)");
      err.flush();
      return ExitCode.INVALID_MODEL;
    }
    StaleResult result =
        Staleness.check(file, loaded.model().orElseThrow(), ModelLoader.projectRoot(file, options));
    if (format == OutputFormat.JSON) {
      out.print(StaleReport.json(file.toString(), result));
    } else {
      result
          .failures()
          .forEach(failure -> err.println(failure.position() + ": error " + text(failure)));
      err.flush();
      out.print(StaleReport.text(file.toString(), result));
    }
    out.flush();
    return result.verdict().exitCode();
  }

  private static String text(StaleResult.Failure failure) {
    return failure.message() + (failure.hint().isEmpty() ? "" : " (" + failure.hint() + ")");
  }
}
