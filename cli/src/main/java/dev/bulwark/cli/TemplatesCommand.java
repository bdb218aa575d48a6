package dev.bulwark.cli;

import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.Suggestions;
import dev.bulwark.model.template.Parameter;
import dev.bulwark.model.template.Template;
import dev.bulwark.model.template.TemplateHeader;
import dev.bulwark.model.template.TemplateReader;
import dev.bulwark.model.template.TemplateSource;
import dev.bulwark.model.template.Templates;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bulwark templates [NAME]}: the templates a model here can import, or one of them with its
 * parameters (and, with {@code --source}, its file).
 */
@Command(
    name = "templates",
    mixinStandardHelpOptions = true,
    description = {
      "List the templates a model can import: the project's (.bulwark/templates/), the"
          + " organisation's (--templates, $BULWARK_TEMPLATES) and the shipped ones. With NAME,"
          + " show one: what it models, its parameters, and how to import it. See"
          + " docs/templates.md."
    })
final class TemplatesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "A template to show.")
  Optional<String> name;

  @Option(names = "--source", description = "With NAME: print the template's file as it is.")
  boolean source;

  @Mixin LimitOptions limits;

  @Override
  public Integer call() {
    // the project is the one a model in the current folder belongs to
    Templates catalogue =
        ModelLoader.templates(Path.of(InitCommand.FILE_NAME), limits.loadOptions());
    return name.isPresent() ? show(catalogue, name.get()) : list(catalogue);
  }

  private int list(Templates catalogue) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean invalid = false;
    for (TemplateSource template : catalogue.all()) {
      TemplateReader.Result read = Templates.read(template, limits.loadOptions().limits());
      String title = read.template().map(t -> t.header().title()).orElse("(invalid: see below)");
      out.printf(Locale.ROOT, "%-26s %-10s %s%n", template.name(), origin(template), title);
      if (read.template().isEmpty()) {
        invalid = true;
        read.problems().stream().filter(Problem::isError).forEach(err::println);
      }
    }
    out.println();
    out.println("Details and parameters: bulwark templates NAME. Use one in a model:");
    out.println(
        "  imports:\n    - template: NAME\n      id: PREFIX\n      with: { PARAMETER: VALUE }");
    return invalid ? ExitCode.INVALID_MODEL : ExitCode.OK;
  }

  private int show(Templates catalogue, String wanted) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<TemplateSource> found = catalogue.find(wanted);
    if (found.isEmpty()) {
      err.println(
          "bulwark: there is no template named '"
              + wanted
              + "' ("
              + Suggestions.hint(wanted, catalogue.names())
              + ")");
      return ExitCode.USAGE;
    }
    if (source) {
      try {
        out.print(
            new String(
                Templates.bytes(found.get(), limits.loadOptions().limits()),
                StandardCharsets.UTF_8));
        return ExitCode.OK;
      } catch (IOException e) {
        err.println("bulwark: cannot read " + found.get().file() + ": " + e.getMessage());
        return ExitCode.FAILURE;
      }
    }
    TemplateReader.Result read = Templates.read(found.get(), limits.loadOptions().limits());
    if (read.template().isEmpty()) {
      read.problems().forEach(err::println);
      return ExitCode.INVALID_MODEL;
    }
    Template template = read.template().get();
    TemplateHeader header = template.header();
    out.println(header.name() + ": " + header.title());
    out.println("  from " + template.file() + " (" + origin(found.get()) + ")");
    header.description().ifPresent(text -> out.println("\n" + text.strip()));
    out.println("\nParameters:");
    for (Parameter parameter : header.parameters()) {
      String value = parameter.defaultValue().map(v -> "default '" + v + "'").orElse("required");
      out.printf(Locale.ROOT, "  %-24s %s%n", parameter.name(), value);
      parameter.description().ifPresent(text -> out.println("      " + text.strip()));
      if (!parameter.allowed().isEmpty()) {
        out.println("      allowed: " + String.join(", ", parameter.allowed()));
      }
    }
    out.println("\nImport it:");
    out.println("  imports:\n    - template: " + header.name() + "\n      id: " + header.name());
    header.parameters().stream()
        .filter(Parameter::required)
        .findFirst()
        .ifPresent(p -> out.println("      with: { " + p.name() + ": ... }"));
    out.println("or start a model from it: bulwark init --template " + header.name());
    return ExitCode.OK;
  }

  private static String origin(TemplateSource template) {
    return template.shipped() ? "shipped" : template.origin();
  }
}
