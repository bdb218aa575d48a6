package dev.bulwark.analysis.rules.data;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Exposure;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** What a component keeps, and how far it is reachable: shared by the data rules. */
final class Stored {
  /** Stores that answer queries; vaults and key services are the remedy, not the problem. */
  static final Set<ComponentKind> DATA_STORES =
      EnumSet.of(
          ComponentKind.DATABASE,
          ComponentKind.STORAGE,
          ComponentKind.FILE_SHARE,
          ComponentKind.SEARCH_INDEX,
          ComponentKind.VECTOR_STORE);

  /** Copies, transit and derived stores, devices, and services that others run. */
  static final Set<ComponentKind> NOT_OF_RECORD =
      EnumSet.of(
          ComponentKind.CACHE,
          ComponentKind.CDN,
          ComponentKind.SEARCH_INDEX,
          ComponentKind.QUEUE,
          ComponentKind.MESSAGE_BROKER,
          ComponentKind.ARTIFACT_REGISTRY,
          ComponentKind.MOBILE_APP,
          ComponentKind.DESKTOP_APP,
          ComponentKind.DEVICE,
          ComponentKind.IOT_GATEWAY,
          ComponentKind.EXTERNAL_SERVICE);

  private Stored() {}

  /** Whether the node is a component of one of these kinds. */
  static boolean ofKind(Node node, Set<ComponentKind> kinds) {
    return node.component().map(c -> kinds.contains(c.kind())).orElse(false);
  }

  /** The data assets the node's component stores that match the test, in declared order. */
  static List<DataAsset> stored(SystemView system, Node node, Predicate<DataAsset> test) {
    return node.component()
        .map(c -> system.data(c.stores()).stream().filter(test).toList())
        .orElse(List.of());
  }

  static List<String> ids(List<DataAsset> assets) {
    return assets.stream().map(DataAsset::id).toList();
  }

  /** Exposed beyond the organisation, or called by flows that enter its zone from outside. */
  static boolean reachableFromOutside(SystemView system, Node node) {
    return node.exposure() != Exposure.INTERNAL
        || system.into(node.id()).stream().anyMatch(Interaction::crossesBoundary);
  }
}
