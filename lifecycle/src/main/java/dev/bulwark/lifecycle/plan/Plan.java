package dev.bulwark.lifecycle.plan;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.knowledge.Countermeasures;
import dev.bulwark.model.Model;
import dev.bulwark.risk.Assessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The security plan of a model: its risk tier with the reasons, the security activities the tier
 * requires, and the security requirements for developers. The same model, assessment and policy
 * give the same plan.
 *
 * @param policy where the policy came from ("built-in" or its file)
 * @param activities every activity of the tier and the tiers below it, lowest tier first
 */
public record Plan(
    String modelId,
    String title,
    String policy,
    TierDecision decision,
    Tier tier,
    List<PlannedActivity> activities,
    List<RequirementGroup> requirements) {

  public Plan {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(tier, "tier");
    activities = List.copyOf(activities);
    requirements = List.copyOf(requirements);
  }

  /** An activity the plan requires, with the tier that brings it in. */
  public record PlannedActivity(Activity activity, int tier) {
    public PlannedActivity {
      Objects.requireNonNull(activity, "activity");
    }
  }

  /** Computes the plan of a valid model from its assessment. */
  public static Plan of(
      Model model,
      SystemView view,
      Assessment assessment,
      PlanPolicy policy,
      Countermeasures catalogue) {
    TierDecision decision = Tiering.decide(PlanFacts.of(model, view, assessment), policy);
    List<PlannedActivity> activities = new ArrayList<>();
    for (Tier tier : policy.tiers().subList(0, decision.tier())) {
      for (String id : tier.activities()) {
        activities.add(new PlannedActivity(policy.activity(id).orElseThrow(), tier.number()));
      }
    }
    return new Plan(
        model.id(),
        model.title(),
        policy.source(),
        decision,
        policy.tier(decision.tier()),
        activities,
        Requirements.derive(model, assessment, catalogue));
  }

  /** How many requirements the plan lists. */
  public int requirementCount() {
    return requirements.stream().mapToInt(g -> g.requirements().size()).sum();
  }
}
