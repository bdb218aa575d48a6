package dev.bulwark.analysis.rules.cloud;

import static dev.bulwark.model.Goal.ACCOUNTABILITY;
import static dev.bulwark.model.Stride.REPUDIATION;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import java.util.List;

/**
 * A cloud account holds sensitive data, yet nothing in it records or watches what is done there: no
 * monitoring component, no component with audit logging.
 */
public final class NoCloudAuditTrail implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-CLOUD-004")
          .title("No audit trail of the cloud control plane")
          .stride(REPUDIATION)
          .goals(ACCOUNTABILITY)
          .cwe("CWE-778")
          .attack("T1562.008", "T1078.004")
          .rationale(
              "In a cloud account, granting a role, opening a bucket or copying a snapshot are API"
                  + " calls. If no trail of those calls is kept outside the attacker's reach, an"
                  + " intrusion goes unseen and, once found, nobody can tell what was taken.")
          .mitigations("cloud-audit-trail")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Zone account : system.zones()) {
      if (account.kind() != ZoneKind.CLOUD_ACCOUNT) {
        continue;
      }
      List<Node> inside = system.nodesIn(account.id());
      if (inside.stream()
          .anyMatch(n -> n.is(ComponentKind.MONITORING) || n.has(Control.AUDIT_LOGGING))) {
        continue;
      }
      List<String> sensitive =
          inside.stream().flatMap(n -> system.sensitiveDataOf(n.id()).stream()).distinct().toList();
      if (sensitive.isEmpty()) {
        continue;
      }
      findings
          .on(account.id())
          .fact(
              "zone "
                  + account.id()
                  + " is a cloud account holding "
                  + String.join(", ", sensitive))
          .fact("it has no monitoring component and no component declares audit-logging")
          .data(sensitive)
          .report(
              "Changes made through the control plane of "
                  + account.id()
                  + " leave no trail to detect or investigate an intrusion.");
    }
  }
}
