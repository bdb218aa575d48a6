package dev.bulwark.report.sarif;

import dev.bulwark.model.Position;
import dev.bulwark.model.Severity;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.Wire;
import dev.bulwark.model.write.Json;
import dev.bulwark.report.Decisions;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.report.ReportInput;
import dev.bulwark.report.SourcePaths;
import dev.bulwark.report.TextRenderer;
import dev.bulwark.risk.AssessedThreat;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The threats as a SARIF 2.1.0 log for GitHub and GitLab code scanning: one result per threat at
 * the line of its element in the model file, rule metadata with CWE tags and GitHub's
 * security-severity, and the threat fingerprint as a partial fingerprint so that an alert follows
 * its threat across commits. Decided threats (mitigated, accepted, false positive, transferred) are
 * suppressed results carrying the decision as justification; open and in-progress ones are not.
 * Keys in a fixed order and no timestamps: the same input gives the same bytes.
 */
public final class SarifReport implements TextRenderer {
  /** The OASIS location of the schema the log follows. */
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";

  /** The partial-fingerprint key; bump its version if fingerprints ever change meaning. */
  public static final String FINGERPRINT = "bulwarkFingerprint/v1";

  public static final String INFORMATION_URI = "https://bulwark.dev";
  public static final String DEFAULT_VERSION = "0.1.0";

  /** Locations are relative to the checkout's root, which SARIF consumers call this. */
  static final String SRCROOT = "%SRCROOT%";

  private final String version;

  public SarifReport() {
    this(DEFAULT_VERSION);
  }

  /** A renderer that names Bulwark {@code version} as the tool that ran. */
  public SarifReport(String version) {
    if (version.isBlank()) {
      throw new IllegalArgumentException("the tool version cannot be blank");
    }
    this.version = version;
  }

  @Override
  public ReportFormat format() {
    return ReportFormat.SARIF;
  }

  /** Streams the log: the results one at a time, so that a huge model never builds it whole. */
  @Override
  public void render(Digest digest, Writer out) throws IOException {
    write(
        Optional.of(digest), automationId(digest.input().assessment().modelId()), Extra.NONE, out);
  }

  /**
   * Rules and results that another part of Bulwark adds after the threats' own, in the same run
   * (code scanning takes one run per tool and category): the gate's checks and their findings. Each
   * result names its rule by {@code ruleId}; the {@code ruleIndex} is filled in here.
   */
  record Extra(List<Map<String, Object>> rules, List<Map<String, Object>> results) {
    static final Extra NONE = new Extra(List.of(), List.of());

    Extra {
      rules = List.copyOf(rules);
      results = List.copyOf(results);
    }
  }

  /** The run's category for code scanning: one per model, so two models' alerts stay apart. */
  static String automationId(String modelId) {
    return "bulwark/" + modelId + "/";
  }

  /**
   * Streams a log of the threats in {@code digest}, when there is one, followed by {@code extra}.
   */
  void write(Optional<Digest> digest, String automationId, Extra extra, Writer out)
      throws IOException {
    Map<String, Integer> index = new LinkedHashMap<>();
    Map<String, Object> run = run(digest, automationId, extra, index);
    out.write("{\n  \"$schema\": ");
    out.write(Json.fragment(SCHEMA, 1));
    out.write(",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {");
    String separator = "\n";
    for (Map.Entry<String, Object> entry : run.entrySet()) {
      out.write(separator + "      " + Json.fragment(entry.getKey(), 3) + ": ");
      out.write(Json.fragment(entry.getValue(), 3));
      separator = ",\n";
    }
    out.write(separator + "      \"results\": ");
    List<AssessedThreat> threats =
        digest.map(d -> d.input().assessment().threats()).orElse(List.of());
    if (threats.isEmpty() && extra.results().isEmpty()) {
      out.write("[]");
    } else {
      String between = "[\n        ";
      for (AssessedThreat threat : threats) {
        out.write(between);
        out.write(Json.fragment(result(digest.orElseThrow().input(), threat, index), 4));
        between = ",\n        ";
      }
      for (Map<String, Object> result : extra.results()) {
        out.write(between);
        out.write(Json.fragment(indexed(result, index), 4));
        between = ",\n        ";
      }
      out.write("\n      ]");
    }
    out.write("\n    }\n  ]\n}\n");
  }

  /** An extra result with the index of its rule after its {@code ruleId}. */
  private static Map<String, Object> indexed(
      Map<String, Object> result, Map<String, Integer> index) {
    Object id = result.get("ruleId");
    Integer at = index.get(String.valueOf(id));
    if (at == null) {
      throw new IllegalArgumentException("a result names rule " + id + ", which the run lacks");
    }
    Map<String, Object> copy = object("ruleId", id, "ruleIndex", at);
    copy.putAll(result);
    return copy;
  }

  /** The whole log as one value, as {@link #render} streams it; for tests. */
  Map<String, Object> document(Digest digest) {
    Map<String, Integer> index = new LinkedHashMap<>();
    Map<String, Object> run =
        run(
            Optional.of(digest),
            automationId(digest.input().assessment().modelId()),
            Extra.NONE,
            index);
    List<Object> results = new ArrayList<>();
    digest
        .input()
        .assessment()
        .threats()
        .forEach(t -> results.add(result(digest.input(), t, index)));
    run.put("results", results);
    return object("$schema", SCHEMA, "version", "2.1.0", "runs", List.of(run));
  }

  /** The run without its results; fills {@code index} with each rule's place in the rules. */
  private Map<String, Object> run(
      Optional<Digest> digest, String automationId, Extra extra, Map<String, Integer> index) {
    Map<String, Severity> worst = new TreeMap<>();
    Map<String, AssessedThreat> first = new TreeMap<>();
    List<AssessedThreat> threats =
        digest.map(d -> d.input().assessment().threats()).orElse(List.of());
    for (AssessedThreat t : threats) {
      worst.merge(t.rule(), t.score().severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
      first.putIfAbsent(t.rule(), t);
    }
    List<Object> rules = new ArrayList<>();
    first.forEach((id, threat) -> {
      index.put(id, rules.size());
      rules.add(SarifRules.descriptor(digest.orElseThrow().input(), threat, worst.get(id)));
    });
    for (Map<String, Object> rule : extra.rules()) {
      String id = String.valueOf(rule.get("id"));
      if (index.putIfAbsent(id, rules.size()) != null) {
        throw new IllegalArgumentException("two rules of the run have the id " + id);
      }
      rules.add(rule);
    }
    Map<String, Object> driver =
        object(
            "name", "Bulwark",
            "semanticVersion", version,
            "informationUri", INFORMATION_URI,
            "rules", rules);
    // GitHub keys uploads by tool and category: one category per model keeps two models' alerts
    // in one repository apart.
    return object(
        "tool", object("driver", driver), "automationDetails", object("id", automationId));
  }

  private static Map<String, Object> result(
      ReportInput input, AssessedThreat t, Map<String, Integer> index) {
    Map<String, Object> result =
        object(
            "ruleId", t.rule(),
            "ruleIndex", index.get(t.rule()),
            "level", SarifRules.level(t.score().severity()),
            "message", object("text", message(t)),
            "locations", List.of(location(input, t.position())),
            "partialFingerprints", object(FINGERPRINT, t.fingerprint()));
    if (!t.isOpen()) {
      result.put("suppressions", List.of(suppression(input, t)));
    }
    result.put(
        "properties",
        object(
            "fingerprint", t.fingerprint(),
            "severity", Wire.name(t.score().severity()),
            "likelihood", Wire.name(t.score().likelihood()),
            "impact", Wire.name(t.score().impact()),
            "status", Wire.name(t.status()),
            "stride", t.stride(),
            "elements", t.elements()));
    return result;
  }

  /** What the threat is, and for a derived one why it fired. */
  private static String message(AssessedThreat t) {
    StringBuilder text = new StringBuilder(t.message());
    if (t.origin().equals("rule") && !t.facts().isEmpty()) {
      text.append(" Why: ").append(String.join("; ", t.facts())).append('.');
    }
    t.decision()
        .filter(d -> d.expired())
        .ifPresent(d ->
            text.append(" Its acceptance expired")
                .append(d.entry().until().map(u -> " on " + u).orElse(""))
                .append('.'));
    return text.toString();
  }

  private static Map<String, Object> location(ReportInput input, Position position) {
    return location(input.sourceRoot(), position);
  }

  /** A place in a file under {@code root}, relative to the checkout's root. */
  static Map<String, Object> location(Path root, Position position) {
    String file = SourcePaths.relative(root, position.file());
    return object(
        "physicalLocation",
        object(
            "artifactLocation", object("uri", SourcePaths.uri(file), "uriBaseId", SRCROOT),
            "region", object("startLine", position.line(), "startColumn", position.column())));
  }

  /**
   * A decided threat as an external suppression: the justification is the decision's reason (or the
   * model's mitigations that closed it), located at the triage entry or the mitigation.
   */
  private static Map<String, Object> suppression(ReportInput input, AssessedThreat t) {
    String status = Wire.name(t.status());
    String why = Decisions.justification(input.model(), t);
    Map<String, Object> suppression =
        object(
            "kind", "external",
            "status", "accepted",
            "justification", why.isEmpty() ? "Marked " + status + " in the model." : why);
    Optional<TriageEntry> entry = Decisions.entry(t);
    Optional<Position> where =
        entry
            .map(TriageEntry::position)
            .or(() ->
                input.model().mitigations().stream()
                    .filter(m -> t.mitigations().contains(m.id()))
                    .findFirst()
                    .map(m -> m.positions().self()));
    where.ifPresent(p -> suppression.put("location", location(input, p)));
    suppression.put("properties", object("status", status));
    return suppression;
  }

  /** A JSON object with its keys in the order given: {@code object("a", 1, "b", 2)}. */
  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
