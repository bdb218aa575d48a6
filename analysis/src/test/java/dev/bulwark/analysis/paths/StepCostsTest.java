package dev.bulwark.analysis.paths;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Severity;
import dev.bulwark.model.load.ModelLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One step of each kind, with its reasons worked out by hand: the amounts add up to the cost, the
 * controls cap, credentials, skill, open threats and the floor each show.
 */
class StepCostsTest {
  private static final SystemView VIEW =
      SystemView.of(
          ModelLoader.load(Path.of("src/test/resources/paths/costs/steps.yaml"))
              .model()
              .orElseThrow());
  private static final AttackerProfile ANONYMOUS = Profiles.builtIn().get(0);

  @Test
  void aFlowStepPaysAuthenticationTrustAndControlsUpToTheirCap() {
    StepCosts.Cost cost = costs(ANONYMOUS, Set.of(), Map.of()).forward(flow("call"), true);
    assertThat(cost.reasons())
        .containsExactly(
            "+1.0 a step to gate",
            "+1.5 authentication: token",
            "+1.5 trust: 0 (internet) → 30 (dmz)",
            "+1.0 control: waf on gate",
            "+0.5 control: input-validation on flow call",
            "+0.5 control: rate-limiting on gate",
            "+1.0 control: ip-allowlist on gate",
            "+0.0 control: vpn not counted (controls count at most 3.0)");
    assertThat(cost.tenths()).isEqualTo(70);
  }

  @Test
  void heldCredentialsSkillAndOpenThreatsChangeTheSameStep() {
    AttackerProfile expert =
        new AttackerProfile(
            "expert-customer",
            "Expert customer",
            "",
            "internet",
            0,
            ANONYMOUS.startsAt(),
            List.of(),
            List.of(),
            Skill.EXPERT);
    StepCosts.Cost cost =
        costs(
                expert,
                Set.of("customer"),
                Map.of("call", Severity.CRITICAL, "gate", Severity.HIGH, "app", Severity.CRITICAL))
            .forward(flow("call"), true);
    assertThat(cost.reasons())
        .containsExactly(
            "+1.0 a step to gate",
            "+0.0 authentication: token, held: the attacker has the credentials customer uses",
            "+1.5 trust: 0 (internet) → 30 (dmz)",
            "+0.5 control: waf on gate (expert: 50%)",
            "+0.3 control: input-validation on flow call (expert: 50%)",
            "+0.3 control: rate-limiting on gate (expert: 50%)",
            "+0.5 control: ip-allowlist on gate (expert: 50%)",
            "+0.0 control: vpn not counted (controls count at most 3.0)",
            "-1.5 open critical threat on flow call",
            "-1.0 open high threat on gate");
    assertThat(cost.tenths()).isEqualTo(16);
  }

  @Test
  void mfaIsNotPaidTwiceWhereTheFlowAlreadyAsksForASecondFactor() {
    StepCosts.Cost cost =
        costs(ANONYMOUS, Set.of(), Map.of("fetch", Severity.ELEVATED)).forward(flow("fetch"), true);
    assertThat(cost.reasons())
        .containsExactly(
            "+1.0 a step to vault",
            "+3.0 authentication: two-factor",
            "+0.5 control: least-privilege on vault",
            "-0.5 open elevated threat on flow fetch");
    assertThat(cost.tenths()).isEqualTo(40);
  }

  @Test
  void aStepNeverCostsLessThanTheFloor() {
    StepCosts.Cost cost =
        costs(ANONYMOUS, Set.of(), Map.of("notify", Severity.CRITICAL, "customer", Severity.HIGH))
            .forward(flow("notify"), true);
    assertThat(cost.reasons())
        .containsExactly(
            "+1.0 a step to customer",
            "+0.0 authentication: none",
            "-1.5 open critical threat on flow notify",
            "-1.0 open high threat on customer",
            "+2.0 floor: a step costs at least 0.5");
    assertThat(cost.tenths()).isEqualTo(5);
  }

  @Test
  void aDirectStepPassesTheWeakestNetworkFlowIntoTheNode() {
    StepCosts.Cost cost = costs(ANONYMOUS, Set.of(), Map.of()).direct(node("vault"), true);
    assertThat(cost.reasons())
        .containsExactly(
            "+1.0 a step to vault",
            "+3.0 authentication: two-factor, the weakest of the flows into vault (fetch)",
            "+3.7 trust: 0 (internet) → 75 (core)",
            "+0.5 control: least-privilege on vault");
    assertThat(cost.tenths()).isEqualTo(82);
    StepCosts.Cost gate = costs(ANONYMOUS, Set.of(), Map.of()).direct(node("gate"), true);
    assertThat(gate.reasons().get(1))
        .as("token (call) is weaker than mtls (pull)")
        .isEqualTo("+1.5 authentication: token, the weakest of the flows into gate (call)");
  }

  @Test
  void aStepAgainstAFlowPaysExtraButNoAuthentication() {
    StepCosts.Cost cost = costs(ANONYMOUS, Set.of(), Map.of()).against(flow("pull"), true);
    assertThat(cost.reasons())
        .containsExactly(
            "+1.0 a step to app",
            "+1.0 against flow pull: through what gate sends back",
            "+2.2 trust: 30 (dmz) → 75 (core)");
    assertThat(cost.tenths()).isEqualTo(42);
  }

  @Test
  void costsWithoutReasonsAreTheSame() {
    StepCosts costs = costs(ANONYMOUS, Set.of(), Map.of("gate", Severity.CRITICAL));
    for (Interaction flow : VIEW.interactions()) {
      assertThat(costs.forward(flow, false).tenths()).isEqualTo(costs.forward(flow, true).tenths());
      assertThat(costs.forward(flow, false).reasons()).isEmpty();
      assertThat(costs.against(flow, false).tenths()).isEqualTo(costs.against(flow, true).tenths());
    }
    for (Node node : VIEW.nodes()) {
      assertThat(costs.direct(node, false).tenths()).isEqualTo(costs.direct(node, true).tenths());
    }
  }

  private static StepCosts costs(
      AttackerProfile profile, Set<String> credentialed, Map<String, Severity> open) {
    Map<String, List<Interaction>> into = new HashMap<>();
    VIEW.nodes().forEach(n -> into.put(n.id(), VIEW.into(n.id())));
    return new StepCosts(open, profile, credentialed, into);
  }

  private static Interaction flow(String id) {
    return VIEW.interaction(id).orElseThrow();
  }

  private static Node node(String id) {
    return VIEW.node(id).orElseThrow();
  }
}
