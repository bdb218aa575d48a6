package dev.bulwark.analysis.rules.identity;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.SPOOFING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.Control;
import dev.bulwark.model.Wire;
import java.util.List;

/**
 * People who sign in with one factor into a component holding sensitive data or administrative
 * power. The {@code mfa} control on the flow or the target is decisive; so is an {@code mfa}
 * identity provider the same person signs in to, since the tokens and sessions come from it.
 */
public final class NoSecondFactor implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-AUTH-002")
          .title("No second factor for people reaching sensitive assets")
          .stride(SPOOFING)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-308")
          .capec("CAPEC-560", "CAPEC-600")
          .attack("T1078", "T1110.004")
          .rationale(
              "Passwords leak through phishing, reuse on other sites and malware on the user's"
                  + " machine. With one factor, a leaked password is a full account, and here the"
                  + " account reaches sensitive data or controls the system.")
          .mitigations("multi-factor-sign-in")
          .reducedBy(Control.IP_ALLOWLIST, Control.VPN)
          .asvs("V4.3.1")
          .refines("BW-STRIDE-001")
          .build();

  private static final List<Authentication> ONE_FACTOR =
      List.of(Authentication.PASSWORD, Authentication.SESSION, Authentication.TOKEN);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction flow : system.interactions()) {
      Node person = flow.source();
      Node target = flow.target();
      if (!person.is(Assets.PEOPLE)
          || !target.isComponent()
          || !ONE_FACTOR.contains(flow.flow().authentication())
          || flow.has(Control.MFA)
          || Assets.signsInWithMfa(system, person)
          || customerSession(person, flow)) {
        continue;
      }
      List<String> sensitive = system.sensitiveDataOf(target.id());
      if (sensitive.isEmpty() && !Assets.grantsAdmin(person, target)) {
        continue;
      }
      String holds = sensitive.isEmpty() ? "gives admin control" : "holds sensitive " + sensitive;
      String factor = Wire.name(flow.flow().authentication());
      findings
          .on(flow.id())
          .fact("%s signs %s in with %s alone".formatted(flow.describe(), person.id(), factor))
          .fact(target.describe() + " " + holds)
          .fact("neither %s nor %s declares the mfa control".formatted(flow.id(), target.id()))
          .cause(target.id())
          .report("A stolen password of " + person.id() + " suffices in " + target.id() + ".");
    }
  }

  /**
   * A customer's later requests ride on the session or token of their sign-in; the sign-in flow
   * with the password is where a second factor belongs, so only it is reported for customers.
   */
  private static boolean customerSession(Node person, Interaction flow) {
    return person.is(ActorKind.USER) && flow.flow().authentication() != Authentication.PASSWORD;
  }
}
