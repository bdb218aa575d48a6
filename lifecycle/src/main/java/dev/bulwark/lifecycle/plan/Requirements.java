package dev.bulwark.lifecycle.plan;

import dev.bulwark.knowledge.Countermeasure;
import dev.bulwark.knowledge.Countermeasures;
import dev.bulwark.lifecycle.plan.Requirement.Origin;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.MitigationStatus;
import dev.bulwark.model.Model;
import dev.bulwark.model.Severity;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.risk.AssessedThreat;
import dev.bulwark.risk.Assessment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The security requirements of a model, before code is written: the model's own mitigations (except
 * rejected ones) and the catalogue countermeasures suggested for its threats that still matter
 * (open, in progress, or mitigated: a control in place must stay in place). Each appears once,
 * however many threats it addresses, grouped by ASVS chapter.
 */
public final class Requirements {
  private Requirements() {}

  /** The threat statuses whose countermeasures are requirements. */
  static final Set<TriageStatus> APPLICABLE =
      Set.of(TriageStatus.OPEN, TriageStatus.IN_PROGRESS, TriageStatus.MITIGATED);

  /** OWASP ASVS 4.0.3's chapters, by number. */
  static final Map<Integer, String> ASVS_CHAPTERS =
      Map.ofEntries(
          Map.entry(1, "Architecture, Design and Threat Modeling"),
          Map.entry(2, "Authentication"),
          Map.entry(3, "Session Management"),
          Map.entry(4, "Access Control"),
          Map.entry(5, "Validation, Sanitization and Encoding"),
          Map.entry(6, "Stored Cryptography"),
          Map.entry(7, "Error Handling and Logging"),
          Map.entry(8, "Data Protection"),
          Map.entry(9, "Communication"),
          Map.entry(10, "Malicious Code"),
          Map.entry(11, "Business Logic"),
          Map.entry(12, "Files and Resources"),
          Map.entry(13, "API and Web Service"),
          Map.entry(14, "Configuration"));

  private static final Pattern CHAPTER = Pattern.compile("V(\\d+)\\..*");

  /** Highest severity first, then the most threats addressed, then by id. */
  static final Comparator<Requirement> ORDER =
      Comparator.comparing(
              (Requirement r) -> r.worst().map(s -> s.ordinal() + 1).orElse(0),
              Comparator.reverseOrder())
          .thenComparing(r -> r.threats().size(), Comparator.reverseOrder())
          .thenComparing(Requirement::id);

  /** The groups: the model's mitigations first, then ASVS chapters by number, then the rest. */
  public static List<RequirementGroup> derive(
      Model model, Assessment assessment, Countermeasures catalogue) {
    List<Requirement> fromModel = fromModel(model, assessment);
    Map<Integer, List<Requirement>> chapters = new TreeMap<>();
    List<Requirement> other = new ArrayList<>();
    for (Requirement r : fromCatalogue(assessment, catalogue)) {
      Optional<Integer> chapter = chapter(r.asvs());
      if (chapter.isPresent()) {
        chapters.computeIfAbsent(chapter.get(), c -> new ArrayList<>()).add(r);
      } else {
        other.add(r);
      }
    }
    List<RequirementGroup> groups = new ArrayList<>();
    if (!fromModel.isEmpty()) {
      groups.add(group("model", "Mitigations agreed in the model", fromModel));
    }
    chapters.forEach((number, requirements) ->
        groups.add(
            group(
                "V" + number,
                "V" + number + " " + ASVS_CHAPTERS.getOrDefault(number, "(ASVS chapter)"),
                requirements)));
    if (!other.isEmpty()) {
      groups.add(group("other", "Other countermeasures (no ASVS requirement)", other));
    }
    return groups;
  }

  private static RequirementGroup group(String key, String title, List<Requirement> list) {
    return new RequirementGroup(key, title, list.stream().sorted(ORDER).toList());
  }

  private static Optional<Integer> chapter(List<String> asvs) {
    for (String id : asvs) {
      Matcher m = CHAPTER.matcher(id);
      if (m.matches()) {
        return Optional.of(Integer.parseInt(m.group(1)));
      }
    }
    return Optional.empty();
  }

  private static List<Requirement> fromCatalogue(Assessment assessment, Countermeasures catalogue) {
    Map<String, Addressed> byId = new LinkedHashMap<>();
    for (AssessedThreat t : assessment.threats()) {
      if (!APPLICABLE.contains(t.status())) {
        continue;
      }
      for (String id : t.countermeasures()) {
        if (catalogue.find(id).isPresent()) {
          byId.computeIfAbsent(id, k -> new Addressed()).add(t);
        }
      }
    }
    List<Requirement> out = new ArrayList<>();
    byId.forEach((id, addressed) -> {
      Countermeasure c = catalogue.find(id).orElseThrow();
      out.add(
          new Requirement(
              id,
              Origin.CATALOGUE,
              c.title(),
              c.action(),
              Optional.of(c.verification()),
              c.asvs(),
              c.nist(),
              Optional.empty(),
              addressed.threats,
              addressed.worst,
              List.copyOf(addressed.elements)));
    });
    return out;
  }

  private static List<Requirement> fromModel(Model model, Assessment assessment) {
    Map<String, Addressed> byMitigation = new LinkedHashMap<>();
    for (AssessedThreat t : assessment.threats()) {
      if (!APPLICABLE.contains(t.status())) {
        continue;
      }
      for (String id : t.mitigations()) {
        byMitigation.computeIfAbsent(id, k -> new Addressed()).add(t);
      }
    }
    List<Requirement> out = new ArrayList<>();
    for (Mitigation m : model.mitigations()) {
      if (m.status() == MitigationStatus.REJECTED) {
        continue;
      }
      Addressed addressed = byMitigation.getOrDefault(m.id(), new Addressed());
      List<String> elements =
          m.appliesTo().isEmpty() ? List.copyOf(addressed.elements) : m.appliesTo();
      out.add(
          new Requirement(
              m.id(),
              Origin.MODEL,
              m.title(),
              m.description().map(String::strip).orElse(m.title()),
              m.verification().map(String::strip),
              List.of(),
              List.of(),
              Optional.of(m.status()),
              addressed.threats,
              addressed.worst,
              elements));
    }
    return out;
  }

  /** The threats a requirement addresses, gathered in the assessment's (risk) order. */
  private static final class Addressed {
    final List<String> threats = new ArrayList<>();
    final Set<String> elements = new LinkedHashSet<>();
    Optional<Severity> worst = Optional.empty();

    void add(AssessedThreat t) {
      threats.add(t.fingerprint());
      elements.addAll(t.elements());
      Severity s = t.score().severity();
      if (worst.isEmpty() || s.compareTo(worst.get()) > 0) {
        worst = Optional.of(s);
      }
    }
  }
}
