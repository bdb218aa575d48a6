package dev.bulwark.cli;

import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.model.format.Shape;
import dev.bulwark.model.format.Shapes;
import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.Suggestions;
import dev.bulwark.model.template.Template;
import dev.bulwark.model.template.TemplateReader;
import dev.bulwark.model.template.TemplateSource;
import dev.bulwark.model.template.Templates;
import dev.bulwark.model.write.ModelSchema;
import dev.bulwark.model.write.ModelWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bulwark init [DIR]}: writes a starter model that validates and explains the format, or,
 * with {@code --template}, the model a template gives.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Start a model: write DIR/bulwark.yaml, a small valid model whose comments explain the"
          + " format (or, with --template, the model a template gives), and"
          + " DIR/.bulwark/bulwark-1.schema.json, which editors use to complete and check it. It"
          + " never overwrites a model unless --force is given."
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

  @Option(
      names = "--template",
      paramLabel = "NAME",
      description =
          "Start from a template instead of the starter: its zones, components, flows, threats"
              + " and mitigations become the model's (bulwark templates lists them).")
  String template;

  @Option(
      names = "--set",
      paramLabel = "NAME=VALUE",
      description = "A value for a parameter of the template; repeatable.")
  Map<String, String> values = new LinkedHashMap<>();

  @Mixin TemplateOptions templates;

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
    String content;
    if (template != null) {
      Optional<String> started = fromTemplate(target, modelId);
      if (started.isEmpty()) {
        return exitCode;
      }
      content = started.get();
    } else if (!values.isEmpty()) {
      spec.commandLine().getErr().println("bulwark: --set gives values to a --template");
      return ExitCode.USAGE;
    } else {
      String modelTitle = title != null ? title : titleFrom(modelId);
      content =
          starter().replace("{{id}}", modelId).replace("{{title}}", quoteIfNeeded(modelTitle));
    }
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

  /** Why {@link #fromTemplate} gave nothing. */
  private int exitCode = ExitCode.OK;

  /**
   * The model a template gives for the --set values, as canonical YAML with the chosen id and
   * title; empty, with the problems printed and {@link #exitCode} set, when it gives none.
   */
  private Optional<String> fromTemplate(Path target, String modelId) {
    PrintWriter err = spec.commandLine().getErr();
    Templates catalogue =
        ModelLoader.templates(
            target, LoadOptions.DEFAULTS.withTemplates(templates.folders(spec.commandLine())));
    Optional<TemplateSource> source = catalogue.find(template);
    if (source.isEmpty()) {
      err.println(
          "bulwark: there is no template named '"
              + template
              + "' ("
              + Suggestions.hint(template, catalogue.names())
              + "; bulwark templates lists them)");
      exitCode = ExitCode.USAGE;
      return Optional.empty();
    }
    TemplateReader.Result read = Templates.read(source.get(), ParseLimits.DEFAULTS);
    if (read.template().isEmpty()) {
      read.problems().forEach(err::println);
      err.println("bulwark: template '" + template + "' is invalid; nothing written");
      exitCode = ExitCode.INVALID_MODEL;
      return Optional.empty();
    }
    Template chosen = read.template().get();
    // a template's 'name' (its ids' default prefix, used in titles) is the model's id unless set
    Map<String, String> given = new LinkedHashMap<>(values);
    if (chosen.parameterNames().contains(NAME_PARAMETER)) {
      given.putIfAbsent(NAME_PARAMETER, modelId);
    }
    Template.Instance instance =
        chosen.instantiate(
            given,
            name -> Position.startOf(SET + name),
            Position.startOf("--template " + template));
    List<Problem> errors = instance.problems().stream().filter(Problem::isError).toList();
    if (!errors.isEmpty() || instance.model().isEmpty()) {
      boolean usage = errors.stream().allMatch(p -> p.position().file().startsWith("--"));
      for (Problem problem : errors) {
        String where =
            problem.position().file().startsWith("--")
                ? problem.position().file()
                : problem.position().toString();
        err.println(
            "bulwark: "
                + where
                + ": "
                + problem.message()
                + (problem.hint().isEmpty() ? "" : " (" + problem.hint() + ")"));
      }
      exitCode = usage ? ExitCode.USAGE : ExitCode.INVALID_MODEL;
      return Optional.empty();
    }
    Model model = instance.model().get();
    Model named = named(model, modelId, title != null ? title : model.title());
    return Optional.of(templateHeader(chosen) + "\n" + ModelWriter.yaml(named));
  }

  private static final String SET = "--set ";

  /** The parameter that shipped templates name their ids' prefix and title with. */
  private static final String NAME_PARAMETER = "name";

  /** The comment above a model started from a template: where it came from, and how. */
  private String templateHeader(Template chosen) {
    StringBuilder command = new StringBuilder("bulwark init --template " + chosen.name());
    new TreeMap<>(values)
        .forEach((name, value) -> command.append(" --set ").append(name).append('=').append(value));
    return "# yaml-language-server: $schema="
        + SCHEMA_PATH
        + "\n#\n# Started from the template '"
        + chosen.name()
        + "' ("
        + chosen.header().title()
        + ") with\n#   "
        + command.toString().replaceAll("[\\p{Cntrl}\u0085\u2028\u2029]", " ")
        + "\n# It is your model now: change it as your system changes. `bulwark templates "
        + chosen.name()
        + " --source`\n# shows the template with its comments; docs/templates.md explains templates.\n";
  }

  /** The model with another id and title; every other field as it is. */
  private static Model named(Model model, String id, String title) {
    Shape shape = Shapes.of(Model.class);
    Object[] fields = shape.fields().stream().map(field -> field.read(model)).toArray();
    fields[shape.indexOf("id")] = id;
    fields[shape.indexOf("title")] = title;
    return (Model) shape.construct(fields, model.positions());
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
