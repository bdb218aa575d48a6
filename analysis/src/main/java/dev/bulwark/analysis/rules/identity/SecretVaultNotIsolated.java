package dev.bulwark.analysis.rules.identity;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;

/**
 * A secret store or key management service in the same zone as components exposed to the internet,
 * with no network policy of its own, or called straight from a node exposed to the internet. A
 * vault exposed to the internet itself is BW-NET-003.
 */
public final class SecretVaultNotIsolated implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-AUTH-006")
          .title("Secret store not isolated from internet-facing components")
          .stride(INFORMATION_DISCLOSURE, ELEVATION_OF_PRIVILEGE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-653")
          .attack("T1555")
          .rationale(
              "A vault concentrates the keys to every other component, so it is worth more to an"
                  + " intruder than anything around it. Placed where an internet-facing host can"
                  + " talk to it freely, it is one compromise away from losing all of them at once.")
          .mitigations("isolate-credential-stores")
          .reducedBy(Control.IP_ALLOWLIST, Control.INTRUSION_DETECTION)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    Isolation.check(
        system,
        findings,
        "secret store",
        store -> true,
        ComponentKind.SECRET_STORE,
        ComponentKind.KEY_MANAGEMENT);
  }
}
