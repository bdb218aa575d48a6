package dev.bulwark.analysis.rules.identity;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;
import static dev.bulwark.model.Stride.SPOOFING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;

/**
 * An identity provider or directory in the same zone as components exposed to the internet, with no
 * network policy of its own. A directory (LDAP, Active Directory) called straight from a node
 * exposed to the internet counts too; an identity provider is meant to be reached by users signing
 * in, so direct calls to it do not.
 */
public final class IdentityProviderNotIsolated implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-AUTH-007")
          .title("Identity provider not isolated from internet-facing components")
          .stride(SPOOFING, ELEVATION_OF_PRIVILEGE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-653")
          .attack("T1556", "T1606")
          .rationale(
              "Whoever controls the identity provider can mint sessions and tokens for any user or"
                  + " read every account's credentials. Next to internet-facing hosts with nothing"
                  + " between them, it is one lateral step from the first compromised front end.")
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
        "identity store",
        store -> store.is(ComponentKind.DIRECTORY),
        ComponentKind.IDENTITY_PROVIDER,
        ComponentKind.DIRECTORY);
  }
}
