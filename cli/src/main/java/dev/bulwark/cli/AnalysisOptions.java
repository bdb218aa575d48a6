package dev.bulwark.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of every command that analyses a model: rule packs, matrix, date, knowledge, limits. */
final class AnalysisOptions {
  @Option(
      names = "--rules",
      paramLabel = "PATH",
      description =
          "An organisation rule pack (a YAML file, or a folder of them; or a Microsoft Threat"
              + " Modeling Tool template, .tb7, or model, .tm7); repeatable. Applied after the"
              + " built-in rules and before the model's own packs.")
  List<Path> rulePacks = new ArrayList<>();

  @Option(
      names = "--matrix",
      paramLabel = "FILE",
      description = "A risk matrix (YAML) to use instead of the default (docs/analysis.md).")
  Optional<Path> matrix;

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      description =
          "The date acceptances expire against (default: today). Set it for reproducible output.")
  Optional<LocalDate> today;

  @Option(
      names = "--kb",
      paramLabel = "DIR",
      description =
          "Knowledge directory with imported MITRE catalogues (default: $BULWARK_HOME/kb, else"
              + " ~/.bulwark/kb); threats then show their CWE, CAPEC and ATT&CK entries.")
  Optional<Path> kbDirectory;

  @Option(names = "--no-kb", description = "Do not look threats up in the knowledge directory.")
  boolean noKb;

  @Mixin LimitOptions limits;
}
