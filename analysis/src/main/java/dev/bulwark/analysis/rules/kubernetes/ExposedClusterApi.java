package dev.bulwark.analysis.rules.kubernetes;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;
import static dev.bulwark.model.Stride.SPOOFING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.Exposure;
import java.util.List;

/**
 * The orchestrator's API is exposed to the internet, or called across a boundary from a zone
 * trusted below 30, with no address allow-list or VPN on it or on those flows.
 */
public final class ExposedClusterApi implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-K8S-005")
          .title("Cluster API server reachable from the internet")
          .stride(SPOOFING, ELEVATION_OF_PRIVILEGE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-668")
          .attack("T1133", "T1078")
          .rationale(
              "The API server is the cluster's master key: whoever it accepts can run code on any"
                  + " node and read every secret. Open to the internet, it is found within hours"
                  + " and meets leaked kubeconfigs, token guessing and its own vulnerabilities.")
          .mitigations("private-cluster-endpoint")
          .reducedBy(Control.MFA)
          .refines("BW-STRIDE-001", "BW-STRIDE-006")
          .build();

  private static final int LOW_TRUST = 30;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node api : system.nodes()) {
      if (!api.is(ComponentKind.ORCHESTRATOR)
          || api.has(Control.IP_ALLOWLIST)
          || api.has(Control.VPN)) {
        continue;
      }
      List<Interaction> open =
          system.into(api.id()).stream()
              .filter(i -> i.crossesBoundary() && i.source().trust() < LOW_TRUST)
              .filter(i -> !i.has(Control.IP_ALLOWLIST) && !i.has(Control.VPN))
              .toList();
      boolean exposed = api.exposure() == Exposure.INTERNET;
      if (!exposed && open.isEmpty()) {
        continue;
      }
      var draft = findings.on(api.id());
      if (exposed) {
        draft.fact(api.describe() + " declares exposure: internet");
      }
      open.forEach(i -> draft.fact(i.describe() + " comes from a zone trusted below " + LOW_TRUST));
      draft
          .fact(api.id() + " declares neither ip-allowlist nor vpn")
          .report(
              "Anyone on the internet can try credentials and exploits against the API of "
                  + api.id()
                  + ", which controls every workload it runs.");
    }
  }
}
