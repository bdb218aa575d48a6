package dev.bulwark.analysis.rules.supplychain;

import dev.bulwark.analysis.Rule;
import java.util.List;

/**
 * Rules BW-SUPPLY-NNN, build pipelines, repositories, artefacts and deployment. One line per rule.
 */
public final class SupplyChainRules {
  private SupplyChainRules() {}

  public static final List<Rule> ALL =
      List.of(
          new NoBuildPipeline(),
          new CodeBackdooring(),
          new PushDeployment(),
          new UncheckedDeployment(),
          new UnsignedArtifacts(),
          new VulnerableDependencies());
}
