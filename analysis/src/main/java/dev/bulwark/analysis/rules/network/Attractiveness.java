package dev.bulwark.analysis.rules.network;

import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.DataAsset;
import java.util.OptionalInt;

/**
 * How much an attacker gains from a component, as three scores of 0 to 3 that add up to at most 9:
 *
 * <ul>
 *   <li>data: the highest, over the data it processes or stores, of the classification (public 0,
 *       internal 1, confidential 2, restricted 3) and the confidentiality and integrity ratings
 *       (low 0, medium 1, high 2, critical 3);
 *   <li>reach: exposed to the internet 3, one flow from it 2, further 1, not reachable 0;
 *   <li>kind: identity providers, directories, secret stores, key management, orchestrators and
 *       build pipelines 3 (they hold power over other components); databases, storage, source
 *       repositories and artifact registries 2; anything else 0.
 * </ul>
 */
final class Attractiveness {
  private Attractiveness() {}

  static int data(SystemView system, Node node) {
    return Assets.held(system, node).stream().mapToInt(Attractiveness::value).max().orElse(0);
  }

  static int reach(SystemView system, Node node) {
    OptionalInt hops = system.hopsFromInternet(node.id());
    return hops.isEmpty() ? 0 : Math.max(1, 3 - hops.getAsInt());
  }

  static int kind(Node node) {
    if (node.is(
        ComponentKind.IDENTITY_PROVIDER,
        ComponentKind.DIRECTORY,
        ComponentKind.SECRET_STORE,
        ComponentKind.KEY_MANAGEMENT,
        ComponentKind.ORCHESTRATOR,
        ComponentKind.BUILD_PIPELINE)) {
      return 3;
    }
    return node.is(
            ComponentKind.DATABASE,
            ComponentKind.STORAGE,
            ComponentKind.REPOSITORY,
            ComponentKind.ARTIFACT_REGISTRY)
        ? 2
        : 0;
  }

  private static int value(DataAsset d) {
    int rating = Math.max(d.confidentiality().ordinal(), d.integrity().ordinal());
    return Math.max(rating, d.classification().ordinal());
  }
}
