package dev.bulwark.report.markdown;

import static dev.bulwark.model.write.Markdown.code;
import static dev.bulwark.model.write.Markdown.text;

import dev.bulwark.knowledge.Countermeasure;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.Severity;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.Wire;
import dev.bulwark.model.Zone;
import dev.bulwark.model.write.Markdown;
import dev.bulwark.report.Digest;
import dev.bulwark.report.Digest.ElementThreats;
import dev.bulwark.report.Digest.ZoneSection;
import dev.bulwark.report.ReportInput;
import dev.bulwark.risk.AssessedThreat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engineering part of the Markdown report: per zone and element, the open threats chosen for
 * detail with why they fired, what reduced them and what to do; the others only counted.
 */
final class ThreatSections {
  private static final Pattern CWE = Pattern.compile("CWE-([0-9]+)");
  private static final Pattern CAPEC = Pattern.compile("CAPEC-([0-9]+)");
  private static final Pattern ATTACK = Pattern.compile("T([0-9]{4})(?:\\.([0-9]{3}))?");

  private ThreatSections() {}

  /** Writes the section; {@code detailed} are the open threats described in full. */
  static void write(Digest digest, List<AssessedThreat> detailed, StringBuilder md) {
    List<AssessedThreat> open = digest.open();
    if (open.isEmpty()) {
      return;
    }
    Set<String> chosen = new HashSet<>();
    detailed.forEach(t -> chosen.add(t.fingerprint()));
    Set<String> verified = new HashSet<>();
    md.append("\n## Open threats by zone and element\n");
    if (detailed.size() < open.size()) {
      md.append("\nThe ")
          .append(detailed.size())
          .append(" highest-risk of ")
          .append(open.size())
          .append(" open threats are described here; the others are counted where they belong.\n");
    }
    List<AssessedThreat> notShown = new ArrayList<>();
    int zonesNotShown = 0;
    for (ZoneSection zone : digest.zones()) {
      List<AssessedThreat> inZone = openIn(zone);
      if (inZone.stream().noneMatch(t -> chosen.contains(t.fingerprint()))) {
        notShown.addAll(inZone);
        zonesNotShown += inZone.isEmpty() ? 0 : 1;
        continue;
      }
      md.append("\n### ").append(zoneHeading(zone)).append('\n');
      details(digest.input(), zone.own(), chosen, verified, Optional.empty(), md);
      for (ElementThreats element : zone.elements()) {
        if (element.threats().stream().anyMatch(t -> chosen.contains(t.fingerprint()))) {
          md.append("\n#### ").append(elementHeading(element)).append("\n\n");
          details(
              digest.input(), element.threats(), chosen, verified, Optional.of(element.id()), md);
        }
      }
      counted(inZone, chosen, zone.zone().isPresent() ? "in this zone" : "here", md);
    }
    List<AssessedThreat> elsewhere = digest.elsewhere().stream().filter(t -> t.isOpen()).toList();
    if (elsewhere.stream().anyMatch(t -> chosen.contains(t.fingerprint()))) {
      md.append("\n### Data and the model as a whole\n");
      details(digest.input(), elsewhere, chosen, verified, Optional.empty(), md);
      counted(elsewhere, chosen, "here", md);
    } else if (!elsewhere.isEmpty()) {
      notShown.addAll(elsewhere);
      zonesNotShown = 0; // not all of them are in zones
    }
    if (!notShown.isEmpty()) {
      md.append("\n")
          .append(notShown.size())
          .append(" more open threat")
          .append(notShown.size() == 1 ? "" : "s")
          .append(zonesNotShown > 0 ? " in " + zonesNotShown + " other zone" : " elsewhere")
          .append(zonesNotShown > 1 ? "s" : "")
          .append(": ")
          .append(breakdown(notShown))
          .append(".\n");
    }
  }

  private static List<AssessedThreat> openIn(ZoneSection zone) {
    List<AssessedThreat> all = new ArrayList<>();
    zone.own().stream().filter(AssessedThreat::isOpen).forEach(all::add);
    for (ElementThreats element : zone.elements()) {
      element.threats().stream().filter(AssessedThreat::isOpen).forEach(all::add);
    }
    return all;
  }

  private static String zoneHeading(ZoneSection section) {
    if (section.zone().isEmpty()) {
      return "Outside any zone";
    }
    Zone zone = section.zone().get();
    String heading = "Zone " + code(zone.id());
    return zone.parent().map(p -> heading + " (inside " + code(p) + ")").orElse(heading);
  }

  private static String elementHeading(ElementThreats element) {
    return code(element.id())
        + " · "
        + text(element.kind())
        + element.technology().map(t -> " · " + text(t)).orElse("");
  }

  private static void details(
      ReportInput input,
      List<AssessedThreat> threats,
      Set<String> chosen,
      Set<String> verified,
      Optional<String> element,
      StringBuilder md) {
    boolean first = true;
    for (AssessedThreat t : threats) {
      if (t.isOpen() && chosen.contains(t.fingerprint())) {
        md.append(first && element.isEmpty() ? "\n" : "");
        detail(input, t, verified, element, md);
        first = false;
      }
    }
  }

  private static void counted(
      List<AssessedThreat> open, Set<String> chosen, String where, StringBuilder md) {
    List<AssessedThreat> rest =
        open.stream().filter(t -> !chosen.contains(t.fingerprint())).toList();
    if (!rest.isEmpty()) {
      md.append("\n")
          .append(rest.size())
          .append(" more open threat")
          .append(rest.size() == 1 ? " " : "s ")
          .append(where)
          .append(": ")
          .append(breakdown(rest))
          .append(".\n");
    }
  }

  /** "2 high, 1 low", highest first. */
  private static String breakdown(List<AssessedThreat> threats) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    threats.forEach(t -> counts.merge(t.score().severity(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<Severity, Integer>comparingByKey().reversed())
        .forEach(e -> parts.add(e.getValue() + " " + Wire.name(e.getKey())));
    return String.join(", ", parts);
  }

  private static void detail(
      ReportInput input,
      AssessedThreat t,
      Set<String> verified,
      Optional<String> element,
      StringBuilder md) {
    md.append("- **")
        .append(Labels.severity(t.score().severity()))
        .append("** · ")
        .append(text(t.title()))
        .append(" · ")
        .append(code(t.fingerprint()));
    if (!t.elements().isEmpty()
        && element.filter(e -> !e.equals(t.elements().getFirst())).isPresent()) {
      md.append(" · on ").append(code(t.elements().getFirst()));
    }
    if (t.status() != TriageStatus.OPEN) {
      md.append(" · ").append(Labels.status(t.status()).toLowerCase(Locale.ROOT));
    }
    md.append("\n  ").append(text(t.message())).append('\n');
    if (!t.facts().isEmpty() && t.origin().equals("rule")) {
      md.append("  - Why it fired: ")
          .append(String.join("; ", t.facts().stream().map(Markdown::text).toList()))
          .append('\n');
    }
    md.append("  - Likelihood ")
        .append(Wire.name(t.score().likelihood()))
        .append(", impact ")
        .append(Wire.name(t.score().impact()));
    if (!t.score().reducedBy().isEmpty()) {
      md.append("; reduced by ")
          .append(String.join(", ", t.score().reducedBy().stream().map(Markdown::text).toList()));
    }
    md.append('\n');
    t.decision()
        .filter(d -> d.expired())
        .ifPresent(d ->
            md.append("  - The acceptance expired")
                .append(d.entry().until().map(u -> " on " + u).orElse(""))
                .append(": decide again.\n"));
    countermeasures(input, t, verified, md);
    mitigations(input, t, md);
    references(t, md);
  }

  /** Each countermeasure's verification criterion is printed where it first appears. */
  private static void countermeasures(
      ReportInput input, AssessedThreat t, Set<String> verified, StringBuilder md) {
    List<Countermeasure> found = new ArrayList<>();
    t.countermeasures().forEach(id -> input.catalogue().find(id).ifPresent(found::add));
    if (found.isEmpty()) {
      return;
    }
    md.append("  - Suggested countermeasures:\n");
    for (Countermeasure cm : found) {
      md.append("    - ")
          .append(text(cm.title()))
          .append(' ')
          .append(code(cm.id()))
          .append(
              verified.add(cm.id())
                  ? ". Verify: " + text(cm.verification())
                  : " (verification above)")
          .append('\n');
    }
  }

  private static void mitigations(ReportInput input, AssessedThreat t, StringBuilder md) {
    List<Mitigation> found = new ArrayList<>();
    for (String id : t.mitigations()) {
      input.model().mitigations().stream()
          .filter(m -> m.id().equals(id))
          .findFirst()
          .ifPresent(found::add);
    }
    if (found.isEmpty()) {
      return;
    }
    md.append("  - Mitigations in the model:\n");
    for (Mitigation m : found) {
      md.append("    - ")
          .append(text(m.title()))
          .append(' ')
          .append(code(m.id()))
          .append(" (")
          .append(Wire.name(m.status()))
          .append(')')
          .append(m.verification().map(v -> ". Verify: " + text(v)).orElse(""))
          .append('\n');
    }
  }

  private static void references(AssessedThreat t, StringBuilder md) {
    List<String> links = new ArrayList<>();
    t.cwe()
        .forEach(id -> links.add(link(id, CWE, "https://cwe.mitre.org/data/definitions/%s.html")));
    t.capec()
        .forEach(
            id -> links.add(link(id, CAPEC, "https://capec.mitre.org/data/definitions/%s.html")));
    for (String id : t.attack()) {
      Matcher m = ATTACK.matcher(id);
      links.add(
          !m.matches()
              ? text(id)
              : "[ATT&CK "
                  + id
                  + "](https://attack.mitre.org/techniques/T"
                  + m.group(1)
                  + (m.group(2) == null ? "" : "/" + m.group(2))
                  + "/)");
    }
    if (!links.isEmpty()) {
      md.append("  - References: ").append(String.join(", ", links)).append('\n');
    }
  }

  /** A link to MITRE's page for a well-formed id; anything else as plain (escaped) text. */
  private static String link(String id, Pattern pattern, String url) {
    Matcher m = pattern.matcher(id);
    return m.matches() ? "[" + id + "](" + url.formatted(m.group(1)) + ")" : text(id);
  }
}
