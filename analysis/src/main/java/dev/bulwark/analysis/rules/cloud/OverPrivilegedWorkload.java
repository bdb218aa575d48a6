package dev.bulwark.analysis.rules.cloud;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.ZoneKind;
import java.util.EnumSet;
import java.util.List;

/**
 * An attackable function or service in a cloud account or VPC reaches data stores or secrets with
 * its cloud identity, and no least-privilege is declared on it or on those flows.
 */
public final class OverPrivilegedWorkload implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-CLOUD-002")
          .title("Over-privileged cloud workload identity")
          .stride(ELEVATION_OF_PRIVILEGE, INFORMATION_DISCLOSURE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-250", "CWE-269")
          .attack("T1078.004", "T1552.005")
          .rationale(
              "Roles handed to functions and services tend to grow wildcards: every bucket, every"
                  + " secret, every table. A flaw in the workload, or its credentials read from the"
                  + " metadata endpoint, then opens far more than the workload ever needed.")
          .mitigations("scoped-workload-roles")
          .asvs("V4.1.3")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node workload : system.nodes()) {
      if (!workload.is(ComponentKind.FUNCTION, ComponentKind.SERVICE)
          || workload.has(Control.LEAST_PRIVILEGE)
          || !Placement.within(system, workload, EnumSet.of(ZoneKind.CLOUD_ACCOUNT, ZoneKind.VPC))
          || !Placement.attackable(system, workload)) {
        continue;
      }
      List<Node> stores =
          system.from(workload.id()).stream()
              .filter(i -> !i.flow().controls().contains(Control.LEAST_PRIVILEGE))
              .map(Interaction::target)
              .filter(t ->
                  t.is(ComponentKind.STORAGE, ComponentKind.SECRET_STORE, ComponentKind.DATABASE))
              .distinct()
              .toList();
      if (stores.isEmpty()) {
        continue;
      }
      List<String> ids = stores.stream().map(Node::id).toList();
      findings
          .on(workload.id())
          .fact(workload.describe() + " runs in a cloud account or VPC and can be attacked")
          .fact("it reaches " + String.join(", ", ids) + " with its own cloud identity")
          .fact("neither it nor those flows declare least-privilege")
          .data(system.dataOf(ids))
          .report(
              "Whoever takes over "
                  + workload.id()
                  + " inherits its cloud role, which may open far more than "
                  + String.join(", ", ids)
                  + ".");
    }
  }
}
