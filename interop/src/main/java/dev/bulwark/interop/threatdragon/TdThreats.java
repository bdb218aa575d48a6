package dev.bulwark.interop.threatdragon;

import dev.bulwark.interop.Guess;
import dev.bulwark.interop.Ids;
import dev.bulwark.interop.ModelDraft;
import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.Places;
import dev.bulwark.model.Goal;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.MitigationCategory;
import dev.bulwark.model.MitigationStatus;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Stride;
import dev.bulwark.model.Threat;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.parse.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The threats Threat Dragon keeps on each cell. Each becomes a hand-written threat affecting that
 * cell's element or flow, its status a triage decision, its mitigation text a mitigation. A threat
 * a Bulwark export derived ({@code ruleId} holding a fingerprint) comes back as triage only.
 */
final class TdThreats {
  private static final Set<String> KEYS =
      Set.of(
          "id",
          "title",
          "status",
          "severity",
          "type",
          "description",
          "mitigation",
          "modelType",
          "number",
          "score",
          "new",
          "ruleId");

  /** A full stop followed by a capital: "e.g. security" does not end a sentence. */
  private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?=\\p{Lu})");

  private final PeerFile file;
  private final ModelDraft draft;
  private final List<Raw> raws = new ArrayList<>();
  private List<String> ids = List.of();

  TdThreats(PeerFile file, ModelDraft draft) {
    this.file = file;
    this.draft = draft;
  }

  /** One threat on a cell. */
  private record Raw(
      TdCell cell,
      Node.Mapping node,
      String peerId,
      String title,
      String owner,
      Optional<String> fingerprint,
      Optional<String> mitigation) {}

  /** Collects the threats of a cell; those on boundaries and notes are left out. */
  void collect(TdCell cell) {
    List<Node.Mapping> threats = file.mappings(cell.data(), "threats", cell.owner());
    if (threats.isEmpty()) {
      return;
    }
    if (!cell.kind().element() && cell.kind() != TdCell.Kind.FLOW) {
      file.notMapped(
          "threat.cell",
          threats.getFirst().position(),
          "the threats of "
              + cell.owner()
              + " are left out: Bulwark threats affect elements and flows");
      return;
    }
    for (int i = 0; i < threats.size(); i++) {
      Node.Mapping threat = threats.get(i);
      String about = "threat #" + (i + 1) + " of " + cell.owner();
      Optional<String> title = file.text(threat, "title", about);
      String owner = title.map(t -> "threat '" + t + "' of " + cell.owner()).orElse(about);
      Optional<String> fingerprint =
          file.text(threat, "ruleId", owner).filter(rule -> rule.contains("@"));
      raws.add(
          new Raw(
              cell,
              threat,
              file.text(threat, "id", owner).orElse(""),
              title.or(() -> file.text(threat, "type", owner)).orElse("Threat"),
              owner,
              fingerprint,
              file.text(threat, "mitigation", owner)));
    }
  }

  /** Candidates for the ids of the threats, then of their mitigations. */
  List<Ids.Candidate> candidates() {
    List<Ids.Candidate> candidates = new ArrayList<>();
    for (Raw raw : handWritten()) {
      candidates.add(Ids.candidate(raw.peerId(), raw.title(), "threat"));
    }
    for (Raw raw : handWritten()) {
      if (raw.mitigation().isPresent()) {
        String slug = Ids.slug(raw.title());
        candidates.add(
            new Ids.Candidate((slug.isEmpty() ? "threat" : slug) + "-mitigation", false));
      }
    }
    return candidates;
  }

  /** The ids given to {@link #candidates()}, in their order. */
  void named(List<String> assigned) {
    ids = List.copyOf(assigned);
  }

  private List<Raw> handWritten() {
    return raws.stream().filter(raw -> raw.fingerprint().isEmpty()).toList();
  }

  /** Adds the threats, mitigations and decisions to the draft. */
  void build(Map<TdCell, String> elementIds) {
    List<Raw> handWritten = handWritten();
    int nextMitigation = handWritten.size();
    for (int i = 0; i < handWritten.size(); i++) {
      Raw raw = handWritten.get(i);
      String id = ids.get(i);
      Optional<String> element = Optional.ofNullable(elementIds.get(raw.cell()));
      Optional<TriageStatus> status = status(raw);
      draft.threats.add(threat(raw, id, element));
      status
          .filter(s -> s != TriageStatus.OPEN)
          .ifPresent(s -> draft.triage.add(triage(raw, id, s)));
      if (raw.mitigation().isPresent()) {
        draft.mitigations.add(
            new Mitigation(
                ids.get(nextMitigation++),
                title(raw.mitigation().get()),
                raw.mitigation(),
                status.orElse(TriageStatus.OPEN) == TriageStatus.MITIGATED
                    ? MitigationStatus.IMPLEMENTED
                    : MitigationStatus.PROPOSED,
                MitigationCategory.PREVENTIVE,
                List.of(id),
                element.stream().toList(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Places.of(file.where(raw.node(), "mitigation"))));
      }
    }
    for (Raw raw : raws) {
      if (raw.fingerprint().isPresent()) {
        file.otherKeys(raw.node(), "threat", raw.owner(), KEYS);
        status(raw)
            .filter(s -> s != TriageStatus.OPEN)
            .ifPresent(s -> draft.triage.add(triage(raw, raw.fingerprint().get(), s)));
      }
    }
  }

  private Threat threat(Raw raw, String id, Optional<String> element) {
    file.otherKeys(raw.node(), "threat", raw.owner(), KEYS);
    List<String> tags = new ArrayList<>();
    if (!raw.peerId().isEmpty() && !raw.peerId().equals(id)) {
      tags.add(Td.ID_TAG + raw.peerId());
    }
    Optional<String> type = file.text(raw.node(), "type", raw.owner());
    Optional<Stride> stride = type.flatMap(Guess::stride);
    Optional<Goal> goal = type.flatMap(TdThreats::goal);
    if (type.isPresent() && stride.isEmpty() && goal.isEmpty()) {
      tags.add("td-type:" + type.get().strip());
    }
    file.text(raw.node(), "modelType", raw.owner())
        .filter(model -> !model.equalsIgnoreCase("STRIDE"))
        .ifPresent(model -> tags.add("td-model:" + model.strip()));
    file.text(raw.node(), "score", raw.owner())
        .ifPresent(score ->
            file.notMapped(
                "threat.score",
                file.where(raw.node(), "score"),
                "the score '"
                    + score
                    + "' of "
                    + raw.owner()
                    + " is left out: Bulwark scores threats itself, or by a CVSS or OWASP"
                    + " vector"));
    return new Threat(
        id,
        raw.title(),
        file.text(raw.node(), "description", raw.owner()),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        goal.stream().toList(),
        element.stream().toList(),
        stride.stream().toList(),
        severity(raw),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        tags,
        Places.of(raw.node().position()));
  }

  private static Optional<Goal> goal(String type) {
    return switch (normal(type)) {
      case "confidentiality" -> Optional.of(Goal.CONFIDENTIALITY);
      case "integrity" -> Optional.of(Goal.INTEGRITY);
      case "availability" -> Optional.of(Goal.AVAILABILITY);
      default -> Optional.empty();
    };
  }

  private Optional<Severity> severity(Raw raw) {
    Optional<String> text = file.text(raw.node(), "severity", raw.owner());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return switch (normal(text.get())) {
      case "low" -> Optional.of(Severity.LOW);
      case "medium" -> Optional.of(Severity.MEDIUM);
      case "high" -> Optional.of(Severity.HIGH);
      case "critical" -> Optional.of(Severity.CRITICAL);
      case "tbd", "tba", "" -> Optional.empty();
      default -> {
        file.notMapped(
            "threat.severity",
            file.where(raw.node(), "severity"),
            "severity '"
                + text.get()
                + "' of "
                + raw.owner()
                + " is not Low, Medium, High or"
                + " Critical; left out");
        yield Optional.empty();
      }
    };
  }

  /** The status as a decision: Open decides nothing; empty for a status Bulwark does not know. */
  private Optional<TriageStatus> status(Raw raw) {
    Optional<String> text = file.text(raw.node(), "status", raw.owner());
    if (text.isEmpty()) {
      return Optional.of(TriageStatus.OPEN);
    }
    Optional<TriageStatus> status = status(text.get());
    if (status.isEmpty()) {
      file.notMapped(
          "threat.status",
          file.where(raw.node(), "status"),
          "status '"
              + text.get()
              + "' of "
              + raw.owner()
              + " is not Open, Mitigated or"
              + " NotApplicable; read as Open");
    }
    return status;
  }

  static Optional<TriageStatus> status(String text) {
    return switch (normal(text)) {
      case "open", "new", "" -> Optional.of(TriageStatus.OPEN);
      case "mitigated" -> Optional.of(TriageStatus.MITIGATED);
      case "notapplicable", "na" -> Optional.of(TriageStatus.FALSE_POSITIVE);
      default -> Optional.empty();
    };
  }

  /** Threat Dragon's status for a decision; it has no accepted or transferred. */
  static String status(TriageStatus status) {
    return switch (status) {
      case MITIGATED -> "Mitigated";
      case FALSE_POSITIVE -> "NotApplicable";
      case OPEN, IN_PROGRESS, ACCEPTED, TRANSFERRED -> "Open";
    };
  }

  private TriageEntry triage(Raw raw, String threat, TriageStatus status) {
    return new TriageEntry(
        threat,
        status,
        Optional.of(
            "Threat Dragon status '"
                + file.text(raw.node(), "status", raw.owner()).orElse("")
                + "'"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Places.of(file.value(raw.node(), "status").orElse(raw.node()).position()));
  }

  /** A mitigation's title: its text's first line, cut at a word near 80 characters. */
  static String title(String text) {
    String line = text.strip().lines().findFirst().orElse("").strip();
    Matcher sentence = SENTENCE_END.matcher(line);
    if (sentence.find()) {
      line = line.substring(0, sentence.start() + 1);
    }
    if (line.length() <= 80) {
      return line.isEmpty() ? "Mitigation" : line;
    }
    int cut = line.lastIndexOf(' ', 80);
    return line.substring(0, cut > 40 ? cut : 80) + "…";
  }

  private static String normal(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }
}
