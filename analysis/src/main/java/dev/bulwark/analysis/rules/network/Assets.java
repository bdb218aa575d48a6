package dev.bulwark.analysis.rules.network;

import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.DataAsset;
import java.util.List;

/** What the network rules ask of the system's data. */
final class Assets {
  private Assets() {}

  /** The data a component processes or stores; empty for actors. */
  static List<DataAsset> held(SystemView system, Node node) {
    return system.data(system.dataOf(List.of(node.id())));
  }
}
