package dev.bulwark.analysis.adtree;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One node of an attack-defence tree. A node is either refined (AND or OR over children of its own
 * role) or a leaf, a basic action with {@link Attributes}; either kind may have one countermeasure,
 * a node of the other role ({@code counter}). Children and counter are node ids, so that a sub-goal
 * can be shared by several parents.
 *
 * @param refinement present exactly when there are children
 * @param children the sub-goals, in the order written; no repeats
 * @param counter the countermeasure (under an attack) or counter-attack (under a defence)
 * @param attributes for a leaf; a refined node takes its values from its children
 */
public record AdNode(
    String id,
    String label,
    Role role,
    Optional<Refinement> refinement,
    List<String> children,
    Optional<String> counter,
    Attributes attributes) {

  /** Letters, digits and a few separators model ids and threat fingerprints use. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.:@/+-]{0,199}");

  public AdNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(refinement, "refinement");
    children = List.copyOf(children);
    Objects.requireNonNull(counter, "counter");
    Objects.requireNonNull(attributes, "attributes");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "'"
              + id
              + "' is not a node id: use letters, digits and _ . : @ / + - (up to 200), starting"
              + " with a letter, digit or _");
    }
    if (label.isBlank()) {
      throw new IllegalArgumentException("node '" + id + "' has an empty label");
    }
    if (refinement.isPresent() == children.isEmpty()) {
      throw new IllegalArgumentException(
          "node '" + id + "': a refinement (and/or) goes with children, and only with them");
    }
    if (new HashSet<>(children).size() != children.size()) {
      throw new IllegalArgumentException("node '" + id + "' names a child twice");
    }
  }

  /** A basic action. */
  public static AdNode leaf(String id, String label, Role role, Attributes attributes) {
    return new AdNode(id, label, role, Optional.empty(), List.of(), Optional.empty(), attributes);
  }

  /** A node refined into children of the same role. */
  public static AdNode refined(
      String id, String label, Role role, Refinement refinement, List<String> children) {
    return new AdNode(
        id, label, role, Optional.of(refinement), children, Optional.empty(), Attributes.NONE);
  }

  public AdNode withCounter(String counterId) {
    return new AdNode(id, label, role, refinement, children, Optional.of(counterId), attributes);
  }

  public AdNode withLabel(String text) {
    return new AdNode(id, text, role, refinement, children, counter, attributes);
  }

  public boolean isLeaf() {
    return children.isEmpty();
  }

  /** The children and then the counter: every node this one points to. */
  public List<String> successors() {
    if (counter.isEmpty()) {
      return children;
    }
    return Stream.concat(children.stream(), counter.stream()).toList();
  }
}
