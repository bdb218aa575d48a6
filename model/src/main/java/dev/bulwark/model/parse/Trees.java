package dev.bulwark.model.parse;

import dev.bulwark.model.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Any YAML or JSON file read into positioned {@link Node}s with the same checks and limits as a
 * model file (encoding, size, nesting, aliases, tags, duplicate keys), for readers of other formats
 * such as the importers of peer tools' files.
 */
public final class Trees {
  private Trees() {}

  /** What reading a file gave: its root, when it could be read, and every problem found. */
  public record TreeResult(Optional<Node> root, List<Problem> problems) {
    public TreeResult {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads a file's bytes.
   *
   * @param file the name used in positions, usually the path as the user gave it
   */
  public static TreeResult read(String file, byte[] bytes, ParseLimits limits) {
    return switch (SourceText.decode(file, bytes, limits)) {
      case SourceText.Rejected rejected ->
          new TreeResult(Optional.empty(), List.of(rejected.problem()));
      case SourceText.Decoded decoded -> read(file, decoded.text(), limits);
    };
  }

  /**
   * Binds a node to a record that follows the model format's conventions ({@link
   * dev.bulwark.model.format.Shapes}), such as a template's header, with the model's checks and
   * messages. Problems go to {@code problems}; the record is empty when a required field is missing
   * or wrong.
   */
  public static <T extends Record> Optional<T> bind(
      Node node, Class<T> type, List<Problem> problems) {
    return new Binder(problems).bind(node, type);
  }

  /** Reads text that is already decoded. */
  public static TreeResult read(String file, String text, ParseLimits limits) {
    List<Problem> problems = new ArrayList<>();
    Optional<Node> root = TreeReader.read(file, text, limits, problems);
    return new TreeResult(root, problems);
  }
}
