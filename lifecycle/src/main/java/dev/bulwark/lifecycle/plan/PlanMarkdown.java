package dev.bulwark.lifecycle.plan;

import dev.bulwark.model.Wire;
import dev.bulwark.model.write.Markdown;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan as GitHub-flavoured Markdown, for a wiki page, an issue or a pull request: activities and
 * requirements are checklists. Every text from the model or the policy is escaped.
 */
final class PlanMarkdown {
  private PlanMarkdown() {}

  static String render(Plan plan) {
    StringBuilder out = new StringBuilder();
    out.append("# Security plan: ").append(Markdown.text(plan.title())).append("\n\n");
    out.append("**Risk tier ")
        .append(plan.tier().number())
        .append(": ")
        .append(Markdown.text(plan.tier().title()))
        .append(".**");
    if (!plan.tier().description().isEmpty()) {
      out.append(' ').append(Markdown.text(plan.tier().description()));
    }
    out.append("\n\n").append(capitalised(Markdown.text(PlanFormat.how(plan)))).append(".\n\n");
    out.append("## Why this tier\n\n");
    if (plan.decision().reasons().isEmpty()) {
      out.append("Nothing in the model raises the tier.\n\n");
    }
    for (Reason reason : plan.decision().reasons()) {
      List<Fact> facts = reason.facts();
      String shown =
          facts.subList(0, Math.min(PlanFormat.SHOWN_FACTS, facts.size())).stream()
              .map(f -> Markdown.text(f.text()))
              .collect(Collectors.joining("; "));
      out.append("- **")
          .append(Markdown.text(PlanFormat.label(reason)))
          .append("** (")
          .append(PlanFormat.worth(reason)) // our words and digits only
          .append("): ")
          .append(shown);
      if (facts.size() > PlanFormat.SHOWN_FACTS) {
        out.append("; and ").append(facts.size() - PlanFormat.SHOWN_FACTS).append(" more");
      }
      out.append('\n');
    }
    out.append("\n## Security activities\n\n");
    for (Plan.PlannedActivity a : plan.activities()) {
      out.append("- [ ] **")
          .append(Markdown.text(a.activity().title()))
          .append("** (tier ")
          .append(a.tier())
          .append(')');
      if (!a.activity().description().isEmpty()) {
        out.append(": ").append(Markdown.text(a.activity().description()));
      }
      out.append('\n');
    }
    out.append("\n## Security requirements\n\n");
    if (plan.requirementCount() == 0) {
      out.append("No mitigation or countermeasure applies yet.\n");
    } else {
      out.append(plan.requirementCount())
          .append(plan.requirementCount() == 1 ? " requirement" : " requirements")
          .append(" to meet before and while the code is written, each with the check that")
          .append(" shows it is met.\n");
    }
    for (RequirementGroup group : plan.requirements()) {
      out.append("\n### ").append(Markdown.text(group.title())).append("\n\n");
      for (Requirement r : group.requirements()) {
        requirement(r, out);
      }
    }
    return out.toString();
  }

  private static void requirement(Requirement r, StringBuilder out) {
    out.append("- [")
        .append(r.done() ? 'x' : ' ')
        .append("] **")
        .append(Markdown.text(r.title()))
        .append("** (")
        .append(Markdown.code(r.id()))
        .append(r.status().map(s -> ", " + Wire.name(s)).orElse(""))
        .append(')');
    if (!r.elements().isEmpty()) {
      out.append(": applies to ")
          .append(r.elements().stream().map(Markdown::code).collect(Collectors.joining(", ")));
    }
    out.append('\n');
    out.append("  - Do: ").append(Markdown.text(r.action())).append('\n');
    out.append("  - Verify: ")
        .append(
            r.verification()
                .map(Markdown::text)
                .orElse(
                    "_no verification criterion yet: add `verification` to mitigation "
                        + Markdown.code(r.id())
                        + "_"))
        .append('\n');
    if (!r.asvs().isEmpty() || !r.nist().isEmpty()) {
      out.append("  - References:");
      if (!r.asvs().isEmpty()) {
        out.append(" ASVS 4.0.3 ").append(Markdown.text(String.join(", ", r.asvs())));
      }
      if (!r.nist().isEmpty()) {
        out.append(r.asvs().isEmpty() ? "" : ";")
            .append(" NIST SP 800-53 ")
            .append(Markdown.text(String.join(", ", r.nist())));
      }
      out.append('\n');
    }
    if (r.worst().isPresent()) {
      List<String> threats = r.threats();
      out.append("  - Addresses ")
          .append(threats.size())
          .append(threats.size() == 1 ? " threat" : " threats")
          .append(", worst ")
          .append(Wire.name(r.worst().get()))
          .append(": ")
          .append(
              threats.subList(0, Math.min(PlanFormat.SHOWN_THREATS, threats.size())).stream()
                  .map(Markdown::code)
                  .collect(Collectors.joining(", ")));
      if (threats.size() > PlanFormat.SHOWN_THREATS) {
        out.append(" and ").append(threats.size() - PlanFormat.SHOWN_THREATS).append(" more");
      }
      out.append('\n');
    }
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
