package dev.bulwark.cli;

import dev.bulwark.interop.DerivedThreat;
import dev.bulwark.interop.Exported;
import dev.bulwark.interop.Exporter;
import dev.bulwark.interop.Exporters;
import dev.bulwark.interop.Importer;
import dev.bulwark.interop.Importers;
import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import dev.bulwark.model.write.ModelWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bulwark convert IN}: reads another tool's threat model (or a Bulwark model) and writes it
 * as a Bulwark model, OTM or Threat Dragon, saying at its place in the file everything it could not
 * carry over.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert a threat model between formats: OTM (JSON or YAML), OWASP Threat Dragon (v1, v2)"
          + " and others into a Bulwark model, and a model out to OTM or Threat Dragon; or make a"
          + " CycloneDX SBOM the inventory of a model's component (--into MODEL --component ID).",
      "",
      "The input format is recognised from the content; --from names it. Every problem and"
          + " everything that has no place in the target is printed with its file:line:col."
          + " Exports to otm and threat-dragon include the threats Bulwark derives (the analysis"
          + " options choose the rules). With --into, the model file is edited in place (or"
          + " written to -o) only after it validates with the new inventory; comments and"
          + " layout are kept. See docs/interop.md.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:converted (warnings allowed)",
      "2:the input is unusable: unreadable, in no known format, or with errors",
      "3:the command line is wrong",
      "4:the output could not be written"
    })
final class ConvertCommand implements Callable<Integer> {
  private static final String TO_BULWARK = "bulwark";

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "The file to convert.")
  Path input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write here (whole or not at all) instead of to standard output.")
  Optional<Path> output;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      description =
          "The input's format when it is not recognised: bulwark, ${COMPLETION-CANDIDATES},"
              + " cyclonedx (an SBOM, with --into).",
      completionCandidates = ImporterNames.class)
  Optional<String> from;

  @Option(
      names = "--to",
      paramLabel = "FORMAT",
      defaultValue = TO_BULWARK,
      description = "bulwark (a model file, the default), otm or threat-dragon.")
  String to;

  @Option(
      names = "--into",
      paramLabel = "MODEL",
      description =
          "With a CycloneDX SBOM as IN: the model file whose component gets the SBOM's packages"
              + " as its inventory (edited in place unless -o is given).")
  Optional<Path> into;

  @Option(
      names = "--component",
      paramLabel = "ID",
      description = "With --into: the id of the component the SBOM describes.")
  Optional<String> component;

  @Mixin AnalysisOptions analysis;

  @Override
  public Integer call() {
    boolean sbom =
        from.or(() -> ModelFiles.detect(input)).filter(ModelFiles.CYCLONEDX::equals).isPresent();
    if (sbom || into.isPresent() || component.isPresent()) {
      return inventory(sbom);
    }
    Optional<Exporter> exporter = checkFormats();
    PrintWriter err = spec.commandLine().getErr();
    Style plain = new Style(false);
    Optional<String> format = from.or(() -> ModelFiles.detect(input));
    if (format.isEmpty()) {
      ValidateCommand.print(err, plain, unknownFormat());
      err.flush();
      return ExitCode.INVALID_MODEL;
    }
    ModelFiles.Loaded loaded = ModelFiles.load(input, analysis.limits.loadOptions(), format);
    loaded.result().problems().forEach(problem -> ValidateCommand.print(err, plain, problem));
    if (!loaded.result().valid()) {
      err.println(input + ": cannot be converted (" + loaded.result().errors().size() + " errors)");
      err.flush();
      return ExitCode.INVALID_MODEL;
    }
    if (loaded.importer().isEmpty() && exporter.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          input + " is a Bulwark model already; convert it --to otm or --to threat-dragon");
    }
    Model model = loaded.result().model().orElseThrow();
    Exported exported;
    try {
      exported = exporter.isEmpty() ? bulwark(model, loaded) : export(exporter.get(), loaded, err);
    } catch (Analysis.Failed e) {
      return e.exitCode;
    }
    exported.notes().forEach(note -> err.println("note: " + note));
    int written = write(exported.text(), err);
    if (written == ExitCode.OK) {
      err.println(summary(model, loaded));
    }
    err.flush();
    return written;
  }

  /** {@code IN --into MODEL --component ID}, its options checked first. */
  private int inventory(boolean sbom) {
    String usage = "--into MODEL --component ID";
    if (!sbom) {
      throw new ParameterException(
          spec.commandLine(), "--into takes a CycloneDX SBOM as IN; " + input + " is not one");
    }
    if (into.isEmpty() || component.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          input
              + " is a CycloneDX SBOM: it becomes the inventory of a model's component; give "
              + usage);
    }
    if (!to.equals(TO_BULWARK)) {
      throw new ParameterException(
          spec.commandLine(), "--to does not apply with --into, which edits a Bulwark model");
    }
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> format = ModelFiles.detect(into.get());
    if (!format.equals(Optional.of(ModelFiles.BULWARK))) {
      err.println(
          "error: --into edits a Bulwark model file; "
              + into.get()
              + " is "
              + format.map(f -> "in " + f + " format").orElse("not one")
              + ": convert it first");
      err.flush();
      return ExitCode.INVALID_MODEL;
    }
    int exit =
        new ConvertInto(analysis.limits.loadOptions(), err)
            .run(input, into.get(), component.get(), output);
    err.flush();
    return exit;
  }

  /** The exporter {@code --to} names (empty for a Bulwark model); rejects unknown names. */
  private Optional<Exporter> checkFormats() {
    Optional<Exporter> exporter = Exporters.named(to);
    if (!to.equals(TO_BULWARK) && exporter.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "Unknown --to format '" + to + "' (expected bulwark, " + names(Exporters.all()) + ")");
    }
    if (from.isPresent()
        && !from.get().equals(ModelFiles.BULWARK)
        && !from.get().equals(ModelFiles.CYCLONEDX)
        && Importers.named(from.get()).isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "Unknown --from format '" + from.get() + "' (expected bulwark, " + importerNames() + ")");
    }
    return exporter;
  }

  private Problem unknownFormat() {
    return new Problem(
        ProblemType.UNKNOWN_FORMAT,
        Position.startOf(input.toString()),
        "'" + input + "' is in none of the formats Bulwark reads",
        "formats: bulwark, " + importerNames() + "; name one with --from");
  }

  /** The imported model as a model file, saying where it came from. */
  private Exported bulwark(Model model, ModelFiles.Loaded loaded) {
    return new Exported(
        "# Converted by `bulwark convert` from "
            + input.getFileName()
            + " ("
            + loaded.format()
            + "); see docs/interop.md.\n"
            + ModelWriter.yaml(model),
        List.of());
  }

  /** The model in another tool's format, with the threats an analysis derives. */
  private Exported export(Exporter exporter, ModelFiles.Loaded loaded, PrintWriter err)
      throws Analysis.Failed {
    List<DerivedThreat> derived =
        DerivedThreats.of(Analysis.run(input, loaded.result(), analysis, err).assessment());
    return exporter.write(loaded.result().model().orElseThrow(), derived);
  }

  /** Writes to {@code -o} whole or not at all, else to standard output; the exit code. */
  private int write(String text, PrintWriter err) {
    if (output.isEmpty()) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return ExitCode.OK;
    }
    try {
      Outputs.writeAtomically(output.get(), text);
      return ExitCode.OK;
    } catch (IOException e) {
      err.println("error: cannot write " + output.get() + ": " + e.getMessage());
      return ExitCode.FAILURE;
    }
  }

  private String summary(Model model, ModelFiles.Loaded loaded) {
    long warnings = loaded.result().problems().stream().filter(p -> !p.isError()).count();
    long notMapped =
        loaded.result().problems().stream().filter(p -> p.type() == ProblemType.NOT_MAPPED).count();
    return input
        + " ("
        + loaded.format()
        + ") → "
        + to
        + output.map(o -> " in " + o).orElse("")
        + ": "
        + model.zones().size()
        + " zones, "
        + (model.actors().size() + model.components().size())
        + " actors and components, "
        + model.flows().size()
        + " flows, "
        + model.data().size()
        + " data assets, "
        + model.threats().size()
        + " threats, "
        + model.mitigations().size()
        + " mitigations; "
        + warnings
        + (warnings == 1 ? " warning" : " warnings")
        + (notMapped > 0 ? " (" + notMapped + " about parts left out)" : "");
  }

  private static String importerNames() {
    return Importers.all().stream().map(Importer::name).collect(Collectors.joining(", "));
  }

  private static String names(List<Exporter> exporters) {
    return exporters.stream().map(Exporter::name).collect(Collectors.joining(", "));
  }

  /** The importers' names, for the help text. */
  static final class ImporterNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Importers.all().stream().map(Importer::name).iterator();
    }
  }
}
