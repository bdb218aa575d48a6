package dev.bulwark.interop.tmt;

import dev.bulwark.analysis.cel.ForeignPacks;
import dev.bulwark.analysis.cel.PackProblem;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Microsoft Threat Modeling Tool templates as rule packs: a {@code .tb7} file, or the knowledge
 * base a {@code .tm7} model carries, gives one rule per threat type ({@link TemplateRules}). Pass
 * {@link #READER} to {@link dev.bulwark.analysis.cel.RuleLayers#resolve}; files with other
 * extensions are left to the YAML pack reader.
 */
public final class TemplatePacks {
  /** Reads {@code .tb7} and {@code .tm7} files as rule packs. */
  public static final ForeignPacks READER = TemplatePacks::read;

  private TemplatePacks() {}

  /** Whether the file is one this reader takes, by its extension. */
  public static boolean isTemplate(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".tb7") || lower.endsWith(".tm7");
  }

  private static Optional<ForeignPacks.Pack> read(Path file) {
    if (!isTemplate(file)) {
      return Optional.empty();
    }
    ParseLimits limits = ParseLimits.DEFAULTS;
    byte[] bytes;
    try {
      if (Files.size(file) > limits.maxFileBytes()) {
        return Optional.of(
            failed(
                new PackProblem(
                    file,
                    0,
                    0,
                    "file-too-large",
                    "the template has "
                        + Files.size(file)
                        + " bytes, more than the limit of "
                        + limits.maxFileBytes(),
                    "")));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Optional.of(
          failed(
              new PackProblem(
                  file,
                  0,
                  0,
                  "unreadable-file",
                  "the template cannot be read: " + e.getMessage(),
                  "")));
    }
    return Optional.of(pack(file, bytes, limits));
  }

  /** The rules of a template's bytes; {@code file} names it in positions. */
  static ForeignPacks.Pack pack(Path file, byte[] bytes, ParseLimits limits) {
    List<Problem> problems = new ArrayList<>();
    TemplateFiles.Read read = TemplateFiles.read(file.toString(), bytes, limits);
    problems.addAll(read.problems());
    List<ForeignPacks.Entry> entries = new ArrayList<>();
    read.template()
        .ifPresent(template -> {
          for (TemplateRule rule : TemplateRules.of(template, problems)) {
            entries.add(new ForeignPacks.Entry(rule, rule.at().line(), rule.at().column()));
          }
        });
    List<PackProblem> packProblems =
        problems.stream()
            .filter(Problem::isError)
            .map(p ->
                new PackProblem(
                    file,
                    p.position().line(),
                    p.position().column(),
                    p.type().code(),
                    p.message(),
                    p.hint()))
            .toList();
    return new ForeignPacks.Pack(entries, packProblems);
  }

  private static ForeignPacks.Pack failed(PackProblem problem) {
    return new ForeignPacks.Pack(List.of(), List.of(problem));
  }
}
