package dev.bulwark.analysis.rules.privacy;

import static dev.bulwark.model.Goal.PRIVACY;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Linddun;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.DataAsset;
import java.util.List;

/**
 * Identifying: personal data flows unmasked into monitoring or a component tagged {@code
 * analytics}, which need patterns rather than identities. {@code data-masking} on the flow, its
 * source or its target is decisive.
 */
public final class IdentifiableTelemetry implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-PRIV-002")
          .title("Identifiable personal data sent to monitoring or analytics")
          .linddun(Linddun.IDENTIFYING)
          .goals(PRIVACY)
          .cwe("CWE-359")
          .rationale(
              "Logs, traces and analytics only need to count and correlate events, yet they"
                  + " receive fields that point to individual people. Everyone who can query them,"
                  + " usually a wider group than the owners of the main system, can then single"
                  + " out a person and follow what that person did.")
          .mitigations("pseudonymise-personal-data", "keep-identifiers-out-of-telemetry")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction i : system.interactions()) {
      List<DataAsset> personal = Personal.carried(i);
      boolean telemetry =
          i.target().is(ComponentKind.MONITORING) || Personal.tagged(i.target(), "analytics");
      if (!telemetry || personal.isEmpty() || Personal.masked(i)) {
        continue;
      }
      findings
          .on(i.id())
          .fact(i.describe() + " carries personal data: " + Personal.ids(personal))
          .fact(
              i.target().describe()
                  + (i.target().is(ComponentKind.MONITORING) ? "" : " is tagged analytics"))
          .fact("no data-masking on the flow, " + i.source().id() + " or " + i.target().id())
          .data(personal.stream().map(DataAsset::id).toList())
          .report(
              "People can be singled out in "
                  + i.target().id()
                  + " from the personal data that flow "
                  + i.id()
                  + " delivers unmasked.");
    }
  }
}
