package dev.bulwark.analysis.rules.network;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.Exposure;
import java.util.List;

/**
 * A data store with sensitive data in the very zone of components exposed to the internet, with no
 * network policy of its own. Secret stores are BW-AUTH-006; a store exposed itself is BW-NET-003.
 */
public final class MissingSegmentation implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-NET-002")
          .title("Sensitive data store shares a zone with internet-facing components")
          .stride(INFORMATION_DISCLOSURE, TAMPERING)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-653")
          .attack("T1210")
          .rationale(
              "Internet-facing components are the first to be compromised. With the data store on"
                  + " the same segment and no filter between them, the intruder can connect to it"
                  + " directly, try its default accounts and unpatched services, and take the data.")
          .mitigations("segment-data-tier")
          .reducedBy(Control.IP_ALLOWLIST, Control.INTRUSION_DETECTION)
          .build();

  private static final ComponentKind[] STORES = {
    ComponentKind.DATABASE, ComponentKind.STORAGE, ComponentKind.CACHE, ComponentKind.SEARCH_INDEX
  };

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node store : system.nodes()) {
      if (!store.is(STORES)
          || store.zoneId().isEmpty()
          || store.exposure() == Exposure.INTERNET
          || store.has(Control.NETWORK_POLICY)) {
        continue;
      }
      List<String> sensitive = system.sensitiveDataOf(store.id());
      String zone = store.zoneId().get();
      List<String> exposed =
          system.nodesIn(zone).stream()
              .filter(n -> n.isComponent() && n.zoneId().get().equals(zone))
              .filter(n -> n.exposure() == Exposure.INTERNET)
              .map(Node::id)
              .toList();
      if (sensitive.isEmpty() || exposed.isEmpty()) {
        continue;
      }
      findings
          .on(store.id())
          .fact(store.describe() + " holds sensitive data: " + String.join(", ", sensitive))
          .fact(
              "zone %s also holds components exposed to the internet: %s"
                  .formatted(zone, String.join(", ", exposed)))
          .fact(store.id() + " declares no network-policy control")
          .cause(zone)
          .report(
              "A compromised internet-facing component in zone %s can connect to %s."
                  .formatted(zone, store.id()));
    }
  }
}
