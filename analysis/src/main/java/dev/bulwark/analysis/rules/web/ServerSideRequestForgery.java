package dev.bulwark.analysis.rules.web;

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
import dev.bulwark.model.Control;
import java.util.List;

/**
 * Custom code with outside input that makes web requests to the outside world (so it has a URL
 * client) and could also reach inside: internal web targets, or a cloud metadata endpoint when it
 * runs in a cloud-account or VPC zone. No decisive control: validation, egress network policy and
 * allow-lists lower the likelihood.
 */
public final class ServerSideRequestForgery implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-WEB-007")
          .title("Server-side request forgery")
          .stride(INFORMATION_DISCLOSURE, ELEVATION_OF_PRIVILEGE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-918")
          .capec("CAPEC-664")
          .attack("T1190", "T1552.005")
          .rationale(
              "A server that fetches addresses it is given (webhooks, link previews, imports)"
                  + " sends requests from inside the network with its own standing. Pointed at an"
                  + " internal admin page or at the cloud metadata address, it fetches what no"
                  + " outsider could reach, such as the instance's credentials.")
          .mitigations("ssrf-destination-allowlist", "input-validation")
          .reducedBy(Control.INPUT_VALIDATION, Control.NETWORK_POLICY, Control.IP_ALLOWLIST)
          .asvs("V5.2.6", "V12.6.1")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node caller : system.nodes()) {
      List<Interaction> out = WebFacts.webCalls(system, caller, true);
      List<Interaction> inside = WebFacts.webCalls(system, caller, false);
      boolean cloud = WebFacts.inCloud(system, caller);
      List<Interaction> input = WebFacts.outsideInput(system, caller);
      if (!caller.customCode()
          || out.isEmpty()
          || input.isEmpty()
          || (inside.isEmpty() && !cloud)) {
        continue;
      }
      var finding =
          findings
              .on(caller.id())
              .fact(WebFacts.customCodeWithInput(caller, input))
              .fact("it makes web requests to the outside (flows " + WebFacts.ids(out) + ")");
      if (!inside.isEmpty()) {
        finding.fact(
            "it can reach internal targets on the web (flows " + WebFacts.ids(inside) + ")");
      }
      if (cloud) {
        finding.fact("it runs in a cloud zone, where an instance-metadata endpoint answers");
      }
      finding
          .data(WebFacts.dataAt(system, caller, inside))
          .report(
              caller.id()
                  + " can be made to request addresses an outsider chooses, reaching internal"
                  + " services or cloud credentials from inside the network.");
    }
  }
}
