package dev.bulwark.analysis.rules.supplychain;

import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.Wire;
import java.util.ArrayList;
import java.util.List;

/**
 * A repository or pipeline that people or systems outside its zone can reach. Unless changes are
 * reviewed by a second person and accounts need a second factor, one stolen developer login is
 * enough to ship a backdoor; either control alone lowers the likelihood.
 */
public final class CodeBackdooring implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-SUPPLY-002")
          .title("Backdoor slipped into code or build")
          .stride(TAMPERING, ELEVATION_OF_PRIVILEGE)
          .goals(INTEGRITY)
          .cwe("CWE-506")
          .capec("CAPEC-444")
          .attack("T1195.002", "T1078")
          .rationale(
              "Code and build definitions run with the product's full rights once deployed. A"
                  + " phished developer account, a leaked access token or a malicious contributor"
                  + " that can push unreviewed changes owns every environment the code reaches.")
          .mitigations("mandatory-code-review", "mfa-for-code-hosting")
          .reducedBy(Control.CODE_REVIEW, Control.MFA, Control.IP_ALLOWLIST)
          .refines("BW-STRIDE-002")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    List<String> customCode =
        system.components().stream().filter(Component::customCode).map(Component::id).toList();
    List<String> atStake = system.dataOf(customCode); // the same for every repository: once
    for (Node node : system.nodes()) {
      if (!node.is(ComponentKind.REPOSITORY, ComponentKind.BUILD_PIPELINE)
          || !Pipelines.reachableFromOutside(system, node)) {
        continue;
      }
      List<String> missing = new ArrayList<>();
      for (Control control : List.of(Control.CODE_REVIEW, Control.MFA)) {
        if (!node.has(control)) {
          missing.add(Wire.name(control));
        }
      }
      if (missing.isEmpty()) {
        continue;
      }
      findings
          .on(node.id())
          .fact(node.describe() + " is reached from outside its zone")
          .fact(node.id() + " declares no " + String.join(" and no ", missing) + " control")
          .data(atStake)
          .report(
              "A stolen or rogue account can push a change through "
                  + node.id()
                  + " that runs in production with no second person seeing it.");
    }
  }
}
