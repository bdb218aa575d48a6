package dev.bulwark.interop.pytm;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.Places;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Threat;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.Node.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The findings of pytm's JSON output (its {@code --json} report) as hand-written threats on the
 * element they target. A model that pytm has not run over has none; Bulwark's rules derive their
 * own threats from the imported model either way.
 */
final class Findings {
  private Findings() {}

  private static final Map<String, Severity> SEVERITY =
      Map.of(
          "very low", Severity.LOW,
          "low", Severity.LOW,
          "medium", Severity.MEDIUM,
          "high", Severity.HIGH,
          "very high", Severity.CRITICAL,
          "critical", Severity.CRITICAL);

  private static final Set<String> READ =
      Set.of(
          "id",
          "threat_id",
          "SID",
          "target",
          "element",
          "description",
          "details",
          "severity",
          "mitigations",
          "example",
          "references",
          "condition",
          "prerequisites",
          "likelihood",
          "Likelihood Of Attack");

  static List<Threat> read(Context cx, List<Node> nodes) {
    PeerFile r = cx.file;
    List<Threat> threats = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      String what = "finding " + (i + 1);
      Optional<Mapping> body = r.body(nodes.get(i), what);
      if (body.isEmpty()) {
        continue;
      }
      Mapping finding = body.get();
      r.leftovers(finding, READ, what, finding.position(), Attributes::informative);
      Optional<String> rule =
          r.text(finding, "threat_id", what).or(() -> r.text(finding, "SID", what));
      Optional<String> target =
          r.text(finding, "target", what).or(() -> r.text(finding, "element", what));
      String id =
          cx.ids.claim(
              r.text(finding, "id", what)
                  .map(n -> "finding-" + n)
                  .orElse(rule.orElse("finding") + target.map(t -> "-" + t).orElse("")),
              "finding");
      List<String> affects = new ArrayList<>();
      target
          .map(cx.elements::get)
          .ifPresentOrElse(
              affects::add,
              () ->
                  target.ifPresent(t ->
                      r.notMapped(
                          r.where(finding, "target"),
                          what
                              + " targets "
                              + PeerFile.quote(t)
                              + ", which is no element; left out of 'affects'")));
      List<String> text = new ArrayList<>();
      for (String key :
          List.of("details", "prerequisites", "mitigations", "example", "references")) {
        r.text(finding, key, what)
            .ifPresent(value ->
                text.add(
                    key.equals("details")
                        ? value
                        : Character.toUpperCase(key.charAt(0)) + key.substring(1) + ": " + value));
      }
      threats.add(
          new Threat(
              id,
              r.text(finding, "description", what).orElse(rule.orElse(id)),
              text.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", text)),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              List.of(),
              affects,
              List.of(),
              severity(r, finding, what),
              Optional.empty(),
              Optional.empty(),
              List.of(),
              rule.map(List::of).orElse(List.of()),
              Places.at(finding.position()).positions()));
    }
    return threats;
  }

  private static Optional<Severity> severity(PeerFile r, Mapping finding, String what) {
    Optional<String> written = r.text(finding, "severity", what);
    Optional<Severity> severity =
        written.map(s -> SEVERITY.get(s.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
    if (written.isPresent() && severity.isEmpty()) {
      r.notMapped(
          r.where(finding, "severity"),
          "the severity of "
              + what
              + " is "
              + PeerFile.quote(written.get())
              + ", which is none of pytm's; it is derived instead");
    }
    return severity;
  }
}
