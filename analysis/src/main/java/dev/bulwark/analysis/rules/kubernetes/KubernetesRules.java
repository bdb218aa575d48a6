package dev.bulwark.analysis.rules.kubernetes;

import dev.bulwark.analysis.Rule;
import java.util.List;

/** Rules BW-K8S-NNN, clusters, containers and their isolation. One line per rule. */
public final class KubernetesRules {
  private KubernetesRules() {}

  public static final List<Rule> ALL =
      List.of(
          new UnscannedImages(),
          new ContainerEscape(),
          new NoNetworkPolicy(),
          new NoAdmissionControl(),
          new ExposedClusterApi());
}
