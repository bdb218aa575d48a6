package dev.bulwark.lifecycle.plan;

import dev.bulwark.model.Wire;
import dev.bulwark.model.write.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A plan as one JSON document, with every fact and threat (text and Markdown shorten lists). */
final class PlanJson {
  private PlanJson() {}

  static String render(Plan plan) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("model", plan.modelId());
    out.put("title", plan.title());
    out.put("policy", plan.policy());
    TierDecision d = plan.decision();
    Map<String, Object> tier = new LinkedHashMap<>();
    tier.put("number", plan.tier().number());
    tier.put("title", plan.tier().title());
    tier.put("description", plan.tier().description());
    tier.put("score", d.score());
    tier.put("max-score", d.maxScore());
    tier.put("score-tier", d.scoreTier());
    tier.put(
        "raised-by",
        d.raisedBy()
            .map(r -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("factor", r.factor().key());
              m.put("level", r.level());
              return (Object) m;
            })
            .orElse(null));
    out.put("tier", tier);
    List<Object> reasons = new ArrayList<>();
    for (Reason r : d.reasons()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("factor", r.factor().key());
      m.put("level", r.level());
      m.put("points", r.points());
      m.put("minimum-tier", r.minimumTier() == 0 ? null : r.minimumTier());
      List<Object> facts = new ArrayList<>();
      for (Fact f : r.facts()) {
        Map<String, Object> fact = new LinkedHashMap<>();
        fact.put("element", f.element());
        fact.put("text", f.text());
        fact.put("position", f.position().toString());
        facts.add(fact);
      }
      m.put("facts", facts);
      reasons.add(m);
    }
    out.put("reasons", reasons);
    List<Object> activities = new ArrayList<>();
    for (Plan.PlannedActivity a : plan.activities()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", a.activity().id());
      m.put("title", a.activity().title());
      m.put("description", a.activity().description());
      m.put("tier", a.tier());
      activities.add(m);
    }
    out.put("activities", activities);
    List<Object> groups = new ArrayList<>();
    for (RequirementGroup g : plan.requirements()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("group", g.key());
      m.put("title", g.title());
      m.put("requirements", g.requirements().stream().map(PlanJson::requirement).toList());
      groups.add(m);
    }
    out.put("requirements", groups);
    return Json.write(out);
  }

  private static Object requirement(Requirement r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("origin", Wire.name(r.origin()));
    m.put("title", r.title());
    m.put("action", r.action());
    m.put("verification", r.verification().orElse(null));
    m.put("asvs", r.asvs());
    m.put("nist", r.nist());
    m.put("status", r.status().map(Wire::name).orElse(null));
    m.put("done", r.done());
    m.put("worst", r.worst().map(Wire::name).orElse(null));
    m.put("threats", r.threats());
    m.put("elements", r.elements());
    return m;
  }
}
