package dev.bulwark.analysis.adtree;

import dev.bulwark.analysis.paths.AttackPath;
import dev.bulwark.analysis.paths.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Builds an attack-defence tree for a crown jewel from threats: the goal "Compromise ASSET" is an
 * OR over the elements that hold it (store, process or carry it), each an OR over the threats on
 * it; a threat on two of those elements is one shared leaf. The mitigations that name a threat
 * counter it (several: a defender's OR, since any of them stops the attack). Independent of how the
 * threats were found, so rule findings, a risk assessment or attack paths can all feed it.
 */
public final class TreeGenerator {
  private TreeGenerator() {}

  /** An element that holds the asset, with a name for the label. */
  public record Element(String id, String name) {
    public Element {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A threat on one or more elements.
   *
   * @param probability the chance the attack succeeds, if known
   */
  public record Threat(
      String id, String title, List<String> elements, Optional<Double> probability) {
    public Threat {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      elements = List.copyOf(elements);
      Objects.requireNonNull(probability, "probability");
    }
  }

  /**
   * A mitigation: what it is called, the threats it counters, whether it is in place (a planned one
   * is written as not in place, so the tree shows what it would change), and the probability that
   * it stops the attack, if known.
   */
  public record Defence(
      String id,
      String title,
      List<String> counters,
      boolean inPlace,
      Optional<Double> probability) {
    public Defence {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      counters = List.copyOf(counters);
      Objects.requireNonNull(probability, "probability");
    }

    /** A defence without a known probability of stopping the attack. */
    public Defence(String id, String title, List<String> counters, boolean inPlace) {
      this(id, title, counters, inPlace, Optional.empty());
    }
  }

  /**
   * The tree for one asset. Elements without threats are left out.
   *
   * @throws IllegalArgumentException when no threat is on any of the elements
   */
  public static AdTree forAsset(
      String assetId,
      String assetName,
      List<Element> elements,
      List<Threat> threats,
      List<Defence> defences) {
    Ids ids = new Ids();
    Map<String, List<Threat>> byElement = new LinkedHashMap<>();
    for (Element e : elements) {
      byElement.put(e.id(), new ArrayList<>());
    }
    for (Threat t : threats) {
      for (String e : new LinkedHashSet<>(t.elements())) {
        List<Threat> on = byElement.get(e);
        if (on != null) {
          on.add(t);
        }
      }
    }
    List<AdNode> nodes = new ArrayList<>();
    String root = ids.of("goal:" + assetId);
    nodes.add(null);
    List<String> via = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (Element e : elements) {
      List<Threat> on = byElement.get(e.id());
      if (on.isEmpty() || done.contains("via:" + e.id())) {
        continue;
      }
      done.add("via:" + e.id());
      String id = ids.of("via:" + e.id());
      via.add(id);
      int slot = nodes.size();
      nodes.add(null);
      List<String> children = new ArrayList<>();
      for (Threat t : on) {
        String leaf = ids.of("threat:" + t.id());
        children.add(leaf);
        if (done.add("threat:" + t.id())) {
          threat(t, leaf, defences, ids, nodes, done);
        }
      }
      nodes.set(
          slot,
          AdNode.refined(
              id, "Through " + text(e.name(), e.id()), Role.ATTACK, Refinement.OR, children));
    }
    if (via.isEmpty()) {
      throw new IllegalArgumentException("no threat is on an element that holds '" + assetId + "'");
    }
    nodes.set(
        0,
        AdNode.refined(
            root, "Compromise " + text(assetName, assetId), Role.ATTACK, Refinement.OR, via));
    return new AdTree(root, nodes);
  }

  /**
   * The tree for one crown jewel from its attack paths: the jewel is compromised along any of the
   * paths (OR); a path needs every one of its steps (AND); a step is taken by exploiting any open
   * threat on the node it reaches or the flow it walks (OR). A step with no open threat is a leaf
   * of probability 1: the flow is simply used as intended. Steps and threats shared by several
   * paths are shared sub-goals of the tree, which the evaluator handles exactly.
   *
   * @param paths the jewel's paths, easiest first; all must lead to {@code jewelId}
   * @throws IllegalArgumentException when there is no path
   */
  public static AdTree fromPaths(
      String jewelId,
      String jewelName,
      List<AttackPath> paths,
      List<Threat> threats,
      List<Defence> defences) {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no attack path leads to '" + jewelId + "'");
    }
    Ids ids = new Ids();
    Map<String, List<Threat>> byElement = new LinkedHashMap<>();
    for (Threat t : threats) {
      for (String e : new LinkedHashSet<>(t.elements())) {
        byElement.computeIfAbsent(e, k -> new ArrayList<>()).add(t);
      }
    }
    List<AdNode> nodes = new ArrayList<>();
    String root = ids.of("goal:" + jewelId);
    nodes.add(null);
    Set<String> done = new HashSet<>();
    List<String> pathIds = new ArrayList<>();
    for (AttackPath path : paths) {
      String pathId = ids.of("path:" + path.profile() + ":" + path.target() + ":" + path.rank());
      pathIds.add(pathId);
      int slot = nodes.size();
      nodes.add(null);
      List<String> steps = new ArrayList<>();
      for (Step step : path.steps()) {
        steps.add(step(step, byElement, defences, ids, nodes, done));
      }
      String route = String.join(" → ", path.nodes());
      String label = "Path " + path.rank() + " of " + path.profile() + ": " + route;
      nodes.set(
          slot,
          steps.isEmpty()
              ? AdNode.leaf(pathId, label, Role.ATTACK, Attributes.NONE.withProbability(1.0))
              : AdNode.refined(pathId, label, Role.ATTACK, Refinement.AND, steps));
    }
    nodes.set(
        0,
        AdNode.refined(
            root, "Compromise " + text(jewelName, jewelId), Role.ATTACK, Refinement.OR, pathIds));
    return new AdTree(root, nodes);
  }

  /** The node of one step, written once however many paths share it. */
  private static String step(
      Step step,
      Map<String, List<Threat>> byElement,
      List<Defence> defences,
      Ids ids,
      List<AdNode> nodes,
      Set<String> done) {
    String key = "step:" + step.flow().orElse("direct") + ":" + step.to();
    String id = ids.of(key);
    if (!done.add(key)) {
      return id;
    }
    List<Threat> on = new ArrayList<>(byElement.getOrDefault(step.to(), List.of()));
    step.flow().ifPresent(f -> on.addAll(byElement.getOrDefault(f, List.of())));
    String label = "Take " + step.to() + step.flow().map(f -> " via " + f).orElse(" directly");
    if (on.isEmpty()) {
      nodes.add(
          AdNode.leaf(
              id,
              label + " (no open threat: used as intended)",
              Role.ATTACK,
              Attributes.NONE.withProbability(1.0)));
      return id;
    }
    int slot = nodes.size();
    nodes.add(null);
    List<String> children = new ArrayList<>();
    for (Threat t : new LinkedHashSet<>(on)) {
      String leaf = ids.of("threat:" + t.id());
      children.add(leaf);
      if (done.add("threat:" + t.id())) {
        threat(t, leaf, defences, ids, nodes, done);
      }
    }
    nodes.set(slot, AdNode.refined(id, label, Role.ATTACK, Refinement.OR, children));
    return id;
  }

  private static void threat(
      Threat t,
      String leafId,
      List<Defence> defences,
      Ids ids,
      List<AdNode> nodes,
      Set<String> done) {
    Attributes values =
        t.probability().map(Attributes.NONE::withProbability).orElse(Attributes.NONE);
    AdNode leaf = AdNode.leaf(leafId, text(t.title(), t.id()), Role.ATTACK, values);
    List<Defence> against = defences.stream().filter(d -> d.counters().contains(t.id())).toList();
    int slot = nodes.size();
    nodes.add(null);
    if (against.size() == 1) {
      leaf = leaf.withCounter(defence(against.get(0), ids, nodes, done));
    } else if (against.size() > 1) {
      String group = ids.of("defences:" + t.id());
      leaf = leaf.withCounter(group);
      int groupSlot = nodes.size();
      nodes.add(null);
      List<String> members = new ArrayList<>();
      for (Defence d : against) {
        members.add(defence(d, ids, nodes, done));
      }
      nodes.set(
          groupSlot,
          AdNode.refined(
              group,
              "Mitigations of " + text(t.title(), t.id()),
              Role.DEFENCE,
              Refinement.OR,
              members));
    }
    nodes.set(slot, leaf);
  }

  private static String defence(Defence d, Ids ids, List<AdNode> nodes, Set<String> done) {
    String id = ids.of("defence:" + d.id());
    if (done.add("defence:" + d.id())) {
      nodes.add(
          AdNode.leaf(
              id,
              text(d.title(), d.id()),
              Role.DEFENCE,
              d.probability()
                  .map(Attributes.NONE::withProbability)
                  .orElse(Attributes.NONE)
                  .withActive(d.inPlace())));
    }
    return id;
  }

  private static String text(String label, String fallback) {
    return label.isBlank() ? fallback : label;
  }

  /** Node ids from model ids: characters ids do not allow become '-', collisions get a suffix. */
  private static final class Ids {
    private final Map<String, String> given = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    String of(String key) {
      return given.computeIfAbsent(
          key,
          k -> {
            String base = k.replaceAll("[^A-Za-z0-9_.:@/+-]", "-");
            if (base.length() > 190) {
              base = base.substring(0, 190);
            }
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
              id = base + "-" + n;
            }
            return id;
          });
    }
  }
}
