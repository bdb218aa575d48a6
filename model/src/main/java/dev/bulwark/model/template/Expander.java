package dev.bulwark.model.template;

import dev.bulwark.model.Position;
import dev.bulwark.model.parse.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Substitutes parameter values into the text values of a template's tree. Keys are never
 * substituted; a scalar keeps its position and its style (a plain {@code ${port}} that becomes
 * {@code 443} reads as a number, a quoted one stays text). Nodes shared through YAML aliases stay
 * shared, so the work is bounded by the tree as read, not as expanded.
 */
final class Expander {
  /**
   * Deeper nodes can only sit in extension fields ({@code x-…}), which Bulwark ignores; they are
   * neither checked nor substituted, which bounds the recursion whatever the nesting limit.
   */
  static final int MAX_DEPTH = 200;

  private final Map<String, String> values;
  private final Map<Node, Node> done = new IdentityHashMap<>();
  private final Map<Position, SequencedSet<String>> used = new LinkedHashMap<>();

  private Expander(Map<String, String> values) {
    this.values = values;
  }

  /**
   * What expanding gave.
   *
   * @param tree the tree with parameters substituted
   * @param used for each scalar that held references, where it was written and the names it used
   */
  record Expansion(Node tree, Map<Position, SequencedSet<String>> used) {}

  /**
   * The tree with every well-formed reference replaced.
   *
   * @param values a value for every parameter the tree references
   */
  static Expansion expand(Node tree, Map<String, String> values) {
    Expander expander = new Expander(values);
    Node expanded = expander.copy(tree, 0);
    return new Expansion(expanded, expander.used);
  }

  /** Calls {@code visit} with every text value (not key) of the tree, each shared node once. */
  static void scalars(Node tree, BiConsumer<Node.Scalar, Integer> visit) {
    walk(tree, 0, visit, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static void walk(
      Node node, int depth, BiConsumer<Node.Scalar, Integer> visit, Set<Node> seen) {
    if (depth > MAX_DEPTH || !seen.add(node)) {
      return;
    }
    switch (node) {
      case Node.Scalar scalar -> visit.accept(scalar, depth);
      case Node.Sequence sequence ->
          sequence.items().forEach(item -> walk(item, depth + 1, visit, seen));
      case Node.Mapping mapping ->
          mapping.entries().forEach(entry -> walk(entry.value(), depth + 1, visit, seen));
    }
  }

  private Node copy(Node node, int depth) {
    if (depth > MAX_DEPTH) {
      return node;
    }
    Node known = done.get(node);
    if (known != null) {
      return known;
    }
    Node copied =
        switch (node) {
          case Node.Scalar scalar -> substitute(scalar);
          case Node.Sequence sequence -> {
            List<Node> items = new ArrayList<>(sequence.items().size());
            sequence.items().forEach(item -> items.add(copy(item, depth + 1)));
            yield new Node.Sequence(items, sequence.position());
          }
          case Node.Mapping mapping -> {
            List<Node.Entry> entries = new ArrayList<>(mapping.entries().size());
            for (Node.Entry entry : mapping.entries()) {
              entries.add(new Node.Entry(entry.key(), copy(entry.value(), depth + 1)));
            }
            yield new Node.Mapping(entries, mapping.position());
          }
        };
    done.put(node, copied);
    return copied;
  }

  private Node substitute(Node.Scalar scalar) {
    if (scalar.value().indexOf('$') < 0
        || !(Substitution.parse(scalar.value()) instanceof Substitution.Parts parts)) {
      return scalar; // a malformed value is reported when the template is read
    }
    List<String> names = parts.names();
    if (names.isEmpty() && !scalar.value().contains("$${")) {
      return scalar;
    }
    if (!values.keySet().containsAll(names)) {
      return scalar; // an undeclared name is reported when the template is read
    }
    if (!names.isEmpty()) {
      used.computeIfAbsent(scalar.position(), unused -> new LinkedHashSet<>()).addAll(names);
    }
    return new Node.Scalar(Substitution.apply(parts, values), scalar.plain(), scalar.position());
  }
}
