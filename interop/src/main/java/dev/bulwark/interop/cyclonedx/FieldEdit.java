package dev.bulwark.interop.cyclonedx;

import dev.bulwark.model.Position;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.Node.Entry;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.parse.Node.Scalar;
import dev.bulwark.model.parse.Node.Sequence;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.Trees;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Sets one field of one element of a model file by editing its text: the field's block is replaced,
 * or inserted after the element's last field, and every other byte of the file (comments, blank
 * lines, quoting, order) stays as it was. Places come from the positioned tree; the file must write
 * the section and the element in block style, as {@code bulwark init} and the canonical writer do.
 */
public final class FieldEdit {
  private static final DumpSettings BLOCK =
      DumpSettings.builder()
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setIndent(2)
          .setIndicatorIndent(2)
          .setIndentWithIndicator(true)
          .setWidth(Integer.MAX_VALUE)
          .build();

  private FieldEdit() {}

  /** The edited text, or why the file cannot be edited. */
  public sealed interface Result permits Edited, Refused {}

  public record Edited(String text) implements Result {}

  public record Refused(Problem problem) implements Result {}

  /**
   * Sets {@code key} of the element whose {@code id} is {@code id} in the top-level list {@code
   * section} to a list of mappings (of text, or lists of text), written in block style with values
   * quoted only where YAML needs it.
   */
  public static Result setList(
      String file,
      String text,
      String section,
      String id,
      String key,
      List<? extends Map<String, ?>> value,
      ParseLimits limits) {
    Trees.TreeResult tree = Trees.read(file, text, limits);
    Optional<Problem> error = tree.problems().stream().filter(Problem::isError).findFirst();
    if (error.isPresent() || tree.root().isEmpty()) {
      return new Refused(error.orElseGet(() -> refusal(file, 1, 1, "the file is empty", "")));
    }
    Optional<Problem> breaks = otherLineBreak(file, text);
    if (breaks.isPresent()) {
      return new Refused(breaks.get());
    }
    Lines lines = new Lines(text);
    if (!(tree.root().get() instanceof Mapping root) || lines.charAt(root.position()) == '{') {
      return new Refused(
          refusal(file, 1, 1, "the model is not a YAML mapping in block style", blockHint()));
    }
    Optional<Node> list = value(root, section);
    if (list.isEmpty() || !(list.get() instanceof Sequence items)) {
      return new Refused(
          refusal(file, root.position().line(), 1, "the model has no '" + section + "' list", ""));
    }
    if (lines.charAt(items.position()) == '[') {
      return new Refused(
          at(items.position(), "'" + section + "' is written in flow style", blockHint()));
    }
    int index = -1;
    for (int i = 0; i < items.items().size(); i++) {
      if (items.items().get(i) instanceof Mapping item
          && value(item, "id").orElse(null) instanceof Scalar scalar
          && scalar.value().equals(id)) {
        if (index >= 0) {
          return new Refused(
              at(
                  item.position(),
                  "a second element of '" + section + "' has the id '" + id + "'",
                  "ids must be unique; 'bulwark validate' shows the model's errors"));
        }
        index = i;
      }
    }
    if (index < 0) {
      List<String> ids = new ArrayList<>();
      items
          .items()
          .forEach(item -> {
            if (item instanceof Mapping m && value(m, "id").orElse(null) instanceof Scalar s) {
              ids.add(s.value());
            }
          });
      return new Refused(
          at(
              items.position(),
              "'" + section + "' has no element with id '" + id + "'",
              "ids: "
                  + String.join(", ", ids)
                  + " (a component of an imported model is edited in its own file)"));
    }
    Mapping element = (Mapping) items.items().get(index);
    if (lines.charAt(element.position()) == '{') {
      return new Refused(
          at(element.position(), "element '" + id + "' is written in flow style", blockHint()));
    }
    int indent = element.position().column() - 1;
    Optional<Position> next = following(root, section, items, index);
    if (index + 1 < items.items().size()) {
      // the next item starts at its dash, which may stand lines above its first key
      next = Optional.of(lines.dashOf(next.get(), items.position().column()));
    }
    int end = lines.blockEnd(next, indent);
    Optional<Entry> existing =
        element.entries().stream().filter(e -> e.key().value().equals(key)).findFirst();
    String block = block(key, value, indent);
    if (existing.isPresent()) {
      int start = lines.offset(existing.get().key().position());
      int stop =
          nextKey(element, existing.get())
              .map(nextEntry -> lines.blockEnd(Optional.of(nextEntry), indent))
              .orElse(end);
      return new Edited(text.substring(0, start) + block.substring(indent) + text.substring(stop));
    }
    String before = text.substring(0, end);
    String glue = end > 0 && !before.endsWith("\n") ? "\n" : "";
    return new Edited(before + glue + block + text.substring(end));
  }

  /** The key and its list, each line indented by {@code indent} spaces, ending with a newline. */
  static String block(String key, List<? extends Map<String, ?>> value, int indent) {
    String yaml = new Dump(BLOCK).dumpToString(Map.of(key, value));
    StringBuilder out = new StringBuilder();
    for (String line : yaml.split("\n", -1)) {
      if (!line.isEmpty()) {
        out.append(" ".repeat(indent)).append(line).append('\n');
      }
    }
    return out.toString();
  }

  private static Optional<Node> value(Mapping mapping, String key) {
    return mapping.entries().stream()
        .filter(entry -> entry.key().value().equals(key))
        .map(Entry::value)
        .findFirst();
  }

  private static Optional<Position> nextKey(Mapping element, Entry entry) {
    int at = element.entries().indexOf(entry);
    return at + 1 < element.entries().size()
        ? Optional.of(element.entries().get(at + 1).key().position())
        : Optional.empty();
  }

  /** Where what follows the element starts: the next item, the next top-level key, or nothing. */
  private static Optional<Position> following(
      Mapping root, String section, Sequence items, int index) {
    if (index + 1 < items.items().size()) {
      return Optional.of(items.items().get(index + 1).position());
    }
    boolean after = false;
    for (Entry entry : root.entries()) {
      if (after) {
        return Optional.of(entry.key().position());
      }
      after = entry.key().value().equals(section);
    }
    return Optional.empty();
  }

  /**
   * A line break other than '\n' (a lone carriage return, NEL, LS, PS): YAML counts lines at them,
   * so the tree's positions and the lines this edit counts would disagree. CRLF files are turned
   * into LF before the edit and back after it by the caller.
   */
  private static Optional<Problem> otherLineBreak(String file, String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return Optional.of(
            refusal(
                file,
                line,
                column,
                String.format(
                    "the file has a line break U+%04X that --into does not edit", (int) c),
                "use \\n (or \\r\\n throughout) as line breaks"));
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return Optional.empty();
  }

  private static String blockHint() {
    return "--into edits YAML model files in block style; rewrite the model with 'bulwark"
        + " convert' first, or add the inventory by hand";
  }

  private static Problem refusal(String file, int line, int column, String message, String hint) {
    return new Problem(ProblemType.WRONG_TYPE, new Position(file, line, column), message, hint);
  }

  private static Problem at(Position position, String message, String hint) {
    return new Problem(ProblemType.WRONG_TYPE, position, message, hint);
  }

  /** Offsets of the text's lines, and the block arithmetic on them. */
  private static final class Lines {
    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    Lines(String text) {
      this.text = text;
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
    }

    int offset(Position position) {
      int start = starts.get(Math.min(position.line(), starts.size()) - 1);
      int lineEnd = text.indexOf('\n', start);
      int limit = lineEnd < 0 ? text.length() : lineEnd;
      int offset = start;
      for (int column = 1; column < position.column() && offset < limit; column++) {
        offset = text.offsetByCodePoints(offset, 1);
      }
      return offset;
    }

    char charAt(Position position) {
      int offset = offset(position);
      return offset < text.length() ? text.charAt(offset) : '\0';
    }

    /**
     * Where the sequence item whose content starts at {@code content} has its dash: the nearest
     * line at or above it with a '-' in column {@code dashColumn} and only spaces before it.
     */
    Position dashOf(Position content, int dashColumn) {
      for (int line = Math.min(content.line(), starts.size()); line >= 1; line--) {
        int start = starts.get(line - 1);
        int dash = start + dashColumn - 1;
        if (dash < text.length()
            && text.charAt(dash) == '-'
            && text.substring(start, dash).chars().allMatch(c -> c == ' ')) {
          return new Position(content.file(), line, dashColumn);
        }
      }
      return content;
    }

    int lineStart(int offset) {
      return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /**
     * Where a block ends that is followed by {@code next} (or by the end of the text): the start of
     * {@code next}'s line, moved up over blank lines and over comments indented no deeper than
     * {@code indent}, which belong to what follows.
     */
    int blockEnd(Optional<Position> next, int indent) {
      int end = next.map(p -> lineStart(offset(p))).orElse(text.length());
      if (next.isEmpty() && !text.isEmpty() && !text.endsWith("\n")) {
        return end;
      }
      while (end > 0) {
        int previous = lineStart(end - 1);
        String line = text.substring(previous, end - 1);
        String stripped = line.stripLeading();
        int depth = line.length() - stripped.length();
        boolean trailing = stripped.isEmpty() || stripped.startsWith("#") && depth <= indent;
        if (!trailing) {
          break;
        }
        end = previous;
      }
      return end;
    }
  }
}
