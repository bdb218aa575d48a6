package dev.bulwark.report.sarif;

import static dev.bulwark.report.sarif.SarifReport.object;

import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.knowledge.Countermeasure;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Wire;
import dev.bulwark.model.write.Markdown;
import dev.bulwark.report.ReportInput;
import dev.bulwark.risk.AssessedThreat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF reporting descriptors ({@code tool.driver.rules}): one per rule that fired, from the rule's
 * metadata, and one per hand-written threat, from the threat itself.
 */
final class SarifRules {
  private SarifRules() {}

  /**
   * GitHub code scanning's {@code security-severity} for a severity. GitHub reads the score as
   * critical from 9.0, high from 7.0, medium from 4.0 and low below; each level sits inside its
   * band (elevated, which GitHub lacks, in the upper half of medium) so that rounding never moves
   * it.
   */
  static String securitySeverity(Severity severity) {
    return switch (severity) {
      case CRITICAL -> "9.5";
      case HIGH -> "8.0";
      case ELEVATED -> "6.5";
      case MEDIUM -> "4.0";
      case LOW -> "2.0";
    };
  }

  /** SARIF's level: error for critical and high, warning for elevated and medium, else note. */
  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case ELEVATED, MEDIUM -> "warning";
      case LOW -> "note";
    };
  }

  /**
   * The descriptor for the rule behind {@code threat}; {@code worst} is the highest severity among
   * the rule's results in this run, since GitHub reads the severity from the rule, not the result.
   */
  static Map<String, Object> descriptor(ReportInput input, AssessedThreat threat, Severity worst) {
    Optional<RuleMeta> meta =
        threat.origin().equals("rule")
            ? input.rules().find(threat.rule()).map(r -> r.meta())
            : Optional.empty();
    String title = meta.map(RuleMeta::title).orElse(threat.title());
    String description = meta.map(RuleMeta::rationale).orElse(threat.message());
    List<String> tags = new ArrayList<>(List.of("security"));
    List<String> cwe;
    if (meta.isPresent()) {
      meta.get().stride().forEach(s -> tags.add(Wire.name(s)));
      meta.get().linddun().ifPresent(l -> tags.addAll(List.of("privacy", Wire.name(l))));
      cwe = meta.get().cwe();
    } else {
      tags.addAll(threat.stride());
      threat.linddun().ifPresent(l -> tags.addAll(List.of("privacy", l)));
      cwe = threat.cwe();
    }
    cwe.forEach(id -> tags.add("external/cwe/" + id.toLowerCase(Locale.ROOT)));
    Help help = meta.map(m -> help(input, m)).orElseGet(() -> help(input, threat));
    return object(
        "id", threat.rule(),
        "name", pascalCase(title),
        "shortDescription", object("text", title),
        "fullDescription", object("text", description),
        "defaultConfiguration", object("level", level(worst)),
        "help", object("text", help.text(), "markdown", help.markdown()),
        "properties",
            object("tags", List.copyOf(tags), "security-severity", securitySeverity(worst)));
  }

  private record Help(String text, String markdown) {}

  private static Help help(ReportInput input, RuleMeta meta) {
    StringBuilder text = new StringBuilder(meta.rationale());
    StringBuilder md = new StringBuilder(Markdown.text(meta.rationale()));
    List<Countermeasure> found = new ArrayList<>();
    meta.mitigations().forEach(id -> input.catalogue().find(id).ifPresent(found::add));
    if (!found.isEmpty()) {
      text.append("\n\nSuggested countermeasures:");
      md.append("\n\n**Suggested countermeasures**\n");
      for (Countermeasure cm : found) {
        text.append("\n- ")
            .append(cm.title())
            .append(": ")
            .append(cm.action())
            .append(" Verify: ")
            .append(cm.verification());
        md.append("\n- **")
            .append(Markdown.text(cm.title()))
            .append("** ")
            .append(Markdown.code(cm.id()))
            .append(": ")
            .append(Markdown.text(cm.action()))
            .append(" *Verify:* ")
            .append(Markdown.text(cm.verification()));
      }
    }
    List<String> refs = new ArrayList<>(meta.cwe());
    refs.addAll(meta.capec());
    meta.attack().forEach(id -> refs.add("ATT&CK " + id));
    if (!refs.isEmpty()) {
      text.append("\n\nReferences: ").append(String.join(", ", refs));
      md.append("\n\n*References:* ").append(Markdown.text(String.join(", ", refs)));
    }
    return new Help(text.toString(), md.toString());
  }

  /** For a hand-written threat: its statement and the model's own mitigations for it. */
  private static Help help(ReportInput input, AssessedThreat threat) {
    StringBuilder text = new StringBuilder(threat.message());
    StringBuilder md = new StringBuilder(Markdown.text(threat.message()));
    List<Mitigation> found = new ArrayList<>();
    for (String id : threat.mitigations()) {
      input.model().mitigations().stream()
          .filter(m -> m.id().equals(id))
          .findFirst()
          .ifPresent(found::add);
    }
    if (!found.isEmpty()) {
      text.append("\n\nMitigations in the model:");
      md.append("\n\n**Mitigations in the model**\n");
      for (Mitigation m : found) {
        String status = Wire.name(m.status());
        text.append("\n- ").append(m.title()).append(" (").append(status).append(')');
        m.verification().ifPresent(v -> text.append(" Verify: ").append(v));
        md.append("\n- **")
            .append(Markdown.text(m.title()))
            .append("** ")
            .append(Markdown.code(m.id()))
            .append(" (")
            .append(status)
            .append(')');
        m.verification().ifPresent(v -> md.append(" *Verify:* ").append(Markdown.text(v)));
      }
    }
    return new Help(text.toString(), md.toString());
  }

  /** "Sensitive data sent unencrypted" → "SensitiveDataSentUnencrypted", as SARIF suggests. */
  static String pascalCase(String title) {
    StringBuilder name = new StringBuilder();
    boolean start = true;
    for (int i = 0; i < title.length(); ) {
      int c = title.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        name.appendCodePoint(start ? Character.toUpperCase(c) : c);
        start = false;
      } else {
        start = true;
      }
    }
    return name.isEmpty() ? "Threat" : name.toString();
  }
}
