package dev.bulwark.cli;

import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.write.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark validate FILE…}: checks model files and summarises what they hold. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check model files: syntax, fields and values, ids and references, zones, imports.",
      "",
      "Every problem is reported at once, each with its file:line:col, a stable code and what is"
          + " allowed. Problem codes are listed in docs/problems.md.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every model is valid (warnings allowed unless --strict)",
      "2:a model is invalid",
      "3:the command line is wrong"
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Model files (YAML or JSON).")
  List<Path> files;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: text or json (default: text).")
  OutputFormat format;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Option(
      names = {"--colour", "--color"},
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "Colour the text output: auto, always or never (default: auto, which colours only on a terminal and not when NO_COLOR is set).")
  Terminal.ColourMode colour;

  @Mixin LimitOptions limits;

  @Override
  public Integer call() {
    List<Path> uniqueFiles = files.stream().distinct().toList();
    List<LoadResult> results = new ArrayList<>();
    for (Path file : uniqueFiles) {
      results.add(ModelFiles.load(file, limits.loadOptions()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      out.print(Json.write(json(uniqueFiles, results)));
    } else {
      printText(out, results);
    }
    out.flush();
    return results.stream().allMatch(this::passes) ? ExitCode.OK : ExitCode.INVALID_MODEL;
  }

  private boolean passes(LoadResult result) {
    return result.valid() && (!strict || result.warnings().isEmpty());
  }

  private void printText(PrintWriter out, List<LoadResult> results) {
    Style style = new Style(Terminal.colour(colour));
    for (LoadResult result : results) {
      for (Problem problem : result.problems()) {
        print(out, style, problem);
      }
      String file = result.files().isEmpty() ? "" : result.files().getFirst();
      String verdict =
          passes(result)
              ? style.ok("valid")
              : style.error(
                  result.model().isPresent() || !result.errors().isEmpty()
                      ? "invalid"
                      : "unreadable");
      out.println(style.bold(file) + ": " + verdict + counts(result));
      result
          .model()
          .ifPresent(model ->
              out.println(
                  "  " + Summary.of(model, result.files().size()).text().replace("\n", "\n")));
    }
  }

  /** One problem as validate prints it: {@code file:line:col: level [code] message}, hint below. */
  static void print(PrintWriter out, Style style, Problem problem) {
    String level = problem.isError() ? style.error("error") : style.warning("warning");
    out.println(
        problem.position()
            + ": "
            + level
            + " "
            + style.dim("[" + problem.type().code() + "]")
            + " "
            + problem.message());
    if (!problem.hint().isEmpty()) {
      out.println("    " + style.dim(problem.hint()));
    }
  }

  private static String counts(LoadResult result) {
    int errors = result.errors().size();
    int warnings = result.warnings().size();
    if (errors + warnings == 0) {
      return "";
    }
    return " ("
        + errors
        + (errors == 1 ? " error, " : " errors, ")
        + warnings
        + (warnings == 1 ? " warning)" : " warnings)");
  }

  private Map<String, Object> json(List<Path> inputs, List<LoadResult> results) {
    List<Object> models = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      LoadResult result = results.get(i);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("file", inputs.get(i).toString());
      entry.put("valid", passes(result));
      entry.put("errors", result.errors().size());
      entry.put("warnings", result.warnings().size());
      entry.put("files", result.files());
      entry.put("problems", result.problems().stream().map(ValidateCommand::json).toList());
      result
          .model()
          .ifPresent(
              model -> entry.put("summary", Summary.of(model, result.files().size()).json()));
      models.add(entry);
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("valid", results.stream().allMatch(this::passes));
    document.put("models", models);
    return document;
  }

  static Map<String, Object> json(Problem problem) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("code", problem.type().code());
    out.put("level", problem.isError() ? "error" : "warning");
    out.put("file", problem.position().file());
    out.put("line", problem.position().line());
    out.put("column", problem.position().column());
    out.put("message", problem.message());
    out.put("hint", problem.hint());
    return out;
  }
}
