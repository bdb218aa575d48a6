package dev.bulwark.report.html;

import dev.bulwark.knowledge.Countermeasure;
import dev.bulwark.model.Position;
import dev.bulwark.model.Severity;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.Wire;
import dev.bulwark.model.problem.Level;
import dev.bulwark.report.Digest;
import dev.bulwark.report.MitreLinks;
import dev.bulwark.report.SourcePaths;
import dev.bulwark.risk.AssessedThreat;
import java.util.List;
import java.util.Optional;

/**
 * Small formatting functions the templates call. They return plain text; the templates escape it.
 */
public final class HtmlView {
  private HtmlView() {}

  public static String name(Enum<?> value) {
    return Wire.name(value).replace('-', ' ');
  }

  /** The CSS class of a severity, or {@code none} when there is none. */
  public static String cls(Severity severity) {
    return severity == null ? "none" : Wire.name(severity);
  }

  public static String cls(Level level) {
    return Wire.name(level);
  }

  public static String cls(TriageStatus status) {
    return Wire.name(status);
  }

  /** An anchor id for an element, zone or threat: ids are already safe, this only namespaces. */
  public static String anchor(String kind, String id) {
    return kind + "-" + id.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  public static String where(AssessedThreat threat) {
    return String.join(" → ", threat.elements());
  }

  /** file:line:col with the file relative to the project root, as the user would name it. */
  public static String at(Digest digest, Position position) {
    return SourcePaths.place(digest.input().sourceRoot(), position);
  }

  /** The MITRE page of an id, or an empty string (the template then prints the id unlinked). */
  public static String link(String id) {
    return MitreLinks.url(id).orElse("");
  }

  /**
   * The entry's name from imported MITRE catalogues, or null without them (a null attribute is left
   * out of the page).
   */
  public static String mitreName(Digest digest, String id) {
    return digest.input().kb().find(id).map(found -> found.entry().name()).orElse(null);
  }

  public static List<Countermeasure> countermeasures(Digest digest, AssessedThreat threat) {
    return threat.countermeasures().stream()
        .map(id -> digest.input().catalogue().find(id))
        .flatMap(Optional::stream)
        .toList();
  }

  /** How many of these threats the report lists in one line rather than in full. */
  public static long briefCount(Digest digest, List<AssessedThreat> threats) {
    return threats.stream().filter(t -> !digest.inDetail(t)).count();
  }

  /** Every countermeasure some threat suggests, in id order, once each. */
  public static List<Countermeasure> suggested(Digest digest) {
    return digest.input().assessment().threats().stream()
        .flatMap(t -> t.countermeasures().stream())
        .distinct()
        .sorted()
        .map(id -> digest.input().catalogue().find(id))
        .flatMap(Optional::stream)
        .toList();
  }

  /** "until 2027-01-01", "expired 2026-10-01", or "no end date". */
  public static String until(Digest.Acceptance acceptance) {
    return acceptance
        .until()
        .map(d -> (expired(acceptance) ? "expired " : "until ") + d)
        .orElse("no end date");
  }

  public static boolean expired(Digest.Acceptance acceptance) {
    return acceptance.threat().decision().map(d -> d.expired()).orElse(false);
  }

  public static String percent(double share) {
    return Math.round(share * 100) + " %";
  }

  public static <T> List<T> first(List<T> items, int count) {
    return items.size() <= count ? items : items.subList(0, count);
  }
}
