package dev.bulwark.model.parse;

import dev.bulwark.model.Model;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one model file, YAML or JSON, into a {@link Model} with positions, collecting every problem
 * of form (syntax, limits, types, unknown fields). It does not follow imports nor check meaning;
 * see {@link dev.bulwark.model.load.ModelLoader} for that.
 */
public final class ModelParser {
  private ModelParser() {}

  /**
   * Parses a file's bytes.
   *
   * @param file the name used in positions, usually the path as the user gave it
   */
  public static ParseResult parse(String file, byte[] bytes, ParseLimits limits) {
    List<Problem> problems = new ArrayList<>();
    return switch (SourceText.decode(file, bytes, limits)) {
      case SourceText.Rejected rejected ->
          new ParseResult(Optional.empty(), List.of(rejected.problem()), Set.of());
      case SourceText.Decoded decoded -> parseText(file, decoded.text(), limits, problems);
    };
  }

  /** Parses text that is already decoded. */
  public static ParseResult parse(String file, String text, ParseLimits limits) {
    return parseText(file, text, limits, new ArrayList<>());
  }

  /**
   * Binds a tree that is already read, such as a template with its parameters substituted; the
   * problems name the positions the tree holds.
   */
  public static ParseResult parse(Node root) {
    return bindModel(root, new ArrayList<>());
  }

  private static ParseResult parseText(
      String file, String text, ParseLimits limits, List<Problem> problems) {
    Optional<Node> root = TreeReader.read(file, text, limits, problems);
    if (root.isEmpty()) {
      return new ParseResult(Optional.empty(), problems, Set.of());
    }
    return bindModel(root.get(), problems);
  }

  private static ParseResult bindModel(Node root, List<Problem> problems) {
    if (!supportedVersion(root, problems)) {
      return new ParseResult(Optional.empty(), problems, Set.of());
    }
    Binder binder = new Binder(problems);
    Optional<Model> model = binder.bind(root, Model.class);
    return new ParseResult(model, problems, binder.unboundIds());
  }

  /** Checks 'bulwark: N' first: a file of another version would only produce noise. */
  private static boolean supportedVersion(Node root, List<Problem> problems) {
    if (root instanceof Node.Mapping mapping) {
      for (Node.Entry entry : mapping.entries()) {
        if (entry.key().value().equals("bulwark")
            && entry.value() instanceof Node.Scalar version
            && version.isInteger()
            && !version.value().equals(String.valueOf(Model.FORMAT_VERSION))) {
          problems.add(
              new Problem(
                  ProblemType.UNSUPPORTED_VERSION,
                  version.position(),
                  "format version " + version.value() + " is not supported by this Bulwark",
                  "this build reads 'bulwark: " + Model.FORMAT_VERSION + "'"));
          return false;
        }
      }
    }
    return true;
  }
}
