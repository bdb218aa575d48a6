package dev.bulwark.analysis;

import dev.bulwark.knowledge.Countermeasure;
import dev.bulwark.knowledge.Countermeasures;
import dev.bulwark.model.Wire;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reference pages for rules, written from their metadata: one Markdown page per rule ({@code
 * docs/rules/<ID>.md}, also what {@code bulwark rules explain} prints) and an index.
 */
public final class RuleDocs {
  private RuleDocs() {}

  /** The page of one rule. */
  public static String page(RuleMeta rule, Countermeasures catalogue) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(rule.id()).append(": ").append(rule.title()).append("\n\n");
    md.append("<!-- Generated from the rule's metadata; do not edit. -->\n\n");
    md.append(rule.rationale()).append("\n\n");
    md.append("| | |\n| --- | --- |\n");
    row(md, "STRIDE", rule.stride().stream().map(Wire::name).collect(Collectors.joining(", ")));
    rule.linddun().ifPresent(l -> row(md, "LINDDUN", Wire.name(l)));
    row(
        md,
        "Goals harmed",
        rule.goals().stream().map(Wire::name).collect(Collectors.joining(", ")));
    row(md, "CWE", links(rule.cwe(), "https://cwe.mitre.org/data/definitions/%s.html", "CWE-"));
    row(
        md,
        "CAPEC",
        links(rule.capec(), "https://capec.mitre.org/data/definitions/%s.html", "CAPEC-"));
    row(md, "ATT&CK", links(rule.attack(), "https://attack.mitre.org/techniques/%s/", ""));
    row(md, "ASVS", String.join(", ", rule.asvs()));
    row(
        md,
        "Less likely with",
        rule.reducedBy().stream().map(Wire::name).collect(Collectors.joining(", ")));
    row(md, "Refines", String.join(", ", rule.refines()));
    row(md, "Since", rule.since());
    md.append("\n## Mitigations\n\n");
    for (String id : rule.mitigations()) {
      catalogue
          .find(id)
          .ifPresentOrElse(c -> mitigation(md, c), () -> md.append("- `").append(id).append("`\n"));
    }
    return md.toString();
  }

  /** The index of all rules, grouped by area and sorted by id. */
  public static String index(List<RuleMeta> rules) {
    StringBuilder md = new StringBuilder("# Built-in rules\n\n");
    md.append("<!-- Generated from the rules' metadata; do not edit. -->\n\n");
    md.append(rules.size()).append(" rules. `bulwark rules list` prints this table, ");
    md.append("`bulwark rules explain ID` one page.\n\n");
    md.append("| id | title | STRIDE | LINDDUN | CWE |\n| --- | --- | --- | --- | --- |\n");
    rules.stream()
        .sorted(Comparator.comparing(RuleMeta::id))
        .forEach(r ->
            md.append("| [")
                .append(r.id())
                .append("](")
                .append(r.id())
                .append(".md) | ")
                .append(escape(r.title()))
                .append(" | ")
                .append(r.stride().stream().map(Wire::name).collect(Collectors.joining(", ")))
                .append(" | ")
                .append(r.linddun().map(Wire::name).orElse(""))
                .append(" | ")
                .append(String.join(", ", r.cwe()))
                .append(" |\n"));
    return md.toString();
  }

  private static void mitigation(StringBuilder md, Countermeasure c) {
    md.append("### ").append(c.title()).append(" (`").append(c.id()).append("`)\n\n");
    md.append("*").append(Wire.name(c.category())).append("*");
    c.control()
        .ifPresent(k -> md.append(" · declare as control `").append(Wire.name(k)).append('`'));
    md.append("\n\n").append(c.action()).append("\n\n");
    md.append("**Verify:** ").append(c.verification()).append("\n\n");
    if (!c.asvs().isEmpty() || !c.nist().isEmpty() || !c.attack().isEmpty()) {
      md.append("References: ");
      md.append(
          Stream.of(
                  c.asvs().stream().map(a -> "ASVS " + a),
                  c.nist().stream().map(n -> "NIST 800-53 " + n),
                  c.attack().stream().map(m -> "ATT&CK " + m))
              .flatMap(s -> s)
              .collect(Collectors.joining(", ")));
      md.append("\n\n");
    }
  }

  private static void row(StringBuilder md, String name, String value) {
    if (!value.isEmpty()) {
      md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }
  }

  private static String links(List<String> ids, String url, String prefix) {
    return ids.stream()
        .map(id ->
            "[" + id + "](" + url.formatted(id.substring(prefix.length()).replace('.', '/')) + ")")
        .collect(Collectors.joining(", "));
  }

  private static String escape(String text) {
    return text.replace("|", "\\|");
  }
}
