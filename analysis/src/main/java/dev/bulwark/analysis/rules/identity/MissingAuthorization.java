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
 * A caller proves who it is but nothing then limits what it may do, on a component that holds
 * sensitive data: every account, however minor, can reach all of it.
 */
public final class MissingAuthorization implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-AUTH-008")
          .title("Authenticated callers reach sensitive data without authorisation")
          .stride(ELEVATION_OF_PRIVILEGE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-862")
          .capec("CAPEC-122")
          .rationale(
              "Knowing who called is not the same as checking what they may do. When the check is"
                  + " missing, any account that can sign in, a trial user, a partner's integration,"
                  + " a stolen low-privilege key, reads and changes everything the component holds.")
          .mitigations("check-authorisation-per-request")
          .reducedBy(Control.LEAST_PRIVILEGE)
          .asvs("V4.1.1", "V4.2.1")
          .refines("BW-STRIDE-006")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction flow : system.interactions()) {
      if (!flow.authenticated() || flow.flow().authorization() != Authorization.NONE) {
        continue;
      }
      List<String> sensitive = system.sensitiveDataOf(flow.target().id());
      if (sensitive.isEmpty()) {
        continue;
      }
      findings
          .on(flow.id())
          .fact(
              flow.describe()
                  + " authenticates the caller with "
                  + Wire.name(flow.flow().authentication())
                  + " but declares authorization: none")
          .fact(flow.target().describe() + " holds sensitive data: " + String.join(", ", sensitive))
          .data(sensitive)
          .cause(flow.target().id())
          .report(
              "Any caller that can authenticate on "
                  + flow.id()
                  + " gets all of "
                  + flow.target().id()
                  + "'s sensitive data, whatever its role.");
    }
  }
}
