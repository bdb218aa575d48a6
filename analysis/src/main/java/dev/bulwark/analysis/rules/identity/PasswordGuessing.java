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
import dev.bulwark.model.Authentication;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.Exposure;

/**
 * Passwords accepted from outside the target's zone, with neither rate limiting nor a second factor
 * on the flow or the target: nothing stops an attacker from trying password after password.
 * Services run by others are left out: their login limits are not this model's to set.
 */
public final class PasswordGuessing implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-AUTH-009")
          .title("Passwords can be guessed without limit")
          .stride(SPOOFING)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-307")
          .capec("CAPEC-49", "CAPEC-16")
          .attack("T1110")
          .rationale(
              "An interface that answers every login attempt at full speed lets a script try"
                  + " common passwords against all accounts, or leaked ones from other breaches."
                  + " Some accounts fall within hours, and the attempts look like ordinary logins.")
          .mitigations("throttle-sign-in-attempts", "multi-factor-sign-in")
          .reducedBy(Control.IP_ALLOWLIST, Control.WAF, Control.MONITORING)
          .asvs("V2.2.1")
          .refines("BW-STRIDE-001")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction flow : system.interactions()) {
      if (flow.flow().authentication() != Authentication.PASSWORD
          || flow.entered().isEmpty()
          || insideOnly(flow.source())
          || !flow.target().isComponent()
          || flow.target().is(ComponentKind.EXTERNAL_SERVICE)
          || flow.has(Control.RATE_LIMITING)
          || flow.has(Control.MFA)) {
        continue;
      }
      findings
          .on(flow.id())
          .fact(
              flow.describe()
                  + " accepts a password from outside "
                  + flow.target().id()
                  + "'s zone "
                  + flow.target().zoneId().orElse("?"))
          .fact(flow.source().describe() + " can be driven from outside the internal network")
          .fact(
              "neither "
                  + flow.id()
                  + " nor "
                  + flow.target().id()
                  + " declares rate-limiting or mfa")
          .cause(flow.target().id())
          .report(
              "Passwords on "
                  + flow.id()
                  + " can be tried one after another until one"
                  + " works.");
    }
  }

  /**
   * Guessing needs someone who can send many attempts: a person, or a caller reachable from the
   * internet or partners. An internal service holding a password is not that someone.
   */
  private static boolean insideOnly(Node source) {
    return source.isComponent() && source.exposure() == Exposure.INTERNAL;
  }
}
