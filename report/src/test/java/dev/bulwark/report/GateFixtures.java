package dev.bulwark.report;

import dev.bulwark.lifecycle.gate.Baseline;
import dev.bulwark.lifecycle.gate.Gate;
import dev.bulwark.lifecycle.gate.GateExtensions;
import dev.bulwark.lifecycle.gate.GateInput;
import dev.bulwark.lifecycle.gate.GateResult;
import dev.bulwark.lifecycle.gate.Policy;
import dev.bulwark.lifecycle.gate.PolicyReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Gate verdicts on the report fixtures, for the gate's renderers. */
public final class GateFixtures {
  /** A policy with every check on and thresholds most examples miss. */
  public static final Policy STRICT =
      PolicyReader.read(
              "strict.yaml",
              """
              bulwark-policy: 1
              checks:
                model-errors: { warnings: true }
                open-threats: { severity: high }
                new-threats: { severity: high }
                expired-acceptances: {}
                stale-triage: {}
                missing-owners: { of: [model, components, mitigations, triage, suppressions] }
                risk-budget: { max: 100 }
                stale-sources: {}
              """
                  .getBytes(StandardCharsets.UTF_8))
          .policy()
          .orElseThrow();

  private GateFixtures() {}

  /** The gate's verdict on a digest's model. */
  public static GateResult verdict(Digest digest, Policy policy, Optional<Baseline> base) {
    ReportInput input = digest.input();
    GateInput gate =
        new GateInput(
            ReportFixtures.repository().resolve(input.modelFile()),
            input.model(),
            input.assessment(),
            input.warnings(),
            List.of(),
            base);
    return Gate.run(policy, gate, GateExtensions.NONE);
  }
}
