package dev.bulwark.analysis.paths;

import dev.bulwark.model.Wire;
import java.util.List;

/** Attack paths as text for people: crown jewels, then each profile's easiest paths with why. */
public final class PathsText {
  private PathsText() {}

  public static String write(PathAnalysis analysis) {
    StringBuilder out = new StringBuilder();
    PathOptions options = analysis.options();
    out.append("Attack paths of ")
        .append(analysis.model())
        .append(": ")
        .append(count(analysis.profiles().size(), "profile"))
        .append(", ")
        .append(count(analysis.jewels().size(), "crown jewel"))
        .append(", up to ")
        .append(count(options.k(), "easiest path"))
        .append(" each")
        .append(options.againstFlows() ? ", also against flows" : "")
        .append("\n\nCrown jewels\n");
    if (analysis.jewels().isEmpty()) {
      out.append("  none: no sensitive data is stored or processed, and no component holds keys\n");
    }
    for (CrownJewel jewel : analysis.jewels()) {
      out.append(String.format("  %2d. ", jewel.rank()))
          .append(jewel.id())
          .append(" — ")
          .append(jewel.why())
          .append("\n      held by ")
          .append(String.join(", ", jewel.heldBy()))
          .append('\n');
    }
    for (PathAnalysis.ProfilePaths profile : analysis.profiles()) {
      profile(out, profile, analysis.jewels().isEmpty());
    }
    return out.toString();
  }

  private static void profile(
      StringBuilder out, PathAnalysis.ProfilePaths result, boolean noJewels) {
    AttackerProfile profile = result.profile();
    out.append('\n')
        .append(profile.title())
        .append(" (")
        .append(profile.id())
        .append(", ")
        .append(Wire.name(profile.skill()))
        .append(")\n");
    if (result.startsAt().isEmpty() && result.reaches().isEmpty()) {
      out.append("  begins nowhere in this model: no actor or component matches its selectors\n");
      return;
    }
    list(out, "starts at", result.startsAt());
    list(out, "reaches directly from " + profile.origin(), result.reaches());
    if (noJewels) {
      return;
    }
    for (PathAnalysis.JewelPaths target : result.targets()) {
      out.append("\n  → ").append(target.jewel().id()).append('\n');
      if (target.paths().isEmpty()) {
        out.append(
            target.complete()
                ? "    no path: nothing it begins at leads there\n"
                : "    no path found within the work limit\n");
      }
      for (AttackPath path : target.paths()) {
        path(out, path);
      }
      if (!target.complete() && !target.paths().isEmpty()) {
        out.append("    (the work limit stopped the search; there may be more paths)\n");
      }
    }
  }

  private static void path(StringBuilder out, AttackPath path) {
    out.append("    ").append(path.rank()).append(". ").append(path.start());
    if (path.steps().isEmpty()) {
      out.append(" holds it already");
    }
    for (Step step : path.steps()) {
      out.append(" → ").append(step.to()).append(" (").append(label(step)).append(')');
    }
    out.append("; difficulty ").append(path.difficulty()).append('\n');
    for (Step step : path.steps()) {
      out.append("         ")
          .append(step.from())
          .append(" → ")
          .append(step.to())
          .append(": ")
          .append(step.cost())
          .append('\n');
      for (String reason : step.reasons()) {
        out.append("           ").append(reason).append('\n');
      }
    }
  }

  private static String label(Step step) {
    return switch (step.move()) {
      case DIRECT -> "direct";
      case FLOW -> step.flow().orElseThrow() + ": " + step.via();
      case AGAINST_FLOW -> "against " + step.flow().orElseThrow();
    };
  }

  private static void list(StringBuilder out, String what, List<String> ids) {
    if (!ids.isEmpty()) {
      out.append("  ").append(what).append(": ").append(String.join(", ", ids)).append('\n');
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
