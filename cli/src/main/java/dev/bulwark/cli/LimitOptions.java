package dev.bulwark.cli;

import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.parse.ParseLimits;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options of every command that reads models: the parser's limits, the project root and the
 * organisation's template folders.
 */
final class LimitOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--project-root",
      paramLabel = "DIR",
      description =
          "Imports may not leave this folder (default: the nearest folder above the model holding .git, else the model's folder).")
  Path projectRoot;

  @Mixin TemplateOptions templates;

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      description = "Largest model file read, e.g. 64MiB, 500KB (default: 64MiB).")
  String maxFileSize;

  @Option(
      names = "--max-nesting",
      paramLabel = "N",
      description = "Deepest nesting of lists and mappings (default: 64).")
  Integer maxNesting;

  @Option(
      names = "--max-aliases",
      paramLabel = "N",
      description = "Most YAML aliases in one file (default: 100).")
  Integer maxAliases;

  @Option(
      names = "--max-nodes",
      paramLabel = "N",
      description = "Most nodes in one file with aliases expanded (default: 5000000).")
  Long maxNodes;

  @Option(
      names = "--max-files",
      paramLabel = "N",
      description = "Most files pulled in through imports (default: 1000).")
  Integer maxFiles;

  LoadOptions loadOptions() {
    ParseLimits limits = ParseLimits.DEFAULTS;
    try {
      if (maxFileSize != null) {
        limits = limits.withMaxFileBytes(bytes(maxFileSize));
      }
      if (maxNesting != null) {
        limits = limits.withMaxNesting(maxNesting);
      }
      if (maxAliases != null) {
        limits = limits.withMaxAliases(maxAliases);
      }
      if (maxNodes != null) {
        limits = limits.withMaxNodes(maxNodes);
      }
      if (maxFiles != null) {
        limits = limits.withMaxFiles(maxFiles);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Invalid limit: " + e.getMessage());
    }
    LoadOptions options =
        LoadOptions.DEFAULTS
            .withLimits(limits)
            .withTemplates(templates.folders(spec.commandLine()));
    return projectRoot == null ? options : options.withProjectRoot(projectRoot);
  }

  /** "64MiB" → 67108864; units B, KB, MB, GB (powers of 1000) and KiB, MiB, GiB. */
  private long bytes(String text) {
    String normalized = text.strip().toUpperCase(Locale.ROOT);
    String[][] units = {
      {"KIB", "1024"},
      {"MIB", "1048576"},
      {"GIB", "1073741824"},
      {"KB", "1000"},
      {"MB", "1000000"},
      {"GB", "1000000000"},
      {"B", "1"}
    };
    long factor = 1;
    for (String[] unit : units) {
      if (normalized.endsWith(unit[0])) {
        factor = Long.parseLong(unit[1]);
        normalized = normalized.substring(0, normalized.length() - unit[0].length()).strip();
        break;
      }
    }
    try {
      return Math.multiplyExact(Long.parseLong(normalized), factor);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for --max-file-size: '"
              + text
              + "' (expected a size such as 64MiB, 500KB or 1000000)");
    }
  }
}
