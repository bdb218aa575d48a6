package dev.bulwark.analysis;

import dev.bulwark.model.Business;
import dev.bulwark.model.Classification;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Model;
import dev.bulwark.model.Rating;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A validated model indexed once for rules: nodes with their zones, interactions by source and
 * target, data by id, zone nesting, and how far each node is from the internet. Immutable; built in
 * time linear in the model's size.
 */
public final class SystemView {
  private final Model model;
  private final Map<String, Zone> zones = new LinkedHashMap<>();
  private final Map<String, List<Zone>> zoneChains = new HashMap<>();
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Map<String, DataAsset> data = new LinkedHashMap<>();
  private final Map<String, Flow> flows = new LinkedHashMap<>();
  private final List<Interaction> interactions = new ArrayList<>();
  private final Map<String, Interaction> byFlow = new HashMap<>();
  private final Map<String, List<Interaction>> into = new HashMap<>();
  private final Map<String, List<Interaction>> from = new HashMap<>();
  private final Map<String, Integer> hopsFromInternet = new HashMap<>();
  private final Map<String, List<Node>> members = new HashMap<>();

  private SystemView(Model model) {
    this.model = model;
    model.zones().forEach(z -> zones.put(z.id(), z));
    zones.keySet().forEach(id -> zoneChains.put(id, chain(id)));
    model.data().forEach(d -> data.put(d.id(), d));
    model.actors().forEach(a -> nodes.put(a.id(), Node.of(a, zoneOf(a.zone()))));
    model.components().forEach(c -> nodes.put(c.id(), Node.of(c, zoneOf(c.zone()))));
    for (Flow flow : model.flows()) {
      flows.put(flow.id(), flow);
      Node source = nodes.get(flow.from());
      Node target = nodes.get(flow.to());
      if (source == null || target == null) {
        continue; // a dangling reference is a validation error; the flow is not analysed
      }
      Interaction interaction = interaction(flow, source, target);
      interactions.add(interaction);
      byFlow.put(flow.id(), interaction);
      from.computeIfAbsent(source.id(), k -> new ArrayList<>()).add(interaction);
      into.computeIfAbsent(target.id(), k -> new ArrayList<>()).add(interaction);
    }
    for (Node node : nodes.values()) {
      node.zoneId()
          .ifPresent(z ->
              zoneChain(z)
                  .forEach(c -> members.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(node)));
    }
    measureDistanceFromInternet();
  }

  public static SystemView of(Model model) {
    return new SystemView(model);
  }

  public Model model() {
    return model;
  }

  public Business business() {
    return model.businessOrDefault();
  }

  public List<Component> components() {
    return model.components();
  }

  /** Every actor and component, actors first, in file order. */
  public Collection<Node> nodes() {
    return nodes.values();
  }

  public List<Interaction> interactions() {
    return Collections.unmodifiableList(interactions);
  }

  public Optional<Node> node(String id) {
    return Optional.ofNullable(nodes.get(id));
  }

  public Optional<Zone> zone(String id) {
    return Optional.ofNullable(zones.get(id));
  }

  public Collection<Zone> zones() {
    return zones.values();
  }

  public Optional<DataAsset> dataAsset(String id) {
    return Optional.ofNullable(data.get(id));
  }

  public Collection<DataAsset> data() {
    return data.values();
  }

  /** The data assets with these ids, skipping unknown ones. */
  public List<DataAsset> data(Collection<String> ids) {
    return ids.stream().map(data::get).filter(d -> d != null).toList();
  }

  /** The interaction of a flow; empty for an unknown flow or one with a dangling end. */
  public Optional<Interaction> interaction(String flowId) {
    return Optional.ofNullable(byFlow.get(flowId));
  }

  /** The interactions among these element ids that are flows, in the given order. */
  public List<Interaction> interactions(Collection<String> elementIds) {
    return elementIds.stream().map(byFlow::get).filter(i -> i != null).toList();
  }

  /** Interactions whose target is this node. */
  public List<Interaction> into(String nodeId) {
    return into.getOrDefault(nodeId, List.of());
  }

  /** Interactions whose source is this node. */
  public List<Interaction> from(String nodeId) {
    return from.getOrDefault(nodeId, List.of());
  }

  /** The zone and its ancestors, outermost first; empty for an unknown zone. */
  public List<Zone> zoneChain(String zoneId) {
    return zoneChains.getOrDefault(zoneId, List.of());
  }

  /** The nodes whose zone is this one or lies inside it. */
  public List<Node> nodesIn(String zoneId) {
    return members.getOrDefault(zoneId, List.of());
  }

  /**
   * How many flows an attacker on the internet needs to reach this node: 0 for a node exposed to
   * the internet, empty when no chain of flows leads there.
   */
  public OptionalInt hopsFromInternet(String nodeId) {
    Integer hops = hopsFromInternet.get(nodeId);
    return hops == null ? OptionalInt.empty() : OptionalInt.of(hops);
  }

  /**
   * The data a finding on these elements puts at stake: what flows carry, what components process
   * and store, the data assets named themselves; in first-seen order without repeats.
   */
  public List<String> dataOf(List<String> elementIds) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : elementIds) {
      Flow flow = flows.get(id);
      if (flow != null) {
        ids.addAll(flow.data());
      }
      Node node = nodes.get(id);
      if (node != null && node.component().isPresent()) {
        ids.addAll(node.component().get().processes());
        ids.addAll(node.component().get().stores());
      }
      if (data.containsKey(id)) {
        ids.add(id);
      }
    }
    return List.copyOf(ids);
  }

  /**
   * The sensitive data (see {@link #isSensitive}) a component processes or stores, by id, in
   * first-seen order without repeats; empty for an actor.
   */
  public List<String> sensitiveDataOf(String nodeId) {
    return data(dataOf(List.of(nodeId))).stream()
        .filter(SystemView::isSensitive)
        .map(DataAsset::id)
        .toList();
  }

  /**
   * Whether the node belongs to another party: an external service, or anything in a zone of kind
   * {@code organization} (or inside one).
   */
  public boolean outsider(Node node) {
    return node.is(ComponentKind.EXTERNAL_SERVICE)
        || node.zoneId()
            .map(z -> zoneChain(z).stream().anyMatch(c -> c.kind() == ZoneKind.ORGANIZATION))
            .orElse(false);
  }

  /**
   * Whether harm to this data matters: personal data, a classification of confidential or above, or
   * a high rating for confidentiality or integrity.
   */
  public static boolean isSensitive(DataAsset asset) {
    return asset.personal()
        || asset.classification().compareTo(Classification.CONFIDENTIAL) >= 0
        || asset.confidentiality().compareTo(Rating.HIGH) >= 0
        || asset.integrity().compareTo(Rating.HIGH) >= 0;
  }

  private Optional<Zone> zoneOf(Optional<String> zoneId) {
    return zoneId.map(zones::get);
  }

  private Interaction interaction(Flow flow, Node source, Node target) {
    List<Zone> sourceChain = source.zoneId().map(this::zoneChain).orElse(List.of());
    List<Zone> targetChain = target.zoneId().map(this::zoneChain).orElse(List.of());
    int common = 0;
    while (common < sourceChain.size()
        && common < targetChain.size()
        && sourceChain.get(common).id().equals(targetChain.get(common).id())) {
      common++;
    }
    List<Zone> left = new ArrayList<>(sourceChain.subList(common, sourceChain.size()));
    Collections.reverse(left);
    List<Zone> entered = targetChain.subList(common, targetChain.size());
    return new Interaction(flow, source, target, left, entered, data(flow.data()));
  }

  private List<Zone> chain(String zoneId) {
    Deque<Zone> chain = new ArrayDeque<>();
    Zone zone = zones.get(zoneId);
    // The validator rejects parent cycles; the bound keeps a bad model from looping anyway.
    while (zone != null && chain.size() <= zones.size()) {
      chain.addFirst(zone);
      zone = zone.parent().map(zones::get).orElse(null);
    }
    return List.copyOf(chain);
  }

  private void measureDistanceFromInternet() {
    Deque<String> queue = new ArrayDeque<>();
    for (Node node : nodes.values()) {
      if (node.exposure() == Exposure.INTERNET) {
        hopsFromInternet.put(node.id(), 0);
        queue.add(node.id());
      }
    }
    while (!queue.isEmpty()) {
      String id = queue.poll();
      int next = hopsFromInternet.get(id) + 1;
      for (Interaction step : from(id)) {
        if (hopsFromInternet.putIfAbsent(step.target().id(), next) == null) {
          queue.add(step.target().id());
        }
      }
    }
  }
}
