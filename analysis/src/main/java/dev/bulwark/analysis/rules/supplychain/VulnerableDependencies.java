package dev.bulwark.analysis.rules.supplychain;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import java.util.List;

/**
 * Custom code that an attacker on the internet can reach, with no watch on the libraries it pulls
 * in. Dependency scanning or an SBOM, on the component or on the build behind it, is decisive.
 */
public final class VulnerableDependencies implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-SUPPLY-006")
          .title("Known-vulnerable third-party components go unnoticed")
          .stride(TAMPERING, ELEVATION_OF_PRIVILEGE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-1395", "CWE-1104")
          .attack("T1190", "T1195.001")
          .rationale(
              "Most of a service's code is libraries written elsewhere, and flaws in popular ones"
                  + " are published with working exploits. Without an inventory checked against"
                  + " advisories, nobody learns that the version in production is the one being"
                  + " attacked this week.")
          .mitigations("dependency-vulnerability-scanning", "software-bill-of-materials")
          .reducedBy(Control.PATCHING, Control.WAF)
          .asvs("V14.2.1")
          .build();

  private static final List<Control> WATCHES = List.of(Control.DEPENDENCY_SCANNING, Control.SBOM);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    boolean anyBuildWatches = Pipelines.anyBuildHas(system, WATCHES);
    for (Node node : system.nodes()) {
      boolean customCode = node.customCode();
      if (!customCode
          || system.hopsFromInternet(node.id()).isEmpty()
          || Pipelines.builtWith(system, node, WATCHES, anyBuildWatches)) {
        continue;
      }
      findings
          .on(node.id())
          .fact(
              node.describe()
                  + " is custom code reachable from the internet in "
                  + system.hopsFromInternet(node.id()).getAsInt()
                  + " hop(s)")
          .fact("neither it nor a pipeline that builds it declares dependency-scanning or sbom")
          .cause("model") // one decision: scan dependencies in the build
          .report(
              "A published flaw in a library bundled into "
                  + node.id()
                  + " can be exploited from the internet before anyone notices it is affected.");
    }
  }
}
