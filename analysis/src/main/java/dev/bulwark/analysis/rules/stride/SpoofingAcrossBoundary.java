package dev.bulwark.analysis.rules.stride;

import static dev.bulwark.model.Goal.ACCOUNTABILITY;
import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.SPOOFING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.Control;
import java.util.List;

/**
 * Baseline spoofing: a flow enters more trusted ground with no authentication at all, carrying data
 * that is not public. Public content served anonymously is by design and not reported.
 */
public final class SpoofingAcrossBoundary implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-STRIDE-001")
          .title("Unauthenticated caller crosses into a more trusted zone")
          .stride(SPOOFING)
          .goals(CONFIDENTIALITY, INTEGRITY, ACCOUNTABILITY)
          .cwe("CWE-306")
          .capec("CAPEC-151")
          .rationale(
              "When the receiving side never asks who is calling, anyone who can reach it from the"
                  + " less trusted zone can pose as a legitimate user or system, and every"
                  + " decision the receiver makes on that caller's behalf is taken on faith.")
          .mitigations("authenticate-every-caller")
          .reducedBy(Control.IP_ALLOWLIST, Control.VPN)
          .asvs("V1.2.2")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction i : Crossings.inward(system)) {
      List<String> nonPublic = Crossings.nonPublic(i);
      if (i.flow().authentication() != Authentication.NONE || nonPublic.isEmpty()) {
        continue;
      }
      findings
          .on(i.id(), i.target().id())
          .fact(Crossings.crossing(i))
          .fact("flow " + i.id() + " declares authentication: none")
          .fact("it carries data that is not public: " + String.join(", ", nonPublic))
          .report(
              "Anyone who can reach "
                  + i.target().id()
                  + " from "
                  + i.source().zoneId().orElse("outside")
                  + " can pretend to be "
                  + i.source().id()
                  + " on flow "
                  + i.id()
                  + ".");
    }
  }
}
