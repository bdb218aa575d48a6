package dev.bulwark.cli;

import dev.bulwark.model.write.ModelSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark init [DIR]}: writes a starter model that validates and explains the format. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Start a model: write DIR/bulwark.yaml, a small valid model whose comments explain the"
          + " format, and DIR/.bulwark/bulwark-1.schema.json, which editors use to complete"
          + " and check it. It never overwrites a model unless --force is given."
    })
final class InitCommand implements Callable<Integer> {
  static final String FILE_NAME = "bulwark.yaml";

  /** Where init saves the schema that the starter's first line points editors at. */
  static final String SCHEMA_PATH = ".bulwark/bulwark-1.schema.json";

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "Folder to write bulwark.yaml into (default: the current folder).")
  Path folder;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "The model's id (default: from the folder's name).")
  String id;

  @Option(
      names = "--title",
      paramLabel = "TITLE",
      description = "The model's title (default: from the id).")
  String title;

  @Option(names = "--force", description = "Overwrite an existing bulwark.yaml.")
  boolean force;

  @Override
  public Integer call() {
    Path target = folder.resolve(FILE_NAME);
    if (Files.exists(target) && !force) {
      spec.commandLine()
          .getErr()
          .println("bulwark: " + target + " already exists; use --force to overwrite it");
      return ExitCode.USAGE;
    }
    String modelId = id != null ? id : idFrom(folder);
    if (!modelId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,199}")) {
      spec.commandLine()
          .getErr()
          .println(
              "bulwark: '"
                  + modelId
                  + "' is not a valid id (letters, digits, '.', '_' and '-', starting with a letter or digit)");
      return ExitCode.USAGE;
    }
    String modelTitle = title != null ? title : titleFrom(modelId);
    String content =
        starter().replace("{{id}}", modelId).replace("{{title}}", quoteIfNeeded(modelTitle));
    try {
      Outputs.writeAtomically(folder.resolve(SCHEMA_PATH), ModelSchema.json());
      Outputs.writeAtomically(target, content);
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println("bulwark: cannot write " + target + ": " + e.getMessage());
      return ExitCode.FAILURE;
    }
    spec.commandLine()
        .getOut()
        .println(
            "Wrote "
                + target
                + " (and the schema for editors in "
                + folder.resolve(SCHEMA_PATH)
                + ").\nNext: bulwark validate "
                + target);
    return ExitCode.OK;
  }

  static String starter() {
    try (InputStream in = InitCommand.class.getResourceAsStream("starter.yaml")) {
      if (in == null) {
        throw new IllegalStateException("starter.yaml is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String idFrom(Path folder) {
    Path name = folder.toAbsolutePath().normalize().getFileName();
    String raw = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    String cleaned = raw.replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
    return cleaned.isEmpty() ? "my-system" : cleaned;
  }

  private static String titleFrom(String id) {
    String spaced = id.replaceAll("[-_.]+", " ").strip();
    return spaced.isEmpty()
        ? "My system"
        : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  /** Titles with YAML punctuation are written as double-quoted strings. */
  private static String quoteIfNeeded(String text) {
    if (text.matches("[A-Za-z0-9][A-Za-z0-9 ._()/-]*")) {
      return text;
    }
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
