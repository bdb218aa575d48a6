package dev.bulwark.interop.tmt;

import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.interop.tmt.Template.ThreatType;
import dev.bulwark.model.Goal;
import dev.bulwark.model.Stride;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a template's threat types into rules. A rule's id is {@code TMT-} and the type's id in
 * capitals with anything but letters and digits as '-' ({@code S7.1} → {@code TMT-S7-1}); its
 * STRIDE category is the type's ({@code S}…{@code E}, or the category's name; others, such as the
 * core template's {@code A} for abuse, count as elevation of privilege); its title and rationale
 * are the type's, with {@code [source]}, {@code [target]} and {@code [flow]} for the placeholders
 * and the possible mitigations after the rationale.
 */
final class TemplateRules {
  private TemplateRules() {}

  /** The rules of every threat type; two types with one rule id give a {@code duplicate-id}. */
  static List<TemplateRule> of(Template template, List<Problem> problems) {
    List<TemplateRule> rules = new ArrayList<>();
    Map<String, ThreatType> byId = new HashMap<>();
    for (ThreatType type : template.threatTypes()) {
      Optional<String> id = ruleId(type.id());
      if (id.isEmpty()) {
        problems.add(
            new Problem(
                ProblemType.INVALID_ID,
                type.at(),
                "threat type '" + type.id() + "' has no letter or digit to make a rule id of"));
        continue;
      }
      ThreatType first = byId.putIfAbsent(id.get(), type);
      if (first != null) {
        problems.add(
            new Problem(
                ProblemType.DUPLICATE_ID,
                type.at(),
                "threat types '"
                    + first.id()
                    + "' (at "
                    + first.at()
                    + ") and '"
                    + type.id()
                    + "' both become rule "
                    + id.get()));
        continue;
      }
      rules.add(new TemplateRule(meta(id.get(), template, type), template, type));
    }
    return rules;
  }

  /** {@code TMT-} and the id in capitals, other characters as '-'; empty if nothing is left. */
  static Optional<String> ruleId(String typeId) {
    String cleaned =
        typeId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
    return cleaned.isEmpty() ? Optional.empty() : Optional.of("TMT-" + cleaned);
  }

  private static RuleMeta meta(String id, Template template, ThreatType type) {
    Stride stride =
        stride(type.category(), template.categories().getOrDefault(type.category(), ""));
    String title = Placeholders.plain(Placeholders.generic(type.title()));
    String rationale = Placeholders.plain(Placeholders.generic(type.description()));
    if (rationale.isEmpty()) {
      rationale = "Threat type " + type.id() + " of the template '" + template.name() + "'.";
    }
    String mitigations = Placeholders.plain(Placeholders.generic(type.mitigations()));
    if (!mitigations.isEmpty()) {
      rationale = rationale + " Possible mitigations: " + mitigations;
    }
    return RuleMeta.builder(id)
        .title(title.isEmpty() ? type.id() : title)
        .stride(stride)
        .goals(goals(stride))
        .rationale(rationale)
        .build();
  }

  /** The STRIDE category of a template category: by its id letter, else by its name. */
  static Stride stride(String categoryId, String categoryName) {
    String key = categoryId.strip().toUpperCase(Locale.ROOT);
    String name = categoryName.toLowerCase(Locale.ROOT);
    if (key.equals("S") || name.startsWith("spoofing")) {
      return Stride.SPOOFING;
    }
    if (key.equals("T") || name.startsWith("tampering")) {
      return Stride.TAMPERING;
    }
    if (key.equals("R") || name.startsWith("repudiation")) {
      return Stride.REPUDIATION;
    }
    if (key.equals("I") || name.startsWith("information")) {
      return Stride.INFORMATION_DISCLOSURE;
    }
    if (key.equals("D") || name.startsWith("denial")) {
      return Stride.DENIAL_OF_SERVICE;
    }
    return Stride.ELEVATION_OF_PRIVILEGE;
  }

  /** The security goals a STRIDE category harms. */
  static Goal[] goals(Stride stride) {
    return switch (stride) {
      case SPOOFING -> new Goal[] {Goal.CONFIDENTIALITY, Goal.INTEGRITY};
      case TAMPERING -> new Goal[] {Goal.INTEGRITY};
      case REPUDIATION -> new Goal[] {Goal.ACCOUNTABILITY};
      case INFORMATION_DISCLOSURE -> new Goal[] {Goal.CONFIDENTIALITY};
      case DENIAL_OF_SERVICE -> new Goal[] {Goal.AVAILABILITY};
      case ELEVATION_OF_PRIVILEGE ->
          new Goal[] {Goal.CONFIDENTIALITY, Goal.INTEGRITY, Goal.AVAILABILITY};
    };
  }
}
