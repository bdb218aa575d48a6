package dev.bulwark.lifecycle.plan;

import dev.bulwark.model.Wire;
import java.util.List;

/** A plan for a terminal: the tier and why, the activities, the requirements one line each. */
final class PlanText {
  private PlanText() {}

  static String render(Plan plan) {
    StringBuilder out = new StringBuilder();
    out.append(plan.title())
        .append(" (")
        .append(plan.modelId())
        .append("): risk tier ")
        .append(plan.tier().number())
        .append(", ")
        .append(plan.tier().title())
        .append('\n')
        .append("  ")
        .append(PlanFormat.how(plan))
        .append('\n');
    out.append("\nWhy:\n");
    if (plan.decision().reasons().isEmpty()) {
      out.append("  nothing in the model raises the tier\n");
    }
    for (Reason reason : plan.decision().reasons()) {
      out.append("  ")
          .append(PlanFormat.label(reason))
          .append("  ")
          .append(PlanFormat.worth(reason))
          .append('\n');
      List<Fact> facts = reason.facts();
      for (Fact fact : facts.subList(0, Math.min(PlanFormat.SHOWN_FACTS, facts.size()))) {
        out.append("    - ")
            .append(fact.text())
            .append("  (")
            .append(fact.position())
            .append(")\n");
      }
      if (facts.size() > PlanFormat.SHOWN_FACTS) {
        out.append("    - … and ").append(facts.size() - PlanFormat.SHOWN_FACTS).append(" more\n");
      }
    }
    out.append("\nSecurity activities (tier ").append(plan.tier().number()).append("):\n");
    for (Plan.PlannedActivity a : plan.activities()) {
      out.append("  [tier ")
          .append(a.tier())
          .append("] ")
          .append(a.activity().title())
          .append(" (")
          .append(a.activity().id())
          .append(")\n");
    }
    out.append("\nSecurity requirements: ").append(plan.requirementCount()).append('\n');
    for (RequirementGroup group : plan.requirements()) {
      out.append("  ").append(group.title()).append('\n');
      for (Requirement r : group.requirements()) {
        out.append("    [")
            .append(r.done() ? 'x' : ' ')
            .append("] ")
            .append(r.title())
            .append(" (")
            .append(r.id())
            .append(r.status().map(s -> ", " + Wire.name(s)).orElse(""))
            .append(')');
        r.worst()
            .ifPresent(w ->
                out.append(": ")
                    .append(r.threats().size())
                    .append(r.threats().size() == 1 ? " threat" : " threats")
                    .append(", worst ")
                    .append(Wire.name(w)));
        out.append('\n')
            .append("        verify: ")
            .append(r.verification().orElse("(no verification criterion in the model)"))
            .append('\n');
      }
    }
    if (plan.requirementCount() > 0) {
      out.append("\n--format markdown gives the checklist with actions and references.\n");
    }
    return out.toString();
  }
}
