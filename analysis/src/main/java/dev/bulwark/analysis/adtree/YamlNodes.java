package dev.bulwark.analysis.adtree;

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
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * A tree file's YAML read into positioned nodes, one parser event at a time (no recursion, so deep
 * nesting cannot overflow the stack). Anchors, aliases and tags are refused: a tree shares a node
 * by naming its id, and expanding aliases is how small YAML files become huge.
 */
final class YamlNodes {
  static final int MAX_CHARS = 4 * 1024 * 1024;
  static final int MAX_NESTING = 2 * AdTree.MAX_DEPTH + 8;
  static final int MAX_NODES = 400_000;

  private final String file;
  private final Deque<Open> open = new ArrayDeque<>();
  private int count;
  private int documents;
  private Node root;

  private YamlNodes(String file) {
    this.file = file;
  }

  /** A node and where it starts, lines and columns from 1. */
  sealed interface Node {
    int line();

    int column();
  }

  record Scalar(String value, boolean plain, int line, int column) implements Node {
    boolean isNull() {
      return plain && (value.isEmpty() || value.equals("~") || value.equalsIgnoreCase("null"));
    }
  }

  record Sequence(List<Node> items, int line, int column) implements Node {}

  record Entry(Scalar key, Node value) {}

  record Mapping(List<Entry> entries, int line, int column) implements Node {}

  /** The document's root; a syntax error or a refused construct throws with its place. */
  static Node read(String file, String text) {
    if (text.length() > MAX_CHARS) {
      throw new AdTreeException(file + ": the file has more than " + MAX_CHARS + " characters");
    }
    if (text.indexOf('\0') >= 0) {
      throw new AdTreeException(file + ": the file contains a NUL character; it is not text");
    }
    YamlNodes reader = new YamlNodes(file);
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file)
            .setUseMarks(true)
            .setCodePointLimit(MAX_CHARS + 1)
            .setMaxAliasesForCollections(0)
            .build();
    try {
      for (Event event : new Parse(settings).parseString(text)) {
        reader.accept(event);
      }
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      String what = e.getProblem() == null ? "unreadable YAML" : firstLine(e.getProblem());
      throw new AdTreeException(
          file
              + ":"
              + mark.map(m -> m.getLine() + 1).orElse(1)
              + ":"
              + mark.map(m -> m.getColumn() + 1).orElse(1)
              + ": "
              + what);
    } catch (AdTreeException e) {
      throw e;
    } catch (RuntimeException e) {
      // the YAML library fails on a few malformed inputs with other exceptions
      throw new AdTreeException(
          file + ":1:1: unreadable YAML: " + firstLine(String.valueOf(e.getMessage())));
    }
    return reader.root != null ? reader.root : new Scalar("", true, 1, 1);
  }

  private void accept(Event event) {
    switch (event.getEventId()) {
      case DocumentStart -> {
        if (++documents > 1) {
          throw refuse(event, "a second YAML document starts here; a tree file holds one");
        }
      }
      case Alias -> throw refuse(event, "aliases are not used in tree files; name a node's id");
      case Scalar -> {
        ScalarEvent scalar = (ScalarEvent) event;
        plainNode(scalar);
        add(
            new Scalar(
                scalar.getValue(),
                scalar.getScalarStyle() == ScalarStyle.PLAIN,
                line(event),
                column(event)));
      }
      case MappingStart, SequenceStart -> {
        plainNode((NodeEvent) event);
        if (open.size() >= MAX_NESTING) {
          throw refuse(event, "collections nest deeper than " + MAX_NESTING + " levels");
        }
        open.push(new Open(event instanceof MappingStartEvent, line(event), column(event)));
      }
      case MappingEnd, SequenceEnd -> {
        Open done = open.pop();
        add(
            done.mapping
                ? new Mapping(List.copyOf(done.entries), done.line, done.column)
                : new Sequence(List.copyOf(done.items), done.line, done.column));
      }
      default -> {
        // stream and document ends, comments: nothing to build
      }
    }
  }

  private void plainNode(NodeEvent event) {
    if (event.getAnchor().isPresent()) {
      throw refuse(
          event,
          "anchors (&"
              + event.getAnchor().get()
              + ") are not used in tree files; name a node's id to share it");
    }
    Optional<String> tag =
        event instanceof ScalarEvent s ? s.getTag() : ((CollectionStartEvent) event).getTag();
    if (tag.isPresent()) {
      throw refuse(event, "tags (" + tag.get() + ") are not used in tree files");
    }
  }

  private void add(Node node) {
    if (++count > MAX_NODES) {
      throw new AdTreeException(at(node) + "the file has more than " + MAX_NODES + " YAML nodes");
    }
    Open parent = open.peek();
    if (parent == null) {
      root = node;
    } else if (!parent.mapping) {
      parent.items.add(node);
    } else if (parent.key == null) {
      if (!(node instanceof Scalar key) || key.isNull()) {
        throw new AdTreeException(at(node) + "a key must be plain text");
      }
      parent.key = key;
    } else {
      Scalar key = parent.key;
      parent.key = null;
      Integer first = parent.keyLines.putIfAbsent(key.value(), key.line());
      if (first != null) {
        throw new AdTreeException(
            at(key)
                + "'"
                + key.value()
                + "' appears twice in this mapping; first at line "
                + first);
      }
      parent.entries.add(new Entry(key, node));
    }
  }

  private String at(Node node) {
    return file + ":" + node.line() + ":" + node.column() + ": ";
  }

  private AdTreeException refuse(Event event, String message) {
    return new AdTreeException(file + ":" + line(event) + ":" + column(event) + ": " + message);
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
