package dev.bulwark.cli;

import dev.bulwark.model.template.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --templates DIR}: the organisation's template folders, searched after the project's {@code
 * .bulwark/templates/} and before the shipped templates. Without the option, the folders in {@code
 * $BULWARK_TEMPLATES} (separated like PATH).
 */
final class TemplateOptions {
  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description =
          "A folder of organisation templates (NAME.yaml); repeatable, searched in order after the"
              + " project's .bulwark/templates/ and before the shipped ones (default:"
              + " $BULWARK_TEMPLATES, folders separated like PATH).")
  List<Path> folders = new ArrayList<>();

  /**
   * The folders to search, from the option or else the environment; each must exist.
   *
   * @param commandLine the command, for the usage error
   */
  List<Path> folders(CommandLine commandLine) {
    return folders(commandLine, System.getenv());
  }

  List<Path> folders(CommandLine commandLine, Map<String, String> environment) {
    List<Path> chosen =
        !folders.isEmpty()
            ? folders
            : Templates.folders(environment.getOrDefault(Templates.ENVIRONMENT, ""));
    for (Path folder : chosen) {
      if (!Files.isDirectory(folder)) {
        throw new ParameterException(
            commandLine,
            "Template folder "
                + folder
                + (folders.isEmpty() ? " (from $" + Templates.ENVIRONMENT + ")" : "")
                + " is not a folder");
      }
    }
    return chosen;
  }
}
