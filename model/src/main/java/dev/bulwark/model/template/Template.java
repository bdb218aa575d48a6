package dev.bulwark.model.template;

import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.model.parse.ModelParser;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.ParseResult;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import dev.bulwark.model.problem.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedSet;
import java.util.Set;
import java.util.function.Function;

/**
 * A template as read from its file: the header, and the model part as a tree in which {@code
 * ${name}} still stands for each parameter. {@link #instantiate} gives the model for one import.
 *
 * @param header the {@code template:} header
 * @param body the rest of the file: a model with parameter references
 * @param file the name used in positions
 */
public record Template(TemplateHeader header, Node.Mapping body, String file) {
  /** The longest parameter value accepted, in characters; a value is a name or a phrase. */
  public static final int MAX_VALUE_LENGTH = 1000;

  public Template {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(file, "file");
  }

  public String name() {
    return header.name();
  }

  /**
   * A problem found in the template's tree at a place whose value came from an import's parameter
   * is moved to where the import gives that value, and says where the template uses it.
   *
   * @param to where the import gives the value
   * @param note appended to the problem's message
   */
  public record Move(Position to, String note) {}

  /**
   * The template expanded for one import.
   *
   * @param parsed the expanded model (not yet prefixed), its problems already moved
   * @param problems the problems of the parameters and of the expanded model
   * @param moves for each place in the template that used a value the import gave, where that value
   *     is; problems the importing model's validation finds there are moved likewise
   * @param silenced places that used a stand-in for a value that was missing or wrong: a problem
   *     there only repeats the parameter's own, and is left out
   */
  public record Instance(
      ParseResult parsed,
      List<Problem> problems,
      Map<Position, Move> moves,
      Set<Position> silenced) {
    public Instance {
      problems = List.copyOf(problems);
      moves = Map.copyOf(moves);
      silenced = Set.copyOf(silenced);
    }

    public Optional<Model> model() {
      return parsed.model();
    }

    /** A problem moved to the import when its place used a value the import gave. */
    public Problem moved(Problem problem) {
      Move move = moves.get(problem.position());
      return move == null
          ? problem
          : new Problem(problem.type(), move.to(), problem.message() + move.note(), problem.hint());
    }
  }

  /**
   * The model this template gives for the parameter values {@code given}. Every problem of the
   * values is reported; a value that cannot be used is replaced by the default (else the first
   * allowed value, else the parameter's name) so that the rest of the model is still checked and
   * references to it from the importing model still resolve.
   *
   * @param given the values an import gives, by name
   * @param givenAt where each given value is written
   * @param at where the import names the template (for missing values)
   */
  public Instance instantiate(
      Map<String, String> given, Function<String, Position> givenAt, Position at) {
    List<Problem> problems = new ArrayList<>();
    Map<String, String> values = new HashMap<>();
    Map<String, String> accepted = new LinkedHashMap<>();
    Set<String> standIns = new HashSet<>();
    List<String> declared = header.parameters().stream().map(Parameter::name).toList();
    for (String name : given.keySet()) {
      if (!declared.contains(name)) {
        problems.add(
            new Problem(
                ProblemType.TEMPLATE_PARAMETER,
                givenAt.apply(name),
                "template '" + name() + "' has no parameter '" + name + "'",
                declared.isEmpty()
                    ? "it takes no parameters"
                    : Suggestions.hintWithAllowed(name, declared)));
      }
    }
    for (Parameter parameter : header.parameters()) {
      String name = parameter.name();
      String value = given.get(name);
      Optional<String> problem = value == null ? missing(parameter) : notAccepted(parameter, value);
      if (problem.isEmpty() && value != null) {
        accepted.put(name, value);
      }
      problem.ifPresent(message ->
          problems.add(
              new Problem(
                  ProblemType.TEMPLATE_PARAMETER,
                  value == null ? at : givenAt.apply(name),
                  message,
                  hint(parameter, value))));
      if (problem.isPresent()) {
        standIns.add(name);
      }
      values.put(name, problem.isEmpty() && value != null ? value : fallback(parameter));
    }
    Expander.Expansion expansion = Expander.expand(body, values);
    Map<Position, Move> moves = new HashMap<>();
    Set<Position> silenced = new HashSet<>();
    expansion
        .used()
        .forEach((place, names) -> {
          move(place, names, accepted, givenAt, moves);
          if (names.stream().anyMatch(standIns::contains)) {
            silenced.add(place);
          }
        });
    ParseResult parsed = ModelParser.parse(expansion.tree());
    Instance unmoved = new Instance(parsed, List.of(), moves, silenced);
    parsed.problems().stream()
        .filter(p -> !silenced.contains(p.position()))
        .forEach(p -> problems.add(unmoved.moved(p)));
    return new Instance(parsed, problems, moves, silenced);
  }

  private void move(
      Position place,
      SequencedSet<String> names,
      Map<String, String> accepted,
      Function<String, Position> givenAt,
      Map<Position, Move> moves) {
    for (String name : names) {
      String value = accepted.get(name);
      if (value != null) {
        String note =
            " (the value '"
                + shortened(value)
                + "' of parameter '"
                + name
                + "', used by template '"
                + name()
                + "' at "
                + place
                + ")";
        moves.put(place, new Move(givenAt.apply(name), note));
        return;
      }
    }
  }

  private Optional<String> missing(Parameter parameter) {
    if (!parameter.required()) {
      return Optional.empty();
    }
    return Optional.of(
        "template '"
            + name()
            + "' needs a value for its parameter '"
            + parameter.name()
            + "'"
            + parameter.description().map(text -> " (" + shortened(text) + ")").orElse(""));
  }

  private Optional<String> notAccepted(Parameter parameter, String value) {
    if (value.length() > MAX_VALUE_LENGTH) {
      return Optional.of(
          "the value of parameter '"
              + parameter.name()
              + "' has "
              + value.length()
              + " characters, more than the "
              + MAX_VALUE_LENGTH
              + " allowed");
    }
    if (!parameter.allowed().isEmpty() && !parameter.allowed().contains(value)) {
      return Optional.of(
          "parameter '"
              + parameter.name()
              + "' of template '"
              + name()
              + "' is '"
              + shortened(value)
              + "', which is not an allowed value");
    }
    return Optional.empty();
  }

  private static String hint(Parameter parameter, String value) {
    if (value == null) {
      return "add it under 'with:', e.g. with: { " + parameter.name() + ": … }";
    }
    if (!parameter.allowed().isEmpty()) {
      return Suggestions.hintWithAllowed(value, parameter.allowed());
    }
    return "give a shorter value";
  }

  private static String fallback(Parameter parameter) {
    return parameter
        .defaultValue()
        .orElseGet(() ->
            parameter.allowed().isEmpty() ? parameter.name() : parameter.allowed().getFirst());
  }

  /** Values and descriptions are cut in messages; the position says where the rest is. */
  static String shortened(String text) {
    String oneLine = text.replaceAll("[\\r\\n\\t]", " ");
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 60) + "…";
  }

  /** The names of the parameters, in declared order. */
  public List<String> parameterNames() {
    return header.parameters().stream().map(Parameter::name).toList();
  }
}
