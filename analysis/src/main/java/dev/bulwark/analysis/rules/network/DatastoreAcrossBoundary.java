package dev.bulwark.analysis.rules.network;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;

/**
 * A data store reached across a boundary, from a less trusted zone, by a party with no service of
 * ours in between: an actor, client software on someone's device, a service run by others, or a
 * component placed in a zone as little trusted as the internet. Our own services calling their
 * database from an application tier are the normal design and are left out.
 */
public final class DatastoreAcrossBoundary implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-NET-004")
          .title("Data store reached directly from a less trusted zone")
          .stride(TAMPERING, INFORMATION_DISCLOSURE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-668")
          .rationale(
              "A store's own access model is coarse: whoever holds its credentials can usually run"
                  + " any query or fetch any object. Reached straight from a weaker zone, the rules"
                  + " that a service would enforce are gone, and the credentials sit on the far"
                  + " side of the boundary.")
          .mitigations("datastore-behind-service")
          .reducedBy(Control.IP_ALLOWLIST, Control.LEAST_PRIVILEGE)
          .build();

  private static final ComponentKind[] STORES = {
    ComponentKind.DATABASE, ComponentKind.STORAGE, ComponentKind.CACHE,
    ComponentKind.SEARCH_INDEX, ComponentKind.VECTOR_STORE, ComponentKind.FILE_SHARE
  };

  private static final ComponentKind[] OUTSIDE_CODE = {
    ComponentKind.MOBILE_APP,
    ComponentKind.DESKTOP_APP,
    ComponentKind.DEVICE,
    ComponentKind.EXTERNAL_SERVICE
  };

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction flow : system.interactions()) {
      Node source = flow.source();
      if (!flow.target().is(STORES) || !flow.entersMoreTrusted() || !outsideParty(source)) {
        continue;
      }
      findings
          .on(flow.id())
          .fact(
              "%s enters a more trusted zone (trust %d → %d) straight into a data store"
                  .formatted(flow.describe(), source.trust(), flow.target().trust()))
          .fact(source.describe() + " is not a service of ours that could enforce access rules")
          .cause(flow.target().id())
          .report(
              "%s talks to %s directly, with no service of ours checking its requests."
                  .formatted(source.id(), flow.target().id()));
    }
  }

  private static boolean outsideParty(Node source) {
    // Below trust 30 a zone counts as the internet, as it does for actors.
    return source.isActor() || source.is(OUTSIDE_CODE) || source.trust() < 30;
  }
}
