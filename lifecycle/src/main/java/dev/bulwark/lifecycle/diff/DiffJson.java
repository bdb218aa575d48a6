package dev.bulwark.lifecycle.diff;

import dev.bulwark.model.Wire;
import dev.bulwark.model.write.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The diff as a JSON document for programs ({@code docs/schema/bulwark-diff-1.schema.json}). Every
 * key is always present; absent values are {@code null}; values are never shortened.
 */
final class DiffJson {
  /** The version of the document's schema; a breaking change makes it 2. */
  static final int VERSION = 1;

  private DiffJson() {}

  static String render(ModelDiff diff) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("bulwark-diff", VERSION);
    doc.put("before", diff.before());
    doc.put("after", diff.after());
    doc.put("empty", diff.isEmpty());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("added", diff.count(Change.ADDED));
    summary.put("removed", diff.count(Change.REMOVED));
    summary.put("changed", diff.count(Change.CHANGED));
    summary.put("moved", diff.moves());
    doc.put("summary", summary);
    doc.put("changes", diff.changes().stream().map(DiffJson::entry).toList());
    doc.put("threats", diff.threats().map(DiffJson::threats).orElse(null));
    return Json.write(doc);
  }

  private static Map<String, Object> entry(EntryChange change) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("section", change.section());
    out.put("kind", change.kind());
    out.put("key", change.key());
    out.put("change", Wire.name(change.change()));
    out.put("moved", change.move().map(DiffJson::move).orElse(null));
    out.put("fields", change.fields().stream().map(DiffJson::field).toList());
    return out;
  }

  private static Map<String, Object> move(Move move) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("field", move.field());
    out.put("from", move.from().orElse(null));
    out.put("to", move.to().orElse(null));
    return out;
  }

  private static Map<String, Object> field(FieldChange change) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("field", change.field());
    out.put("form", Wire.name(change.form()));
    out.put("before", change.before().orElse(null));
    out.put("after", change.after().orElse(null));
    out.put("added", change.added());
    out.put("removed", change.removed());
    return out;
  }

  private static Map<String, Object> threats(ThreatDiff threats) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("appeared", threats.count(ThreatChange.Kind.APPEARED));
    out.put("resolved", threats.count(ThreatChange.Kind.RESOLVED));
    out.put("changed", threats.count(ThreatChange.Kind.CHANGED));
    out.put("before", totals(threats.before()));
    out.put("after", totals(threats.after()));
    out.put("risk-delta", threats.riskDelta());
    List<Object> changes = new ArrayList<>();
    for (ThreatChange change : threats.changes()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("fingerprint", change.fingerprint());
      item.put("title", change.title());
      item.put("change", Wire.name(change.kind()));
      item.put("before", state(change.before()));
      item.put("after", state(change.after()));
      item.put("severity-changed", change.severityChanged());
      item.put("status-changed", change.statusChanged());
      item.put("suppressed", change.suppressed());
      item.put("risk-delta", change.riskDelta());
      changes.add(item);
    }
    out.put("changes", changes);
    return out;
  }

  private static Map<String, Object> totals(RiskTotals totals) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("threats", totals.threats());
    out.put("open", totals.openThreats());
    out.put("risk", totals.risk());
    return out;
  }

  private static Object state(Optional<ThreatState> state) {
    return state
        .<Object>map(s -> {
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("severity", Wire.name(s.severity()));
          out.put("status", Wire.name(s.status()));
          out.put("acceptance-expired", s.acceptanceExpired());
          return out;
        })
        .orElse(null);
  }
}
