package dev.bulwark.analysis.paths;

import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Rating;
import dev.bulwark.model.Wire;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Picks and ranks the crown jewels of a model: the most sensitive data assets that some component
 * stores or processes, then the components that hold keys to everything else. The ranking is
 * documented in docs/attack-paths.md.
 */
public final class CrownJewels {
  /** Key holders, most valuable first: keys and secrets, identities, what runs and ships code. */
  static final List<ComponentKind> KEY_HOLDERS =
      List.of(
          ComponentKind.SECRET_STORE,
          ComponentKind.KEY_MANAGEMENT,
          ComponentKind.IDENTITY_PROVIDER,
          ComponentKind.ORCHESTRATOR,
          ComponentKind.BUILD_PIPELINE);

  private CrownJewels() {}

  /** The {@code perKind} most sensitive data assets and the {@code perKind} key holders, ranked. */
  public static List<CrownJewel> rank(SystemView view, int perKind) {
    Map<String, TreeSet<String>> holders = holders(view);
    List<DataAsset> data =
        view.data().stream()
            .filter(SystemView::isSensitive)
            .filter(d -> holders.containsKey(d.id()))
            .sorted(
                Comparator.comparingInt(CrownJewels::value).reversed().thenComparing(DataAsset::id))
            .limit(perKind)
            .toList();
    List<Node> components =
        view.nodes().stream()
            .filter(n -> n.is(KEY_HOLDERS.toArray(ComponentKind[]::new)))
            .sorted(
                Comparator.comparingInt((Node n) -> bestHeld(view, n))
                    .reversed()
                    .thenComparingInt(n -> KEY_HOLDERS.indexOf(n.component().orElseThrow().kind()))
                    .thenComparing(Node::id))
            .limit(perKind)
            .toList();
    List<CrownJewel> jewels = new ArrayList<>();
    for (DataAsset asset : data) {
      jewels.add(
          new CrownJewel(
              asset.id(),
              CrownJewel.Kind.DATA,
              jewels.size() + 1,
              why(asset),
              List.copyOf(holders.get(asset.id()))));
    }
    for (Node node : components) {
      jewels.add(
          new CrownJewel(
              node.id(),
              CrownJewel.Kind.COMPONENT,
              jewels.size() + 1,
              why(view, node),
              List.of(node.id())));
    }
    return List.copyOf(jewels);
  }

  /**
   * A data asset's value, 0–10: twice its classification (public 0 … restricted 6), plus its
   * highest rating of confidentiality, integrity and availability (low 0 … critical 3), plus 1 for
   * personal data.
   */
  static int value(DataAsset asset) {
    Rating highest =
        Stream.of(asset.confidentiality(), asset.integrity(), asset.availability())
            .max(Comparator.naturalOrder())
            .orElseThrow();
    return 2 * asset.classification().ordinal() + highest.ordinal() + (asset.personal() ? 1 : 0);
  }

  private static String why(DataAsset asset) {
    List<String> parts = new ArrayList<>();
    parts.add(Wire.name(asset.classification()));
    parts.add("confidentiality " + Wire.name(asset.confidentiality()));
    parts.add("integrity " + Wire.name(asset.integrity()));
    parts.add("availability " + Wire.name(asset.availability()));
    if (asset.personal()) {
      parts.add("personal");
    }
    return "data: " + String.join(", ", parts) + "; value " + value(asset) + " of 10";
  }

  private static String why(SystemView view, Node node) {
    String kind = Wire.name(node.component().orElseThrow().kind());
    List<String> held = view.sensitiveDataOf(node.id());
    return "component: "
        + kind
        + " (holds keys to other parts)"
        + (held.isEmpty() ? "" : "; holds " + String.join(", ", held));
  }

  /** The value of the most valuable sensitive data the node stores or processes, else -1. */
  private static int bestHeld(SystemView view, Node node) {
    return view.data(view.sensitiveDataOf(node.id())).stream()
        .mapToInt(CrownJewels::value)
        .max()
        .orElse(-1);
  }

  /** For each data asset, the components that store or process it. */
  private static Map<String, TreeSet<String>> holders(SystemView view) {
    Map<String, TreeSet<String>> holders = new TreeMap<>();
    for (Node node : view.nodes()) {
      node.component()
          .ifPresent(c ->
              Stream.concat(c.stores().stream(), c.processes().stream())
                  .forEach(d -> holders.computeIfAbsent(d, k -> new TreeSet<>()).add(node.id())));
    }
    return holders;
  }
}
