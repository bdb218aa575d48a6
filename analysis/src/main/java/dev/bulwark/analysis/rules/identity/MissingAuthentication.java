package dev.bulwark.analysis.rules.identity;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.SPOOFING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import dev.bulwark.model.Exposure;
import java.util.List;

/**
 * A flow into a more trusted zone that asks for no proof of identity. A component exposed to the
 * internet that holds no sensitive data is taken for a public service, where anonymous use is the
 * point; anywhere else, or wherever sensitive data is at stake, the caller must be authenticated.
 */
public final class MissingAuthentication implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-AUTH-001")
          .title("Missing authentication into a more trusted zone")
          .stride(SPOOFING)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-306")
          .rationale(
              "Crossing into a more trusted zone should cost the caller a proof of who it is. When"
                  + " it costs nothing, anyone who can reach the interface from the weaker side,"
                  + " including an intruder holding a foothold there, acts with full standing.")
          .mitigations("authenticate-every-caller")
          .reducedBy(Control.IP_ALLOWLIST, Control.NETWORK_POLICY)
          .asvs("V1.2.2")
          .refines("BW-STRIDE-001")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction flow : system.interactions()) {
      var target = flow.target();
      if (!flow.entersMoreTrusted() || flow.authenticated() || !target.isComponent()) {
        continue;
      }
      List<String> sensitive = Assets.sensitiveAtStake(system, flow);
      if (sensitive.isEmpty() && target.exposure() == Exposure.INTERNET) {
        continue; // a public service: anonymous use is intended
      }
      findings
          .on(flow.id())
          .fact(
              flow.describe()
                  + " enters a more trusted zone (trust "
                  + flow.source().trust()
                  + " → "
                  + target.trust()
                  + ")")
          .fact("it declares authentication: none")
          .fact(
              sensitive.isEmpty()
                  ? target.describe() + " is not exposed to the internet, so not a public service"
                  : "sensitive data at stake: " + String.join(", ", sensitive))
          .cause(target.id())
          .report(
              "Anyone who can reach "
                  + target.id()
                  + " from "
                  + flow.source().id()
                  + "'s side can use flow "
                  + flow.id()
                  + " without saying who they are.");
    }
  }
}
