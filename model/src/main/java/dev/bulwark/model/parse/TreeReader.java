package dev.bulwark.model.parse;

import dev.bulwark.model.Position;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Builds a {@link Node} tree from YAML (or JSON) text, one parser event at a time and without
 * recursion, so that no input can overflow the stack. Limits on nesting, aliases and the expanded
 * size are checked as the events arrive; the first one exceeded ends reading with a problem that
 * names it. Duplicate keys are reported and the first value kept.
 */
final class TreeReader {
  private static final String CORE_TAG = "tag:yaml.org,2002:";
  private static final Set<String> SCALAR_TAGS = Set.of("str", "int", "bool", "null", "float");
  private static final Set<String> COLLECTION_TAGS = Set.of("map", "seq");

  /**
   * Escapes snakeyaml-engine fails on with a NumberFormatException rather than a syntax error: one
   * cut off by the end of the text, and a {@code \U} beyond what an int holds.
   */
  private static final Pattern BROKEN_ESCAPE =
      Pattern.compile("\\\\(?:[xuU][0-9A-Fa-f]*\\z|U[89A-Fa-f][0-9A-Fa-f]{7})");

  private final String file;
  private final String text;
  private final ParseLimits limits;
  private final List<Problem> problems;
  private final Deque<Builder> open = new ArrayDeque<>();
  private final Map<String, Node> anchors = new HashMap<>();
  private final Map<Node, Long> expandedSizes = new HashMap<>();
  private final Set<String> openAnchors = new HashSet<>();
  private long nodes;
  private int aliases;
  private int documents;
  private Node root;

  private TreeReader(String file, String text, ParseLimits limits, List<Problem> problems) {
    this.file = file;
    this.text = text;
    this.limits = limits;
    this.problems = problems;
  }

  /**
   * The document's root node, or empty when the text could not be read (the reason is added to the
   * problems). An empty document yields a null scalar.
   */
  static Optional<Node> read(String file, String text, ParseLimits limits, List<Problem> problems) {
    return new TreeReader(file, text, limits, problems).read();
  }

  private Optional<Node> read() {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file)
            .setUseMarks(true)
            .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes() + 1))
            .build();
    try {
      try (EventPipe events = new EventPipe(new Parse(settings).parseString(text))) {
        while (events.hasNext()) {
          if (!accept(events.next())) {
            return Optional.empty();
          }
        }
      }
    } catch (MarkedYamlEngineException e) {
      problems.add(syntaxError(e));
      return Optional.empty();
    } catch (ReaderException e) {
      problems.add(
          new Problem(
              ProblemType.SYNTAX_ERROR,
              SourceText.positionOfChar(file, text, text.offsetByCodePoints(0, e.getPosition())),
              String.format("character U+%04X is not allowed in YAML", e.getCodePoint()),
              "remove the control character"));
      return Optional.empty();
    } catch (NumberFormatException e) {
      Matcher escape = BROKEN_ESCAPE.matcher(text);
      problems.add(
          new Problem(
              ProblemType.SYNTAX_ERROR,
              SourceText.positionOfChar(file, text, escape.find() ? escape.start() : 0),
              "a double-quoted string has an escape that names no character",
              "\\x, \\u and \\U take 2, 4 and 8 hex digits of a Unicode character"));
      return Optional.empty();
    } catch (YamlEngineException e) {
      problems.add(
          new Problem(ProblemType.SYNTAX_ERROR, Position.startOf(file), clean(e.getMessage())));
      return Optional.empty();
    }
    return Optional.of(root != null ? root : new Node.Scalar("", true, Position.startOf(file)));
  }

  /** Handles one event; false when reading must stop. */
  private boolean accept(Event event) {
    switch (event.getEventId()) {
      case DocumentStart -> {
        if (++documents > 1) {
          return stop(
              ProblemType.MULTIPLE_DOCUMENTS,
              at(event),
              "a second YAML document starts here; a model file holds one",
              "split it into two files, or remove the '---' line");
        }
      }
      case Scalar -> {
        return scalar((ScalarEvent) event);
      }
      case Alias -> {
        return alias((AliasEvent) event);
      }
      case MappingStart, SequenceStart -> {
        return start((CollectionStartEvent) event);
      }
      case MappingEnd, SequenceEnd -> {
        return end();
      }
      default -> {
        // stream start and end, document end, comments: nothing to build
      }
    }
    return true;
  }

  private boolean scalar(ScalarEvent event) {
    Optional<String> tag = event.getTag();
    boolean plain = event.isPlain();
    if (tag.isPresent() && !tag.get().equals("!")) {
      String name = tag.get().startsWith(CORE_TAG) ? tag.get().substring(CORE_TAG.length()) : "";
      if (!SCALAR_TAGS.contains(name)) {
        return stop(
            ProblemType.UNSUPPORTED_TAG,
            at(event),
            "the tag '" + tag.get() + "' is not supported",
            "model files use plain YAML: remove the tag");
      }
      plain = !name.equals("str");
    } else if (tag.isPresent()) {
      plain = false;
    }
    Node node = new Node.Scalar(event.getValue(), plain, at(event));
    anchor(event, node, 1);
    return add(node, 1);
  }

  private boolean alias(AliasEvent event) {
    String name = event.getAlias().getValue();
    if (++aliases > limits.maxAliases()) {
      return stop(
          ProblemType.TOO_MANY_ALIASES,
          at(event),
          "more than " + limits.maxAliases() + " aliases in one file (alias limit)",
          "raise it with --max-aliases, or write the values out");
    }
    if (openAnchors.contains(name)) {
      return stop(
          ProblemType.RECURSIVE_ALIAS,
          at(event),
          "alias *" + name + " refers to a collection that contains it",
          "a model cannot be recursive");
    }
    Node target = anchors.get(name);
    if (target == null) {
      return stop(
          ProblemType.SYNTAX_ERROR,
          at(event),
          "alias *" + name + " names no anchor defined before it",
          "define '&" + name + "' first");
    }
    return add(target, expandedSizes.getOrDefault(target, 1L), at(event));
  }

  private boolean start(CollectionStartEvent event) {
    Optional<String> tag = event.getTag();
    if (tag.isPresent()) {
      String name = tag.get().startsWith(CORE_TAG) ? tag.get().substring(CORE_TAG.length()) : "";
      if (!COLLECTION_TAGS.contains(name)) {
        return stop(
            ProblemType.UNSUPPORTED_TAG,
            at(event),
            "the tag '" + tag.get() + "' is not supported",
            "model files use plain YAML: remove the tag");
      }
    }
    if (open.size() >= limits.maxNesting()) {
      return stop(
          ProblemType.NESTING_TOO_DEEP,
          at(event),
          "collections nest deeper than " + limits.maxNesting() + " levels (nesting limit)",
          "raise it with --max-nesting if the model really needs it");
    }
    event.getAnchor().map(Anchor::getValue).ifPresent(openAnchors::add);
    open.push(new Builder(event, event instanceof MappingStartEvent, at(event), nodes));
    return true;
  }

  private boolean end() {
    Builder builder = open.pop();
    Node node =
        builder.mapping
            ? new Node.Mapping(builder.entries, builder.position)
            : new Node.Sequence(builder.items, builder.position);
    long size = nodes - builder.nodesBefore + 1;
    builder.event.getAnchor().map(Anchor::getValue).ifPresent(openAnchors::remove);
    anchor(builder.event, node, size);
    return add(node, 1);
  }

  private void anchor(NodeEvent event, Node node, long expandedSize) {
    event
        .getAnchor()
        .ifPresent(anchor -> {
          anchors.put(anchor.getValue(), node);
          if (expandedSize > 1) {
            expandedSizes.put(node, expandedSize);
          }
        });
  }

  /** Adds a finished node to its parent; {@code size} is its expanded node count. */
  private boolean add(Node node, long size) {
    return add(node, size, node.position());
  }

  /**
   * Adds a node where it is used, at {@code usedAt}: for an alias, the alias rather than the node
   * it names, so that a size limit is reported where it is crossed.
   */
  private boolean add(Node node, long size, Position usedAt) {
    nodes += size;
    if (nodes > limits.maxNodes()) {
      return stop(
          ProblemType.DOCUMENT_TOO_LARGE,
          usedAt,
          "the document has more than "
              + limits.maxNodes()
              + " nodes with aliases expanded"
              + " (node limit)",
          "raise it with --max-nodes, or split the model with imports");
    }
    Builder parent = open.peek();
    if (parent == null) {
      root = node;
    } else if (!parent.mapping) {
      parent.items.add(node);
    } else if (parent.pendingKey == null) {
      if (!(node instanceof Node.Scalar key) || key.isNull()) {
        return stop(
            ProblemType.WRONG_TYPE,
            usedAt,
            "a key must be text, not " + node.describe(),
            "write the key as plain text");
      }
      parent.pendingKey = key;
    } else {
      Node.Scalar key = parent.pendingKey;
      parent.pendingKey = null;
      Position first = parent.firstPositionOf(key);
      if (first != null) {
        problems.add(
            new Problem(
                ProblemType.DUPLICATE_KEY,
                key.position(),
                "key '"
                    + key.value()
                    + "' appears twice in this mapping; first at line "
                    + first.line(),
                "remove one of them; the first is used"));
      } else {
        parent.entries.add(new Node.Entry(key, node));
      }
    }
    return true;
  }

  private boolean stop(ProblemType type, Position position, String message, String hint) {
    problems.add(new Problem(type, position, message, hint));
    return false;
  }

  private Position at(Event event) {
    return event.getStartMark().map(this::position).orElse(Position.startOf(file));
  }

  private Position position(Mark mark) {
    return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  private Problem syntaxError(MarkedYamlEngineException e) {
    Position where =
        e.getProblemMark().or(e::getContextMark).map(this::position).orElse(Position.startOf(file));
    String problem = e.getProblem() == null ? "unreadable YAML" : clean(e.getProblem());
    String context = e.getContext() == null ? "" : clean(e.getContext());
    String hint = problem.contains("'\\t'") ? "indent with spaces, not tabs" : context;
    return new Problem(ProblemType.SYNTAX_ERROR, where, problem, hint);
  }

  private static String clean(String message) {
    String oneLine = message == null ? "unreadable YAML" : message.strip();
    int newline = oneLine.indexOf('\n');
    return newline < 0 ? oneLine : oneLine.substring(0, newline);
  }

  /** A mapping or sequence being read. */
  private static final class Builder {
    /** Up to this many keys, a duplicate is found by scanning; beyond it, by hashing. */
    private static final int SCAN_LIMIT = 16;

    final CollectionStartEvent event;
    final boolean mapping;
    final Position position;
    final long nodesBefore;
    final List<Node> items;
    final List<Node.Entry> entries;
    Map<String, Position> keys;
    Node.Scalar pendingKey;

    Builder(CollectionStartEvent event, boolean mapping, Position position, long nodesBefore) {
      this.event = event;
      this.mapping = mapping;
      this.position = position;
      this.nodesBefore = nodesBefore;
      this.items = mapping ? List.of() : new ArrayList<>();
      this.entries = mapping ? new ArrayList<>() : List.of();
    }

    /**
     * Where this key was first written in the mapping, or null when it is new (and now known).
     * Small mappings, nearly all of them, are scanned; large ones get an index.
     */
    Position firstPositionOf(Node.Scalar key) {
      if (keys == null && entries.size() < SCAN_LIMIT) {
        for (Node.Entry entry : entries) {
          if (entry.key().value().equals(key.value())) {
            return entry.key().position();
          }
        }
        return null;
      }
      if (keys == null) {
        keys = new HashMap<>();
        entries.forEach(entry -> keys.put(entry.key().value(), entry.key().position()));
      }
      return keys.putIfAbsent(key.value(), key.position());
    }
  }
}
