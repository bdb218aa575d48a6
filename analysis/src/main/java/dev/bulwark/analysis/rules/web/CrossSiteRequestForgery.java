package dev.bulwark.analysis.rules.web;

import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.SPOOFING;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A web application whose users authenticate with a session cookie and whose requests change state:
 * the data they send is kept by the application or by a component it writes to. CSRF protection on
 * the application or on the flow is decisive.
 */
public final class CrossSiteRequestForgery implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-WEB-006")
          .title("Cross-site request forgery")
          .stride(SPOOFING, TAMPERING)
          .goals(INTEGRITY)
          .cwe("CWE-352")
          .capec("CAPEC-62")
          .rationale(
              "Browsers attach cookies to a request whichever site caused it. Any page a logged-in"
                  + " user opens can therefore submit a form to this application that it takes as"
                  + " the user's own: a changed e-mail address, a transfer, a new administrator.")
          .mitigations("anti-csrf-tokens")
          .asvs("V4.2.2", "V3.4.3")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node app : system.nodes()) {
      if (!app.is(ComponentKind.WEB_APP) || app.has(Control.CSRF_PROTECTION)) {
        continue;
      }
      Set<String> kept = new LinkedHashSet<>(app.component().orElseThrow().stores());
      system
          .from(app.id())
          .forEach(w -> kept.addAll(w.target().component().map(c -> c.stores()).orElse(List.of())));
      for (Interaction use : WebFacts.humanInput(system, app)) {
        List<String> changed = use.flow().data().stream().filter(kept::contains).toList();
        if (use.flow().authentication() != Authentication.SESSION
            || use.flow().controls().contains(Control.CSRF_PROTECTION)
            || changed.isEmpty()) {
          continue;
        }
        findings
            .on(app.id())
            .fact(use.describe() + " authenticates " + use.source().describe() + " with a session")
            .fact("data sent on it is kept: " + String.join(", ", changed))
            .fact(app.id() + " declares no csrf-protection control")
            .data(changed)
            .report(
                "Another site open in a user's browser can make it send requests to "
                    + app.id()
                    + " that carry the user's session and change their data.");
      }
    }
  }
}
