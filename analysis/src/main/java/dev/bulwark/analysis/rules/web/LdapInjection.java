package dev.bulwark.analysis.rules.web;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;
import static dev.bulwark.model.Stride.SPOOFING;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.Protocol;
import java.util.List;

/**
 * Custom code with input from outside its zone that calls a directory, or anything over LDAP(S),
 * may splice that input into search filters or distinguished names. No declarable control removes
 * it: escaping is the fix; validation and a WAF only lower the likelihood.
 */
public final class LdapInjection implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-WEB-003")
          .title("LDAP injection")
          .stride(TAMPERING, INFORMATION_DISCLOSURE, SPOOFING)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-90")
          .capec("CAPEC-136")
          .attack("T1190")
          .rationale(
              "A user name pasted into an LDAP filter can close the filter and open a new one: a"
                  + " wildcard or an always-true clause then lists the whole directory or makes a"
                  + " bind check pass for the wrong account. Directories often decide who may log"
                  + " in and to which groups people belong.")
          .mitigations("ldap-filter-encoding", "input-validation")
          .reducedBy(Control.INPUT_VALIDATION, Control.WAF)
          .asvs("V5.3.7")
          .refines("BW-STRIDE-002")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction call : system.interactions()) {
      var caller = call.source();
      var protocol = call.flow().protocol();
      boolean ldap = protocol == Protocol.LDAP || protocol == Protocol.LDAPS;
      if (!caller.customCode() || !(ldap || call.target().is(ComponentKind.DIRECTORY))) {
        continue;
      }
      List<Interaction> input = WebFacts.outsideInput(system, caller);
      if (input.isEmpty()) {
        continue;
      }
      findings
          .on(caller.id(), call.target().id())
          .fact(WebFacts.customCodeWithInput(caller, input))
          .fact(call.describe() + (ldap ? " speaks LDAP" : " reaches a directory"))
          .cause(caller.id())
          .report(
              "Input reaching %s can rewrite the LDAP filters or names it sends to %s,"
                      .formatted(caller.id(), call.target().id())
                  + " to list entries or pass checks it should fail.");
    }
  }
}
