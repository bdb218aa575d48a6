package dev.bulwark.analysis.rules.web;

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
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Exposure;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An internet-exposed custom-code web app, service or API gateway handling sensitive data, with no
 * WAF: none declared on it or on the flows into it, and no WAF component (or forwarder declaring
 * the waf control) in front of it.
 */
public final class MissingWebApplicationFirewall implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-WEB-011")
          .title("No web application firewall in front of exposed custom code")
          .stride(TAMPERING, INFORMATION_DISCLOSURE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .attack("T1190")
          .rationale(
              "Code written in-house is where unknown injection and parsing bugs live, and on the"
                  + " internet automated scanners try every known payload within days. A filter in"
                  + " front of it blocks much of that traffic, buys time while a fix is made and"
                  + " leaves a log of who probed what.")
          .mitigations("web-application-firewall")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node app : system.nodes()) {
      if (!app.is(ComponentKind.WEB_APP, ComponentKind.SERVICE, ComponentKind.API_GATEWAY)
          || !app.customCode()
          || app.exposure() != Exposure.INTERNET
          || app.has(Control.WAF)
          || system.into(app.id()).stream().anyMatch(i -> i.flow().controls().contains(Control.WAF))
          || WebFacts.forwarders(system, app).stream()
              .anyMatch(f -> f.is(ComponentKind.WAF) || f.has(Control.WAF))) {
        continue;
      }
      Set<String> handled = new LinkedHashSet<>(system.dataOf(List.of(app.id())));
      system.into(app.id()).forEach(i -> handled.addAll(i.flow().data()));
      List<String> sensitive =
          system.data(handled).stream().filter(SystemView::isSensitive).map(DataAsset::id).toList();
      if (sensitive.isEmpty()) {
        continue;
      }
      findings
          .on(app.id())
          .fact(app.describe() + " is custom code exposed to the internet")
          .fact("it handles sensitive data: " + String.join(", ", sensitive))
          .fact("no waf control on it or its inbound flows, and no waf in front of it")
          .data(sensitive)
          .report(
              "Attack traffic from the internet reaches "
                  + app.id()
                  + " unfiltered, so any bug in its code is open to mass scanning at once.");
    }
  }
}
