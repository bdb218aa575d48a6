package dev.bulwark.analysis.adtree;

import dev.bulwark.analysis.adtree.YamlNodes.Entry;
import dev.bulwark.analysis.adtree.YamlNodes.Mapping;
import dev.bulwark.analysis.adtree.YamlNodes.Node;
import dev.bulwark.analysis.adtree.YamlNodes.Scalar;
import dev.bulwark.analysis.adtree.YamlNodes.Sequence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bulwark's YAML tree files ({@code bulwark-tree: 1}): the root node written nested, each node a
 * mapping with its id, label, values, {@code and} or {@code or} children and a {@code counter}. A
 * plain id where a node is expected names a node written elsewhere in the file: that is how a
 * sub-goal is shared. The role follows from the place: children keep their parent's, a counter
 * switches it. Every problem is reported with {@code file:line:col}; docs/attack-trees.md has the
 * format.
 */
public final class TreeYaml {
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final List<String> NODE_KEYS =
      List.of(
          "id",
          "label",
          "type",
          "and",
          "or",
          "counter",
          "cost",
          "probability",
          "time",
          "skill",
          "feasible",
          "in-place");

  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private final List<AdNode> nodes = new ArrayList<>();
  private final Map<String, Integer> slots = new LinkedHashMap<>();
  private final Map<String, Node> places = new LinkedHashMap<>();
  private final List<Reference> references = new ArrayList<>();

  private TreeYaml(String file) {
    this.file = file;
  }

  private record Reference(String id, Scalar at) {}

  /** A problem and its place, so that problems are reported in the order of the file. */
  private record Problem(int line, int column, String text) {}

  /** Reads a tree file's text; a bad one throws with every problem found, each with its place. */
  public static AdTree read(String file, String text) {
    Node document = YamlNodes.read(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
    return new TreeYaml(file).bind(document);
  }

  /** Whether the text looks like a tree file (its first key is {@code bulwark-tree}). */
  public static boolean looksLikeTree(String text) {
    return text.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.equals("---"))
        .findFirst()
        .map(l -> l.startsWith("bulwark-tree:"))
        .orElse(false);
  }

  private AdTree bind(Node document) {
    if (!(document instanceof Mapping top)) {
      throw new AdTreeException(at(document) + "expected a mapping with bulwark-tree: 1 and root");
    }
    Optional<Node> version = value(top, "bulwark-tree");
    Optional<Node> root = value(top, "root");
    for (Entry e : top.entries()) {
      if (!e.key().value().equals("bulwark-tree") && !e.key().value().equals("root")) {
        problem(e.key(), "unknown key '" + e.key().value() + "' (allowed: bulwark-tree, root)");
      }
    }
    if (version.isEmpty()) {
      problem(top, "missing 'bulwark-tree: 1' (the format version)");
    } else if (!(version.get() instanceof Scalar v && v.plain() && v.value().equals("1"))) {
      problem(version.get(), "this reader knows bulwark-tree: 1 only");
    }
    if (root.isEmpty()) {
      problem(top, "missing 'root': the attacker's goal");
    } else {
      node(root.get(), Role.ATTACK);
    }
    for (Reference r : references) {
      if (!slots.containsKey(r.id())) {
        problem(
            r.at(),
            "'"
                + r.id()
                + "' is not defined in this file (a plain id where a node"
                + " is expected names a node written elsewhere)");
      }
    }
    if (!problems.isEmpty()) {
      throw new AdTreeException(
          problems.stream()
              .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
              .map(Problem::text)
              .toList());
    }
    String rootId =
        ((Mapping) root.get())
            .entries().stream()
                .filter(e -> e.key().value().equals("id"))
                .map(e -> ((Scalar) e.value()).value())
                .findFirst()
                .orElseThrow();
    List<TreeProblem> shape = TreeCheck.problems(rootId, nodes);
    if (!shape.isEmpty()) {
      throw new AdTreeException(
          shape.stream()
              .map(p -> at(places.getOrDefault(p.at(), root.get())) + p.message())
              .toList());
    }
    return new AdTree(rootId, nodes);
  }

  /** A child or counter: a node written here, or the id of one written elsewhere. */
  private Optional<String> member(Node node, Role role) {
    if (node instanceof Scalar s && !s.isNull()) {
      if (!AdNode.ID.matcher(s.value()).matches()) {
        problem(s, "'" + s.value() + "' is neither a node (a mapping with an id) nor a node id");
        return Optional.empty();
      }
      references.add(new Reference(s.value(), s));
      return Optional.of(s.value());
    }
    return node(node, role);
  }

  private Optional<String> node(Node node, Role role) {
    if (!(node instanceof Mapping m)) {
      problem(
          node,
          "expected a node: a mapping with an id, or the id of a node written" + " elsewhere");
      return Optional.empty();
    }
    for (Entry e : m.entries()) {
      if (!NODE_KEYS.contains(e.key().value())) {
        problem(
            e.key(),
            "unknown key '"
                + e.key().value()
                + "' (allowed: "
                + String.join(", ", NODE_KEYS)
                + ")");
      }
    }
    Optional<String> id = value(m, "id").flatMap(v -> text(v, "id"));
    if (id.isEmpty()) {
      if (value(m, "id").isEmpty()) {
        problem(m, "a node needs an id");
      }
      return Optional.empty();
    }
    if (!AdNode.ID.matcher(id.get()).matches()) {
      problem(
          value(m, "id").get(),
          "'"
              + id.get()
              + "' is not a node id: use letters, digits"
              + " and _ . : @ / + - (up to 200), starting with a letter, digit or _");
      return Optional.empty();
    }
    if (slots.containsKey(id.get())) {
      Node first = places.get(id.get());
      problem(
          m,
          "node '"
              + id.get()
              + "' is defined twice; first at line "
              + first.line()
              + " (name its id to use it again)");
      return Optional.empty();
    }
    slots.put(id.get(), nodes.size());
    places.put(id.get(), m);
    nodes.add(null);
    role(m, id.get(), role);
    String label = value(m, "label").flatMap(v -> text(v, "label")).orElse(id.get());
    if (label.isBlank()) {
      problem(value(m, "label").get(), "the label is empty");
    }
    Optional<Node> and = value(m, "and");
    Optional<Node> or = value(m, "or");
    if (and.isPresent() && or.isPresent()) {
      problem(or.get(), "a node is refined by 'and' or by 'or', not both");
    }
    Optional<Refinement> refinement =
        and.isPresent()
            ? Optional.of(Refinement.AND)
            : or.isPresent() ? Optional.of(Refinement.OR) : Optional.empty();
    List<String> children = children(and.or(() -> or), role, id.get());
    Optional<String> counter = value(m, "counter").flatMap(c -> member(c, role.opposite()));
    Attributes attributes = attributes(m, role, and.isPresent() || or.isPresent());
    if (refinement.isPresent() && children.isEmpty()) {
      refinement = Optional.empty();
    }
    if (!label.isBlank()) {
      nodes.set(
          slots.get(id.get()),
          new AdNode(id.get(), label, role, refinement, children, counter, attributes));
    }
    return id;
  }

  private List<String> children(Optional<Node> list, Role role, String parent) {
    if (list.isEmpty()) {
      return List.of();
    }
    if (!(list.get() instanceof Sequence seq) || seq.items().isEmpty()) {
      problem(list.get(), "expected a list of one or more nodes");
      return List.of();
    }
    List<String> children = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Node item : seq.items()) {
      Optional<String> child = member(item, role);
      if (child.isPresent() && !seen.add(child.get())) {
        problem(item, "'" + child.get() + "' is already a child of '" + parent + "'");
      } else {
        child.ifPresent(children::add);
      }
    }
    return children;
  }

  private void role(Mapping m, String id, Role role) {
    value(m, "type")
        .flatMap(v -> text(v, "type"))
        .ifPresent(type -> {
          if (!type.equals("attack") && !type.equals("defence")) {
            problem(value(m, "type").get(), "type is attack or defence, not '" + type + "'");
          } else if (!type.equals(role.wire())) {
            problem(
                value(m, "type").get(),
                "'"
                    + id
                    + "' is written where "
                    + TreeCheck.article(role)
                    + " belongs (a child keeps its parent's role, a counter switches it), but its type"
                    + " says "
                    + type);
          }
        });
  }

  private Attributes attributes(Mapping m, Role role, boolean refined) {
    for (String key : List.of("cost", "probability", "time", "skill", "feasible", "in-place")) {
      Optional<Node> written = value(m, key);
      if (written.isPresent() && refined) {
        problem(
            written.get(),
            "a refined node takes its values from its children; write " + key + " on leaves");
        return Attributes.NONE;
      }
      if (written.isPresent()
          && role == Role.DEFENCE
          && List.of("cost", "time", "skill").contains(key)) {
        problem(
            written.get(),
            "a defence takes only probability and in-place; what it costs"
                + " the attacker to get past it comes from a counter-attack on it");
        return Attributes.NONE;
      }
    }
    Attributes a = Attributes.NONE;
    Optional<Double> cost = number(m, "cost", Double.MAX_VALUE);
    Optional<Double> probability = number(m, "probability", 1);
    Optional<Double> time = number(m, "time", Double.MAX_VALUE);
    Optional<Double> skill = number(m, "skill", Integer.MAX_VALUE);
    if (skill.isPresent() && skill.get() != Math.rint(skill.get())) {
      problem(value(m, "skill").get(), "skill is a whole number");
      skill = Optional.empty();
    }
    String activeKey = role == Role.ATTACK ? "feasible" : "in-place";
    String wrongKey = role == Role.ATTACK ? "in-place" : "feasible";
    value(m, wrongKey)
        .ifPresent(v ->
            problem(
                v,
                "'"
                    + wrongKey
                    + "' applies to "
                    + (role == Role.ATTACK ? "defences" : "attacks")
                    + "; "
                    + TreeCheck.article(role)
                    + " uses '"
                    + activeKey
                    + "'"));
    Optional<Boolean> active = bool(m, activeKey);
    if (cost.isPresent()) {
      a = a.withCost(cost.get());
    }
    if (probability.isPresent()) {
      a = a.withProbability(probability.get());
    }
    if (time.isPresent()) {
      a = a.withTime(time.get());
    }
    if (skill.isPresent()) {
      a = a.withSkill(skill.get().intValue());
    }
    return a.withActive(active.orElse(true));
  }

  private Optional<Double> number(Mapping m, String key, double max) {
    Optional<Node> node = value(m, key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof Scalar s && s.plain() && NUMBER.matcher(s.value()).matches()) {
      double v = Double.parseDouble(s.value());
      if (v >= 0 && v <= max) {
        return Optional.of(v);
      }
    }
    problem(
        node.get(),
        key
            + " must be a number from 0"
            + (max == 1 ? " to 1" : max == Integer.MAX_VALUE ? " to " + Integer.MAX_VALUE : " up"));
    return Optional.empty();
  }

  private Optional<Boolean> bool(Mapping m, String key) {
    Optional<Node> node = value(m, key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof Scalar s && s.plain()) {
      String v = s.value().toLowerCase(Locale.ROOT);
      if (v.equals("true") || v.equals("false")) {
        return Optional.of(v.equals("true"));
      }
    }
    problem(node.get(), key + " is true or false");
    return Optional.empty();
  }

  private Optional<String> text(Node node, String key) {
    if (node instanceof Scalar s && !s.isNull()) {
      return Optional.of(s.value());
    }
    problem(node, key + " must be text");
    return Optional.empty();
  }

  private static Optional<Node> value(Mapping m, String key) {
    return m.entries().stream()
        .filter(e -> e.key().value().equals(key))
        .map(Entry::value)
        .findFirst();
  }

  private void problem(Node node, String message) {
    problems.add(new Problem(node.line(), node.column(), at(node) + message));
  }

  private String at(Node node) {
    return file + ":" + node.line() + ":" + node.column() + ": ";
  }

  /** The tree as a tree file; reading it back gives an equal tree. */
  public static String write(AdTree tree) {
    return YamlWriter.write(tree);
  }
}
