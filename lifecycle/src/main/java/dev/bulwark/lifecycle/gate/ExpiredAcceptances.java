package dev.bulwark.lifecycle.gate;

import dev.bulwark.risk.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code expired-acceptances}: no acceptance may be past its {@code until} date. The assessment
 * already reopened those threats; this check names the decision to renew or revisit, at its triage
 * entry.
 */
public record ExpiredAcceptances() implements Check {
  public static final String ID = "expired-acceptances";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "No accepted threat is past the acceptance's until date.";
  }

  @Override
  public CheckResult run(GateInput input) {
    List<GateFinding> findings = new ArrayList<>();
    input
        .assessment()
        .threats()
        .forEach(t ->
            t.decision()
                .filter(Decision::expired)
                .ifPresent(d ->
                    findings.add(
                        new GateFinding(
                            d.entry().position(),
                            "the acceptance of "
                                + t.fingerprint()
                                + d.entry().by().map(by -> " by " + by).orElse("")
                                + " expired on "
                                + d.entry().until().orElseThrow()
                                + "; renew it with a new until date or treat the threat",
                            t.fingerprint()))));
    return findings.isEmpty()
        ? CheckResult.passed(this, "no acceptance has expired")
        : CheckResult.failed(
            this,
            Counting.of(findings.size(), "acceptance has", "acceptances have") + " expired",
            findings);
  }
}
