package dev.bulwark.analysis.rules.stride;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.Authorization;
import dev.bulwark.model.Control;

/**
 * Baseline elevation of privilege, on a flow into more trusted ground, in two cases: the target is
 * custom code or a control-plane component and checks no one's rights ({@code authorization:
 * none}); or a member of the public (actor kind user or attacker) reaches a control-plane component
 * directly. Identity providers are left out of the control plane: users logging in there is normal.
 */
public final class ElevationAcrossBoundary implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-STRIDE-006")
          .title("Caller from a less trusted zone can act beyond its rights")
          .stride(ELEVATION_OF_PRIVILEGE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-862", "CWE-269")
          .capec("CAPEC-122")
          .rationale(
              "Code that never checks what a caller is allowed to do gives every caller all the"
                  + " power the code itself has. Components that run, build or unlock the rest of"
                  + " the system raise the stakes: reaching them from the public side at all, or"
                  + " without rights checked, puts the whole system in the caller's hands.")
          .mitigations("check-authorisation-per-request", "isolate-control-plane")
          .reducedBy(Control.LEAST_PRIVILEGE, Control.MFA, Control.IP_ALLOWLIST)
          .asvs("V4.1.1", "V4.1.3", "V4.3.1")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction i : Crossings.inward(system)) {
      Node target = i.target();
      boolean controlPlane = Crossings.controlPlane(target);
      boolean unchecked =
          i.flow().authorization() == Authorization.NONE && (controlPlane || target.customCode());
      boolean publicReach = controlPlane && i.source().is(ActorKind.USER, ActorKind.ATTACKER);
      if (!unchecked && !publicReach) {
        continue;
      }
      var finding = findings.on(i.id(), target.id()).fact(Crossings.crossing(i));
      if (unchecked) {
        finding
            .fact("flow " + i.id() + " declares authorization: none")
            .fact(
                target.describe()
                    + (controlPlane ? " is part of the control plane" : " is custom code"));
      }
      if (publicReach) {
        finding.fact(
            i.source().describe() + " is a member of the public and reaches " + target.describe());
      }
      finding.report(
          String.format(
              "%s can make %s do more than it should allow on flow %s.",
              i.source().id(), target.id(), i.id()));
    }
  }
}
