package dev.bulwark.model.template;

import dev.bulwark.model.Position;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.Trees;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import dev.bulwark.model.problem.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a template file: a model file, YAML or JSON, with a {@code template:} header. It checks the
 * header (name, parameters, defaults among the allowed values) and every {@code ${…}} in the
 * model's values (well-formed, naming a declared parameter). The model itself is checked when the
 * template is instantiated, since its values are only known then.
 */
public final class TemplateReader {
  /** The key of the header in a template file. */
  public static final String HEADER = "template";

  private TemplateReader() {}

  /** What reading a template file gave: the template, unless it has errors, and every problem. */
  public record Result(Optional<Template> template, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads a template file's bytes.
   *
   * @param file the name used in positions
   * @param expectedName the name the file is found by ({@code <name>.yaml}), which the header must
   *     declare; empty to accept any
   */
  public static Result read(
      String file, byte[] bytes, ParseLimits limits, Optional<String> expectedName) {
    Trees.TreeResult tree = Trees.read(file, bytes, limits);
    List<Problem> problems = new ArrayList<>(tree.problems());
    if (tree.root().isEmpty()) {
      return new Result(Optional.empty(), problems);
    }
    if (!(tree.root().get() instanceof Node.Mapping root)) {
      problems.add(
          new Problem(
              ProblemType.WRONG_TYPE,
              tree.root().get().position(),
              "a template file holds a mapping (a model with a 'template:' header), found "
                  + tree.root().get().describe(),
              "see docs/templates.md"));
      return new Result(Optional.empty(), problems);
    }
    Optional<Node.Entry> headerEntry =
        root.entries().stream().filter(entry -> entry.key().value().equals(HEADER)).findFirst();
    if (headerEntry.isEmpty()) {
      problems.add(
          new Problem(
              ProblemType.INVALID_TEMPLATE,
              root.position(),
              file + " has no 'template:' header, so it is not a template",
              "add 'template: { name, title, parameters }' (see docs/templates.md)"));
      return new Result(Optional.empty(), problems);
    }
    int before = problems.size();
    Optional<TemplateHeader> header =
        Trees.bind(headerEntry.get().value(), TemplateHeader.class, problems);
    header.ifPresent(h -> checkHeader(h, file, expectedName, problems));
    Node.Mapping body =
        new Node.Mapping(
            root.entries().stream().filter(entry -> entry != headerEntry.get()).toList(),
            root.position());
    Set<String> declared = new LinkedHashSet<>(); // declared order, for hints
    header.ifPresent(h -> h.parameters().forEach(p -> declared.add(p.name())));
    checkReferences(body, declared, header.isPresent(), problems);
    boolean errors = problems.subList(before, problems.size()).stream().anyMatch(Problem::isError);
    if (header.isEmpty() || errors) {
      return new Result(Optional.empty(), problems);
    }
    return new Result(Optional.of(new Template(header.get(), body, file)), problems);
  }

  private static void checkHeader(
      TemplateHeader header, String file, Optional<String> expectedName, List<Problem> problems) {
    Position namePosition = header.positions().of("name");
    if (!Templates.NAME.matcher(header.name()).matches()) {
      problems.add(
          new Problem(
              ProblemType.INVALID_TEMPLATE,
              namePosition,
              "'" + Template.shortened(header.name()) + "' is not a template name",
              Templates.NAME_RULE));
    } else if (expectedName.isPresent() && !expectedName.get().equals(header.name())) {
      problems.add(
          new Problem(
              ProblemType.INVALID_TEMPLATE,
              namePosition,
              file
                  + " is found as template '"
                  + expectedName.get()
                  + "' but its header names it '"
                  + header.name()
                  + "'",
              "name the file after the template: " + header.name() + ".yaml"));
    }
    Map<String, Position> seen = new HashMap<>();
    for (Parameter parameter : header.parameters()) {
      Position at = parameter.positions().of("name");
      if (!Substitution.NAME.matcher(parameter.name()).matches()) {
        problems.add(
            new Problem(
                ProblemType.TEMPLATE_PARAMETER,
                at,
                "'" + Template.shortened(parameter.name()) + "' is not a parameter name",
                "a name is a letter, then letters, digits, '-' and '_' (at most 64)"));
        continue;
      }
      Position first = seen.putIfAbsent(parameter.name(), at);
      if (first != null) {
        problems.add(
            new Problem(
                ProblemType.TEMPLATE_PARAMETER,
                at,
                "parameter '" + parameter.name() + "' is declared twice (first at " + first + ")",
                "declare each parameter once"));
      }
      parameter
          .defaultValue()
          .filter(value -> !parameter.allowed().isEmpty() && !parameter.allowed().contains(value))
          .ifPresent(value ->
              problems.add(
                  new Problem(
                      ProblemType.TEMPLATE_PARAMETER,
                      parameter.positions().of("default"),
                      "the default '"
                          + Template.shortened(value)
                          + "' of parameter '"
                          + parameter.name()
                          + "' is not one of its allowed values",
                      Suggestions.hintWithAllowed(value, parameter.allowed()))));
    }
  }

  /** Every {@code ${…}} in the model's values is well-formed and names a declared parameter. */
  private static void checkReferences(
      Node body, Set<String> declared, boolean headerRead, List<Problem> problems) {
    Expander.scalars(
        body,
        (scalar, depth) -> {
          if (scalar.value().indexOf('$') < 0) {
            return;
          }
          switch (Substitution.parse(scalar.value())) {
            case Substitution.Invalid invalid ->
                problems.add(
                    new Problem(
                        ProblemType.TEMPLATE_PARAMETER,
                        scalar.position(),
                        invalid.message(),
                        "write ${name} for a parameter's value, $${ for a literal '${'"));
            case Substitution.Parts parts -> {
              if (!headerRead) {
                return; // the header's own problems say enough
              }
              for (String name : new LinkedHashSet<>(parts.names())) {
                if (!declared.contains(name)) {
                  problems.add(
                      new Problem(
                          ProblemType.TEMPLATE_PARAMETER,
                          scalar.position(),
                          "${" + name + "} names no parameter of the template",
                          declared.isEmpty()
                              ? "declare it under 'template: parameters:'"
                              : Suggestions.hint(name, declared)
                                  + " (or declare it under 'template: parameters:')"));
                }
              }
            }
          }
        });
  }
}
