package dev.bulwark.analysis.paths;

import dev.bulwark.model.Wire;
import dev.bulwark.model.write.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Attack paths as JSON for programs: keys in a fixed order, lists in the analysis's order, so the
 * same input gives the same bytes. The format is described in docs/attack-paths.md.
 */
public final class PathsJson {
  /** The version of this document's format, written as {@code bulwark-paths}. */
  public static final int FORMAT_VERSION = 1;

  private PathsJson() {}

  public static String write(PathAnalysis analysis) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("bulwark-paths", FORMAT_VERSION);
    root.put("model", analysis.model());
    PathOptions options = analysis.options();
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("k", options.k());
    settings.put("jewels", options.jewels());
    settings.put("against-flows", options.againstFlows());
    settings.put("work-limit", options.workLimit());
    root.put("options", settings);
    root.put("crown-jewels", analysis.jewels().stream().map(PathsJson::jewel).toList());
    root.put("profiles", analysis.profiles().stream().map(PathsJson::profile).toList());
    return Json.write(root);
  }

  private static Map<String, Object> jewel(CrownJewel jewel) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("rank", jewel.rank());
    out.put("id", jewel.id());
    out.put("kind", Wire.name(jewel.kind()));
    out.put("why", jewel.why());
    out.put("held-by", jewel.heldBy());
    return out;
  }

  private static Map<String, Object> profile(PathAnalysis.ProfilePaths result) {
    AttackerProfile profile = result.profile();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", profile.id());
    out.put("title", profile.title());
    out.put("description", profile.description());
    out.put("origin", profile.origin());
    out.put("origin-trust", profile.originTrust());
    out.put("skill", Wire.name(profile.skill()));
    out.put("starts-at", result.startsAt());
    out.put("reaches-directly", result.reaches());
    out.put("targets", result.targets().stream().map(PathsJson::target).toList());
    return out;
  }

  private static Map<String, Object> target(PathAnalysis.JewelPaths target) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("crown-jewel", target.jewel().id());
    out.put("complete", target.complete());
    out.put("work", target.work());
    out.put("paths", target.paths().stream().map(PathsJson::path).toList());
    return out;
  }

  private static Map<String, Object> path(AttackPath path) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("rank", path.rank());
    out.put("difficulty", path.difficulty().value());
    out.put("start", path.start());
    out.put("nodes", path.nodes());
    out.put("flows", path.flows());
    out.put("steps", path.steps().stream().map(PathsJson::step).toList());
    return out;
  }

  private static Map<String, Object> step(Step step) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", step.from());
    out.put("to", step.to());
    step.flow().ifPresent(flow -> out.put("flow", flow));
    out.put("move", Wire.name(step.move()));
    out.put("via", step.via());
    out.put("cost", step.cost().value());
    out.put("reasons", step.reasons());
    return out;
  }
}
