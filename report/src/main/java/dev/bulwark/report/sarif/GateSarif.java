package dev.bulwark.report.sarif;

import static dev.bulwark.report.sarif.SarifReport.object;

import dev.bulwark.lifecycle.gate.CheckResult;
import dev.bulwark.lifecycle.gate.GateFinding;
import dev.bulwark.lifecycle.gate.GateResult;
import dev.bulwark.model.Position;
import dev.bulwark.report.Digest;
import dev.bulwark.risk.AssessedThreat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SARIF log of {@code bulwark gate}: the threats exactly as {@code report -f sarif} writes
 * them, and in the same run one rule per failed check ({@code gate:open-threats}, …) with one error
 * result per finding, at its place in the model files. A finding that is a threat at its own place
 * (what {@code open-threats} and {@code new-threats} find) gets no second result: the threat's is
 * the alert. For a model that could not be analysed the log holds only the model's errors.
 */
public final class GateSarif {
  /** The partial-fingerprint key of gate results. */
  public static final String FINGERPRINT = "bulwarkGate/v1";

  /** Rule ids of checks; a model id cannot contain a colon, so they never meet a threat's. */
  public static final String RULE_PREFIX = "gate:";

  private final SarifReport sarif;

  /** A writer that names Bulwark {@code version} as the tool that ran. */
  public GateSarif(String version) {
    this.sarif = new SarifReport(version);
  }

  /**
   * Streams the log.
   *
   * @param digest the analysed model; empty when it could not be analysed
   * @param sourceRoot the checkout's root: locations are relative to it
   */
  public void render(GateResult result, Optional<Digest> digest, Path sourceRoot, Writer out)
      throws IOException {
    Set<String> threatsAtHome = new HashSet<>();
    digest.ifPresent(d -> {
      for (AssessedThreat t : d.input().assessment().threats()) {
        threatsAtHome.add(t.fingerprint() + "@" + t.position());
      }
    });
    List<Map<String, Object>> rules = new ArrayList<>();
    List<Map<String, Object>> results = new ArrayList<>();
    for (CheckResult check : result.checks()) {
      List<GateFinding> own =
          check.findings().stream()
              .filter(f -> !threatsAtHome.contains(f.key() + "@" + f.position()))
              .toList();
      if (own.isEmpty()) {
        continue;
      }
      rules.add(rule(check));
      for (GateFinding finding : own) {
        results.add(result(check, finding, sourceRoot));
      }
    }
    sarif.write(
        digest,
        SarifReport.automationId(result.model()),
        new SarifReport.Extra(rules, results),
        out);
  }

  /** The log as text; for tests and small models. */
  public String renderToString(GateResult result, Optional<Digest> digest, Path sourceRoot) {
    StringWriter out = new StringWriter();
    try {
      render(result, digest, sourceRoot, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static Map<String, Object> rule(CheckResult check) {
    String help =
        check.description()
            + " bulwark gate fails the build when this does not hold. The policy file turns the"
            + " checks on and sets their thresholds (docs/gate.md).";
    return object(
        "id", RULE_PREFIX + check.id(),
        "name", SarifRules.pascalCase("gate " + check.id()),
        "shortDescription", object("text", check.description()),
        "fullDescription", object("text", check.description()),
        "defaultConfiguration", object("level", "error"),
        "help", object("text", help),
        "properties", object("tags", List.of("security", "bulwark-gate")));
  }

  private static Map<String, Object> result(CheckResult check, GateFinding finding, Path root) {
    Position at = finding.position();
    return object(
        "ruleId", RULE_PREFIX + check.id(),
        "level", "error",
        "message", object("text", finding.message()),
        "locations", List.of(SarifReport.location(root, at)),
        "partialFingerprints", object(FINGERPRINT, check.id() + ":" + finding.key()),
        "properties", object("check", check.id(), "summary", check.summary()));
  }
}
