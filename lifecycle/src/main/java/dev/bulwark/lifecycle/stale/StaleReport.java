package dev.bulwark.lifecycle.stale;

import dev.bulwark.lifecycle.stale.StaleResult.Change;
import dev.bulwark.lifecycle.stale.StaleResult.Checked;
import dev.bulwark.lifecycle.stale.StaleResult.Failure;
import dev.bulwark.model.Wire;
import dev.bulwark.model.write.Json;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link StaleResult} as text for people and as JSON for programs. Failures are not part of the
 * text: the command prints them as problems, on standard error.
 */
public final class StaleReport {
  private StaleReport() {}

  /** The verdict, the models judged, and each commit after a review with the paths it changed. */
  public static String text(String model, StaleResult result) {
    StringBuilder out = new StringBuilder();
    switch (result.verdict()) {
      case NO_SOURCES ->
          out.append(model)
              .append(": names no sources, so there is nothing to compare with the history")
              .append(" (add 'sources' and 'reviewed'; docs/staleness.md)\n");
      case FRESH ->
          out.append(model).append(": fresh: nothing it describes changed after its review\n");
      case STALE ->
          out.append(model)
              .append(": stale: ")
              .append(count(commits(result.changes()), "commit", "commits"))
              .append(" changed ")
              .append(count(paths(result.changes()), "described path", "described paths"))
              .append(" after the review\n");
      case INVALID, UNREADABLE ->
          out.append(model).append(": staleness unknown (see the errors above)\n");
    }
    for (Checked checked : result.models()) {
      out.append("\n  ")
          .append(checked.model())
          .append(": reviewed ")
          .append(checked.reviewed().map(Object::toString).orElse("never"))
          .append(checked.inherited() ? " (the importing model's date)" : "")
          .append("; sources: ")
          .append(String.join(", ", checked.sources()))
          .append('\n');
      String commit = "";
      for (Change change : result.changes()) {
        if (!change.model().equals(checked.model())) {
          continue;
        }
        if (!change.commit().equals(commit)) {
          commit = change.commit();
          out.append("    ")
              .append(change.shortCommit())
              .append("  ")
              .append(change.date().toLocalDate())
              .append("  ")
              .append(change.author())
              .append("  ")
              .append(change.subject())
              .append('\n');
        }
        out.append("        ")
            .append(change.path())
            .append("  (source '")
            .append(change.source())
            .append("', ")
            .append(change.position())
            .append(")\n");
      }
    }
    if (result.stale()) {
      out.append("\nReview the model against these changes, then set 'reviewed' to the date.\n");
    }
    return out.toString();
  }

  /** The whole result as a JSON document. */
  public static String json(String model, StaleResult result) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("model", model);
    out.put("verdict", Wire.name(result.verdict()));
    List<Object> models = new ArrayList<>();
    for (Checked checked : result.models()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("model", checked.model());
      m.put("sources", checked.sources());
      m.put("reviewed", checked.reviewed().map(Object::toString).orElse(null));
      m.put("inherited", checked.inherited());
      m.put("position", checked.position().toString());
      models.add(m);
    }
    out.put("models", models);
    List<Object> changes = new ArrayList<>();
    for (Change change : result.changes()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("model", change.model());
      c.put("source", change.source());
      c.put("position", change.position().toString());
      c.put("path", change.path());
      c.put("commit", change.commit());
      c.put("short", change.shortCommit());
      c.put("date", change.date().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      c.put("author", change.author());
      c.put("subject", change.subject());
      changes.add(c);
    }
    out.put("changes", changes);
    List<Object> failures = new ArrayList<>();
    for (Failure failure : result.failures()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("cause", Wire.name(failure.cause()));
      f.put("position", failure.position().toString());
      f.put("message", failure.message());
      f.put("hint", failure.hint());
      failures.add(f);
    }
    out.put("failures", failures);
    return Json.write(out);
  }

  private static long commits(List<Change> changes) {
    return changes.stream().map(Change::commit).distinct().count();
  }

  private static long paths(List<Change> changes) {
    return changes.stream().map(Change::path).distinct().count();
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
