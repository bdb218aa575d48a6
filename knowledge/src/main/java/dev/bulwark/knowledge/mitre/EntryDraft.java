package dev.bulwark.knowledge.mitre;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamReader;

/** An entry while an importer is still reading it. */
final class EntryDraft {
  final String id;
  final KbKind kind;
  String name = "";
  String description = "";
  String status = "";
  String abstraction = "";
  final List<KbRelation> relations = new ArrayList<>();

  EntryDraft(String id, KbKind kind) {
    this.id = id;
    this.kind = kind;
  }

  /** A draft from a CAPEC or CWE XML element, with the Name, Status and Abstraction it carries. */
  static EntryDraft fromElement(String id, KbKind kind, XMLStreamReader reader) {
    EntryDraft draft = new EntryDraft(id, kind);
    draft.name = Xml.attribute(reader, "Name");
    draft.status = Xml.attribute(reader, "Status");
    draft.abstraction = Xml.attribute(reader, "Abstraction");
    return draft;
  }

  void relate(KbRelation.Type type, String target) {
    relations.add(new KbRelation(type, target));
  }

  KbEntry build() {
    return new KbEntry(
        id,
        kind,
        Text.normalise(name),
        description,
        optional(status),
        optional(abstraction),
        relations);
  }

  private static Optional<String> optional(String value) {
    return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
