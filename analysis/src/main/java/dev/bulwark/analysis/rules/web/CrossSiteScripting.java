package dev.bulwark.analysis.rules.web;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;
import static dev.bulwark.model.Stride.SPOOFING;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import java.util.List;

/**
 * A custom-code web application that people use through a browser, and that takes input from
 * outside its zone, may echo that input into pages. Contextual output encoding is decisive; a
 * content security policy, input validation and a WAF lower the likelihood.
 */
public final class CrossSiteScripting implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-WEB-005")
          .title("Cross-site scripting")
          .stride(TAMPERING, INFORMATION_DISCLOSURE, SPOOFING)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-79")
          .capec("CAPEC-63")
          .attack("T1189")
          .rationale(
              "A page that prints a value it was sent, without encoding it for where it lands,"
                  + " lets the sender run script in other people's browsers under the site's"
                  + " origin. That script reads what they see, acts with their session and can"
                  + " rewrite the page to ask for their password.")
          .mitigations("contextual-output-encoding", "strict-content-security-policy")
          .reducedBy(Control.CONTENT_SECURITY_POLICY, Control.INPUT_VALIDATION, Control.WAF)
          .asvs("V5.3.3", "V14.4.3")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node app : system.nodes()) {
      if (!app.is(ComponentKind.WEB_APP) || !app.customCode() || app.has(Control.OUTPUT_ENCODING)) {
        continue;
      }
      List<Interaction> people = WebFacts.humanInput(system, app);
      List<Interaction> outside = WebFacts.outsideInput(system, app);
      if (people.isEmpty() || outside.isEmpty()) {
        continue;
      }
      findings
          .on(app.id())
          .fact(
              app.describe()
                  + " is custom code used by people (flows "
                  + WebFacts.ids(people)
                  + ")")
          .fact("it takes input from outside its zone (flows " + WebFacts.ids(outside) + ")")
          .fact(app.id() + " declares no output-encoding control")
          .report(
              "Input sent to "
                  + app.id()
                  + " can come back in its pages as script that runs"
                  + " in its users' browsers, with their session and their view of the data.");
    }
  }
}
