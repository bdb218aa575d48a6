package dev.bulwark.analysis.rules.identity;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Authorization;
import dev.bulwark.model.Control;
import dev.bulwark.model.Wire;
import java.util.List;

/**
 * A component that serves end users calls a service holding sensitive data under its own account
 * (or none), so the service cannot tell whose request it runs. Only our services able to check a
 * user's rights count as downstream (see {@link Assets#checksUserRights}).
 */
public final class IdentityNotPropagated implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-AUTH-003")
          .title("End-user identity not propagated to a sensitive service")
          .stride(ELEVATION_OF_PRIVILEGE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-441", "CWE-285")
          .rationale(
              "The downstream service grants every call the rights of the caller's technical"
                  + " account, which serves all users at once. One missing check in the caller,"
                  + " or one crafted request it relays, lets a user read or change other users'"
                  + " data there.")
          .mitigations("propagate-end-user-identity")
          .reducedBy(Control.LEAST_PRIVILEGE)
          .asvs("V4.1.3", "V4.2.1")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (var caller : system.nodes()) {
      List<String> userFlows =
          system.into(caller.id()).stream()
              .filter(f -> f.flow().authorization() == Authorization.END_USER)
              .map(Interaction::id)
              .toList();
      if (userFlows.isEmpty()) {
        continue;
      }
      for (Interaction call : system.from(caller.id())) {
        var service = call.target();
        if (call.flow().authorization() == Authorization.END_USER
            || !Assets.checksUserRights(service)) {
          continue;
        }
        List<String> sensitive = Assets.sensitiveAtStake(system, call);
        if (sensitive.isEmpty()) {
          continue;
        }
        findings
            .on(caller.id(), service.id())
            .fact(caller.id() + " receives end-user requests on " + String.join(", ", userFlows))
            .fact(
                "%s is authorised as %s, not as the end user"
                    .formatted(call.describe(), Wire.name(call.flow().authorization())))
            .fact(service.describe() + " handles sensitive data: " + String.join(", ", sensitive))
            .data(sensitive)
            .cause(caller.id())
            .report(
                "%s cannot tell which user %s acts for, nor stop one reaching another's data."
                    .formatted(service.id(), caller.id()));
      }
    }
  }
}
