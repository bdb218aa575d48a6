package dev.bulwark.analysis.cel;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * A pack file read into a small tree whose scalars remember their style and where their text
 * starts, so that a position inside a CEL expression can be traced back to the file. Read one
 * parser event at a time without recursion; packs are small, so the limits are tight, and anchors,
 * aliases and tags (which a pack never needs) are refused rather than expanded.
 */
final class YamlTree {
  static final int MAX_BYTES = 1024 * 1024;
  static final int MAX_NESTING = 32;
  static final int MAX_NODES = 200_000;

  private final Path file;
  private final SourceMap source;
  private final List<PackProblem> problems;
  private final Deque<Open> open = new ArrayDeque<>();
  private int nodes;
  private int documents;
  private Node root;

  private YamlTree(Path file, String text, List<PackProblem> problems) {
    this.file = file;
    this.source = new SourceMap(text);
    this.problems = problems;
  }

  /** A node with the place it starts; lines and columns count from 1, columns in code points. */
  sealed interface Node {
    int line();

    int column();

    String describe();
  }

  /**
   * A scalar. {@code index} is the char index in the file where its text starts (at the quote or
   * block indicator, for those styles).
   */
  record Scalar(String value, ScalarStyle style, int line, int column, int index) implements Node {
    boolean plain() {
      return style == ScalarStyle.PLAIN;
    }

    boolean isNull() {
      return plain() && (value.isEmpty() || value.equals("~") || value.equalsIgnoreCase("null"));
    }

    @Override
    public String describe() {
      if (isNull()) {
        return "nothing (null)";
      } else if (plain() && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
        return "a boolean";
      } else if (plain() && value.matches("[-+]?[0-9.][0-9._eE+-]*")) {
        return "a number";
      }
      return "text";
    }
  }

  record Sequence(List<Node> items, int line, int column) implements Node {
    @Override
    public String describe() {
      return "a list";
    }
  }

  record Entry(Scalar key, Node value) {}

  record Mapping(List<Entry> entries, int line, int column) implements Node {
    @Override
    public String describe() {
      return "a mapping";
    }

    Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().value().equals(key)).findFirst();
    }
  }

  /** The text read and its root, or empty with the reason among the problems. */
  record Read(SourceMap source, Optional<Node> root) {}

  /** Decodes and reads a pack file's bytes. */
  static Read read(Path file, byte[] bytes, List<PackProblem> problems) {
    if (bytes.length > MAX_BYTES) {
      problems.add(
          PackProblem.ofFile(
              file,
              "file-too-large",
              "the pack has " + bytes.length + " bytes, more than the limit of " + MAX_BYTES,
              "split it into several packs"));
      return new Read(new SourceMap(""), Optional.empty());
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      problems.add(
          PackProblem.ofFile(
              file, "invalid-encoding", "the pack is not UTF-8 text", "save it as UTF-8"));
      return new Read(new SourceMap(""), Optional.empty());
    }
    return read(file, text.startsWith("\uFEFF") ? text.substring(1) : text, problems);
  }

  static Read read(Path file, String text, List<PackProblem> problems) {
    YamlTree tree = new YamlTree(file, text, problems);
    return new Read(tree.source, tree.read());
  }

  private Optional<Node> read() {
    if (source.text().indexOf('\0') >= 0) {
      problem(
          source.lineOf(source.text().indexOf('\0')),
          1,
          "invalid-encoding",
          "the pack contains a NUL byte, so it is binary, not YAML",
          "packs are UTF-8 text");
      return Optional.empty();
    }
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file.toString())
            .setUseMarks(true)
            .setCodePointLimit(MAX_BYTES + 1)
            .setMaxAliasesForCollections(0)
            .build();
    try {
      for (Event event : new Parse(settings).parseString(source.text())) {
        if (!accept(event)) {
          return Optional.empty();
        }
      }
    } catch (MarkedYamlEngineException e) {
      var mark = e.getProblemMark().or(e::getContextMark);
      String what = e.getProblem() == null ? "unreadable YAML" : firstLine(e.getProblem());
      problem(
          mark.map(m -> m.getLine() + 1).orElse(1),
          mark.map(m -> m.getColumn() + 1).orElse(1),
          "yaml-syntax",
          what,
          what.contains("'\\t'") ? "indent with spaces, not tabs" : "");
      return Optional.empty();
    } catch (RuntimeException e) {
      // The YAML library fails on a few malformed inputs with other exceptions (a bad escape gives
      // a NumberFormatException); none of them may escape as a crash.
      problem(
          1, 1, "yaml-syntax", "unreadable YAML: " + firstLine(String.valueOf(e.getMessage())), "");
      return Optional.empty();
    }
    return Optional.of(root != null ? root : new Scalar("", ScalarStyle.PLAIN, 1, 1, 0));
  }

  private boolean accept(Event event) {
    switch (event.getEventId()) {
      case DocumentStart -> {
        if (++documents > 1) {
          return refuse(event, "a second YAML document starts here; a pack file holds one");
        }
      }
      case Alias -> {
        return refuse(event, "pack files do not use aliases");
      }
      case Scalar -> {
        ScalarEvent scalar = (ScalarEvent) event;
        if (!plainNode(scalar)) {
          return false;
        }
        int line = line(event);
        int column = column(event);
        return add(
            new Scalar(
                scalar.getValue(),
                scalar.getScalarStyle(),
                line,
                column,
                source.index(line, column)));
      }
      case MappingStart, SequenceStart -> {
        if (!plainNode((NodeEvent) event)) {
          return false;
        }
        if (open.size() >= MAX_NESTING) {
          return refuse(event, "collections nest deeper than " + MAX_NESTING + " levels");
        }
        open.push(new Open(event instanceof MappingStartEvent, line(event), column(event)));
      }
      case MappingEnd, SequenceEnd -> {
        Open done = open.pop();
        return add(
            done.mapping
                ? new Mapping(List.copyOf(done.entries), done.line, done.column)
                : new Sequence(List.copyOf(done.items), done.line, done.column));
      }
      default -> {
        // stream and document ends, comments: nothing to build
      }
    }
    return true;
  }

  private boolean plainNode(NodeEvent event) {
    if (event.getAnchor().isPresent()) {
      return refuse(event, "pack files do not use anchors (&" + event.getAnchor().get() + ")");
    }
    Optional<String> tag =
        event instanceof ScalarEvent s ? s.getTag() : ((CollectionStartEvent) event).getTag();
    if (tag.isPresent()) {
      return refuse(event, "the tag '" + tag.get() + "' is not supported in pack files");
    }
    return true;
  }

  private boolean add(Node node) {
    if (++nodes > MAX_NODES) {
      problem(
          node.line(),
          node.column(),
          "unsupported-yaml",
          "the pack has more than " + MAX_NODES + " nodes",
          "split it into several packs");
      return false;
    }
    Open parent = open.peek();
    if (parent == null) {
      root = node;
    } else if (!parent.mapping) {
      parent.items.add(node);
    } else if (parent.key == null) {
      if (!(node instanceof Scalar key) || key.isNull()) {
        problem(
            node.line(),
            node.column(),
            "wrong-type",
            "a key must be text, not " + node.describe(),
            "write the key as plain text");
        return false;
      }
      parent.key = key;
    } else {
      Scalar key = parent.key;
      parent.key = null;
      Integer first = parent.keyLines.putIfAbsent(key.value(), key.line());
      if (first != null) {
        problem(
            key.line(),
            key.column(),
            "duplicate-key",
            "key '" + key.value() + "' appears twice in this mapping; first at line " + first,
            "remove one of them");
      } else {
        parent.entries.add(new Entry(key, node));
      }
    }
    return true;
  }

  private boolean refuse(Event event, String message) {
    problem(line(event), column(event), "unsupported-yaml", message, "write plain YAML");
    return false;
  }

  private void problem(int line, int column, String code, String message, String hint) {
    problems.add(new PackProblem(file, line, column, code, message, hint));
  }

  private static int line(Event event) {
    return event.getStartMark().map(m -> m.getLine() + 1).orElse(1);
  }

  private static int column(Event event) {
    return event.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
  }

  private static String firstLine(String message) {
    String stripped = message.strip();
    int newline = stripped.indexOf('\n');
    return newline < 0 ? stripped : stripped.substring(0, newline);
  }

  /** A mapping or sequence being read. */
  private static final class Open {
    final boolean mapping;
    final int line;
    final int column;
    final List<Node> items = new ArrayList<>();
    final List<Entry> entries = new ArrayList<>();
    final Map<String, Integer> keyLines = new HashMap<>();
    Scalar key;

    Open(boolean mapping, int line, int column) {
      this.mapping = mapping;
      this.line = line;
      this.column = column;
    }
  }
}
