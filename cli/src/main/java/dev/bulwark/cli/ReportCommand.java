package dev.bulwark.cli;

import dev.bulwark.knowledge.Countermeasures;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.report.Digest;
import dev.bulwark.report.Renderer;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.report.ReportInput;
import dev.bulwark.report.Reports;
import dev.bulwark.report.TextRenderer;
import dev.bulwark.report.html.HtmlReport;
import dev.bulwark.report.pdf.PdfReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark report FILE}: the analysis laid out for each reader, in one or more formats. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write reports of a model's analysis: HTML for people (executive and engineering views,"
          + " data-flow diagrams), Markdown for wikis and pull requests, JSON for tools, SARIF for"
          + " code scanning, CSV for spreadsheets, PDF for print, and the data-flow diagram as"
          + " Graphviz DOT or Mermaid.",
      "",
      "One format goes to standard output unless -o names a file; several formats need -o DIR"
          + " and are written there as <model-id>.<extension>. Files are written whole or not at"
          + " all. The same model gives the same bytes; --timestamp adds the time of writing.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the reports were written",
      "2:the model is invalid, or a rule pack or vector in it is",
      "3:the command line is wrong",
      "4:a file could not be read or written"
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The model file (YAML or JSON).")
  Path file;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      split = ",",
      description =
          "html, md, json, sarif, csv, pdf, dot or mermaid; repeatable or comma-separated"
              + " (default: html).")
  List<ReportFormat> formats = new ArrayList<>();

  @Option(
      names = "-o",
      paramLabel = "PATH",
      description =
          "The file to write, or a folder (it must exist, or the path end with /) to write each"
              + " format into as <model-id>.<extension>.")
  Optional<String> output;

  @Option(
      names = "--timestamp",
      description = "Print the time of writing in the reports (off: output depends on input only).")
  boolean timestamp;

  @Mixin AnalysisOptions analysis;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Set<ReportFormat> chosen =
        formats.isEmpty() ? EnumSet.of(ReportFormat.HTML) : EnumSet.copyOf(formats);
    Optional<Path> folder =
        output.filter(p -> endsWithSlash(p) || Files.isDirectory(Path.of(p))).map(Path::of);
    if (chosen.size() > 1 && folder.isEmpty()) {
      return usage(err, "several formats need -o DIR (a folder to write them into)");
    }
    if (chosen.contains(ReportFormat.PDF) && output.isEmpty()) {
      return usage(err, "a PDF is not written to standard output: name a file with -o");
    }
    Analysis run;
    try {
      run = Analysis.run(file, analysis, err);
    } catch (Analysis.Failed e) {
      return e.exitCode;
    }
    Path root = ModelLoader.projectRoot(file, analysis.limits.loadOptions()).toAbsolutePath();
    ReportInput input =
        new ReportInput(
            run.model(),
            run.view(),
            run.assessment(),
            run.rules(),
            Countermeasures.builtIn(),
            run.kb(),
            run.loaded().warnings(),
            shown(root, file),
            root,
            run.date(),
            timestamp ? Optional.of(Instant.now()) : Optional.empty());
    Digest digest = Digest.of(input);
    for (ReportFormat format : chosen) {
      Renderer renderer = renderer(format);
      if (output.isEmpty()) {
        PrintWriter out = spec.commandLine().getOut();
        ((TextRenderer) renderer).render(digest, out);
        out.flush();
        continue;
      }
      Path target =
          folder.isPresent()
              ? folder.get().resolve(run.model().id() + "." + format.extension())
              : Path.of(output.get());
      try {
        Outputs.writeBytesAtomically(target, stream -> renderer.render(digest, stream));
      } catch (IOException e) {
        err.println("error: cannot write " + target + ": " + e.getMessage());
        err.flush();
        return ExitCode.FAILURE;
      }
      if (folder.isPresent()) {
        err.println("wrote " + target);
      }
    }
    err.flush();
    return run.broken() ? ExitCode.INVALID_MODEL : ExitCode.OK;
  }

  /** The model's path relative to the project root, with forward slashes, as reports print it. */
  private static String shown(Path root, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path relative = absolute.startsWith(root) ? root.relativize(absolute) : file;
    return relative.toString().replace('\\', '/');
  }

  private static boolean endsWithSlash(String path) {
    return path.endsWith("/") || path.endsWith(java.io.File.separator);
  }

  /** PDF lives in its own module (docs/adr/008): the command joins it to the HTML it prints. */
  private static Renderer renderer(ReportFormat format) {
    return format == ReportFormat.PDF
        ? new PdfReport(
            new HtmlReport(), FALLBACK_FONTS.stream().filter(Files::isReadable).toList())
        : Reports.renderer(format, BulwarkCommand.Version.number());
  }

  /**
   * TrueType fonts the PDF falls back on for characters beyond Latin-1 (arrows, Greek, Cyrillic),
   * where the system has them: DejaVu ships with most Linux distributions.
   */
  private static final List<Path> FALLBACK_FONTS =
      List.of(
          Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
          Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"),
          Path.of("/usr/share/fonts/dejavu/DejaVuSans.ttf"));

  private static int usage(PrintWriter err, String message) {
    err.println("error: " + message);
    err.flush();
    return ExitCode.USAGE;
  }
}
