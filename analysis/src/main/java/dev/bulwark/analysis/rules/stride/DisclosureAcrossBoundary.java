package dev.bulwark.analysis.rules.stride;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Authorization;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import java.util.List;

/**
 * Baseline information disclosure: a flow from a less trusted zone reaches a component that holds
 * sensitive data, and no one's rights are checked on it ({@code authorization: none}). Held means
 * stored, or processed and carried on this flow. Whether the caller is authenticated is
 * BW-STRIDE-001's question; this one fires for authenticated callers too.
 */
public final class DisclosureAcrossBoundary implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-STRIDE-004")
          .title("Sensitive data handed out across a boundary without authorization")
          .stride(INFORMATION_DISCLOSURE)
          .goals(CONFIDENTIALITY)
          .cwe("CWE-862")
          .capec("CAPEC-1")
          .attack("T1213")
          .rationale(
              "Knowing who the caller is does not say what it may see. With no rights checked on"
                  + " the request, any caller that gets through can ask for any record the"
                  + " component holds, including other people's.")
          .mitigations("check-authorisation-per-request")
          .reducedBy(Control.LEAST_PRIVILEGE, Control.DATA_MASKING)
          .asvs("V4.1.1", "V4.1.3", "V4.2.1")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction i : Crossings.inward(system)) {
      if (i.flow().authorization() != Authorization.NONE || !i.target().isComponent()) {
        continue;
      }
      var target = i.target().component().orElseThrow();
      List<DataAsset> exposed =
          Crossings.held(system, i.target()).stream()
              .filter(SystemView::isSensitive)
              .filter(d -> target.stores().contains(d.id()) || i.flow().data().contains(d.id()))
              .toList();
      if (exposed.isEmpty()) {
        continue;
      }
      findings
          .on(i.id(), i.target().id())
          .fact(Crossings.crossing(i))
          .fact("flow " + i.id() + " declares authorization: none")
          .fact(i.target().id() + " holds sensitive data: " + Crossings.ids(exposed))
          .data(exposed.stream().map(DataAsset::id).toList())
          .report(
              "Any caller on flow "
                  + i.id()
                  + " may read whatever "
                  + i.target().id()
                  + " holds, since no one's rights are checked.");
    }
  }
}
