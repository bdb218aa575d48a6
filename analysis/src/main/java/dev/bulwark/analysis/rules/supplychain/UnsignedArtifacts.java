package dev.bulwark.analysis.rules.supplychain;

import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import java.util.List;

/**
 * Runtime components take images or packages from a registry, or straight from a pipeline, and no
 * signing is declared there nor on a component linked to it (the signing build, the verifying
 * admission controller). A pipeline whose targets pull their images from a registry only deploys
 * configuration; the registry is what counts.
 */
public final class UnsignedArtifacts implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-SUPPLY-005")
          .title("Unsigned build artefacts run in production")
          .stride(TAMPERING)
          .goals(INTEGRITY)
          .cwe("CWE-494", "CWE-345")
          .attack("T1195.002", "T1525")
          .rationale(
              "A registry or build output is a single place to swap a trusted image or package for"
                  + " a doctored one. If the runtime does not check a signature made at build time,"
                  + " it starts whatever carries the expected name and tag.")
          .mitigations("sign-and-verify-artifacts")
          .reducedBy(Control.ADMISSION_CONTROL, Control.LEAST_PRIVILEGE)
          .asvs("V10.3.2")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node source : system.nodes()) {
      if (!source.is(ComponentKind.ARTIFACT_REGISTRY, ComponentKind.BUILD_PIPELINE)
          || source.has(Control.SIGNED_ARTIFACTS)
          || Pipelines.neighbours(system, source).anyMatch(n -> n.has(Control.SIGNED_ARTIFACTS))) {
        continue;
      }
      List<Node> consumers =
          Pipelines.consumers(system, source).stream()
              .filter(
                  c -> source.is(ComponentKind.ARTIFACT_REGISTRY) || !pullsFromRegistry(system, c))
              .toList();
      if (consumers.isEmpty()) {
        continue;
      }
      findings
          .on(source.id())
          .fact(source.describe() + " supplies artefacts to " + Pipelines.ids(consumers))
          .fact(source.id() + " declares no signed-artifacts control")
          .data(system.dataOf(consumers.stream().map(Node::id).toList()))
          .report(
              "An artefact altered in or on its way from "
                  + source.id()
                  + " would run on "
                  + Pipelines.ids(consumers)
                  + " as if it were the real build.");
    }
  }

  private static boolean pullsFromRegistry(SystemView system, Node node) {
    return Pipelines.neighbours(system, node).anyMatch(n -> n.is(ComponentKind.ARTIFACT_REGISTRY));
  }
}
