package dev.bulwark.risk;

import dev.bulwark.knowledge.Countermeasure;
import dev.bulwark.knowledge.Countermeasures;
import dev.bulwark.knowledge.mitre.KnowledgeBase;
import dev.bulwark.model.Position;
import dev.bulwark.model.Severity;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.Wire;
import dev.bulwark.model.problem.Level;
import dev.bulwark.model.write.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis document: the whole assessment as JSON, for downstream tools. Its shape is published
 * as {@code docs/schema/bulwark-analysis-1.schema.json}; keys are written in a fixed order and
 * nothing depends on the clock but the assessment date, so the same input gives the same bytes.
 */
public final class AssessmentJson {
  /** The version of the document's shape. */
  public static final int VERSION = 1;

  private AssessmentJson() {}

  /**
   * The document; {@code kb} adds each threat's CWE, CAPEC and ATT&CK references from imported
   * MITRE catalogues (nothing when it is empty).
   */
  public static String write(
      Assessment assessment, LocalDate date, Countermeasures catalogue, KnowledgeBase kb) {
    StringBuilder out = new StringBuilder();
    try {
      write(assessment, date, catalogue, kb, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }

  /**
   * Streams the document to {@code out}: the threats one at a time, so that a model with tens of
   * thousands of threats never holds the whole document in memory.
   */
  public static void write(
      Assessment assessment,
      LocalDate date,
      Countermeasures catalogue,
      KnowledgeBase kb,
      Appendable out)
      throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("bulwark-analysis", VERSION);
    doc.put("model", assessment.modelId());
    doc.put("date", date.toString());
    doc.put("summary", summary(assessment));
    doc.put("threats", THREATS);
    doc.put("groups", assessment.groups().stream().map(AssessmentJson::group).toList());
    doc.put(
        "suppressed", assessment.suppressed().stream().map(AssessmentJson::suppressed).toList());
    doc.put("notices", assessment.notices().stream().map(AssessmentJson::notice).toList());
    doc.put("countermeasures", countermeasures(assessment, catalogue));
    doc.put("matrix", matrix(assessment.matrix()));
    out.append('{');
    String separator = "\n";
    for (Map.Entry<String, Object> entry : doc.entrySet()) {
      out.append(separator).append("  ").append(Json.fragment(entry.getKey(), 1)).append(": ");
      if (entry.getValue() == THREATS && !assessment.threats().isEmpty()) {
        String between = "[\n    ";
        for (AssessedThreat threat : assessment.threats()) {
          out.append(between).append(Json.fragment(threat(threat, kb), 2));
          between = ",\n    ";
        }
        out.append("\n  ]");
      } else {
        out.append(Json.fragment(entry.getValue() == THREATS ? List.of() : entry.getValue(), 1));
      }
      separator = ",\n";
    }
    out.append("\n}\n");
  }

  /** Stands for the threats in the document's key order; they are written one by one. */
  private static final Object THREATS = new Object();

  private static Map<String, Object> summary(Assessment assessment) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("threats", assessment.threats().size());
    summary.put("open", assessment.threats().stream().filter(AssessedThreat::isOpen).count());
    Map<String, Object> bySeverity = new LinkedHashMap<>();
    assessment.bySeverity(true).forEach((s, n) -> bySeverity.put(Wire.name(s), n));
    summary.put("open-by-severity", bySeverity);
    Map<String, Object> byStatus = new LinkedHashMap<>();
    assessment.byStatus().forEach((s, n) -> byStatus.put(Wire.name(s), n));
    summary.put("by-status", byStatus);
    summary.put("suppressed", assessment.suppressed().size());
    return summary;
  }

  private static Map<String, Object> threat(AssessedThreat t, KnowledgeBase kb) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("fingerprint", t.fingerprint());
    out.put("origin", t.origin());
    out.put("rule", t.rule());
    out.put("title", t.title());
    out.put("message", t.message());
    out.put("elements", t.elements());
    out.put("severity", Wire.name(t.score().severity()));
    out.put("likelihood", Wire.name(t.score().likelihood()));
    out.put("impact", Wire.name(t.score().impact()));
    out.put("status", Wire.name(t.status()));
    out.put("stride", t.stride());
    t.linddun().ifPresent(l -> out.put("linddun", l));
    out.put("goals", t.goals());
    out.put("cwe", t.cwe());
    out.put("capec", t.capec());
    out.put("attack", t.attack());
    if (!kb.isEmpty()) {
      out.put("references", References.of(t, kb));
    }
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("facts", t.facts());
    provenance.put("data", t.data());
    provenance.put("reduced-by", t.score().reducedBy());
    out.put("provenance", provenance);
    Map<String, Object> scoring = new LinkedHashMap<>();
    scoring.put("method", t.score().method());
    scoring.put("likelihood", t.score().likelihoodReasons());
    scoring.put("impact", t.score().impactReasons());
    out.put("scoring", scoring);
    t.decision().ifPresent(d -> out.put("triage", triage(d)));
    out.put("countermeasures", t.countermeasures());
    out.put("mitigations", t.mitigations());
    out.put("group", t.group());
    out.put("location", location(t.position()));
    return out;
  }

  private static Map<String, Object> triage(Decision decision) {
    TriageEntry e = decision.entry();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("entry", e.threat());
    out.put("decided", Wire.name(e.status()));
    e.why().ifPresent(v -> out.put("why", v));
    e.by().ifPresent(v -> out.put("by", v));
    e.date().ifPresent(v -> out.put("date", v.toString()));
    e.until().ifPresent(v -> out.put("until", v.toString()));
    e.ticket().ifPresent(v -> out.put("ticket", v));
    out.put("expired", decision.expired());
    out.put("location", location(e.position()));
    return out;
  }

  /**
   * Every countermeasure the threats suggest, once, by id in sorted order: a large model's threats
   * share a few dozen, and repeating their text on each threat would swell the document.
   */
  private static Map<String, Object> countermeasures(
      Assessment assessment, Countermeasures catalogue) {
    Map<String, Object> out = new LinkedHashMap<>();
    assessment.threats().stream()
        .flatMap(t -> t.countermeasures().stream())
        .distinct()
        .sorted()
        .forEach(id -> out.put(id, countermeasure(id, catalogue)));
    return out;
  }

  private static Map<String, Object> countermeasure(String id, Countermeasures catalogue) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    catalogue
        .find(id)
        .ifPresent((Countermeasure c) -> {
          out.put("title", c.title());
          out.put("category", Wire.name(c.category()));
          out.put("action", c.action());
          out.put("verification", c.verification());
          out.put("asvs", c.asvs());
          out.put("nist", c.nist());
          out.put("attack", c.attack());
        });
    return out;
  }

  private static Map<String, Object> group(Assessment.Group g) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("rule", g.rule());
    out.put("cause", g.cause());
    out.put("worst", Wire.name(g.worst()));
    out.put("threats", g.fingerprints());
    return out;
  }

  private static Map<String, Object> suppressed(Assessment.Suppressed s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("fingerprint", s.fingerprint());
    out.put("rule", s.rule());
    out.put("why", s.why());
    if (!s.by().isEmpty()) {
      out.put("by", s.by());
    }
    return out;
  }

  private static Map<String, Object> notice(Notice n) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("code", n.code());
    out.put("level", n.level() == Level.ERROR ? "error" : "warning");
    out.put("message", n.message());
    out.put("location", location(n.position()));
    return out;
  }

  private static Map<String, Object> location(Position p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", p.file());
    out.put("line", p.line());
    out.put("column", p.column());
    return out;
  }

  private static Map<String, Object> matrix(RiskMatrix matrix) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<List<Severity>> rows = matrix.rows();
    for (Likelihood l : Likelihood.values()) {
      out.put(Wire.name(l), rows.get(l.ordinal()).stream().map(Wire::name).toList());
    }
    return out;
  }
}
