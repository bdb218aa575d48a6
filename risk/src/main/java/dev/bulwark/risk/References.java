package dev.bulwark.risk;

import dev.bulwark.knowledge.mitre.KbEntry;
import dev.bulwark.knowledge.mitre.KbLink;
import dev.bulwark.knowledge.mitre.KbLookup;
import dev.bulwark.knowledge.mitre.KbRelation;
import dev.bulwark.knowledge.mitre.KnowledgeBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A threat's CWE, CAPEC and ATT&CK ids looked up in the imported MITRE catalogues: each entry's
 * name, the entries related to it in the other catalogues, and what mitigates it. Ids the knowledge
 * base does not hold are left out; revoked ids are followed and say so.
 */
public final class References {
  private References() {}

  /** The references of a threat, as JSON-ready maps, in the order cwe, capec, attack. */
  public static List<Map<String, Object>> of(AssessedThreat threat, KnowledgeBase kb) {
    List<Map<String, Object>> out = new ArrayList<>();
    Stream.of(threat.cwe(), threat.capec(), threat.attack())
        .flatMap(List::stream)
        .forEach(id -> kb.find(id).ifPresent(found -> out.add(reference(id, found, kb))));
    return out;
  }

  /** One line for people: {@code CAPEC-66 SQL Injection; T1190 … (mitigated by M1048, M1050)}. */
  public static String line(AssessedThreat threat, KnowledgeBase kb) {
    List<String> parts = new ArrayList<>();
    for (Map<String, Object> ref : of(threat, kb)) {
      StringBuilder part = new StringBuilder();
      part.append(ref.get("id")).append(' ').append(ref.get("name"));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> by = (List<Map<String, Object>>) ref.get("mitigated-by");
      if (!by.isEmpty()) {
        part.append(" (mitigated by ")
            .append(String.join(", ", by.stream().map(m -> (String) m.get("id")).toList()))
            .append(')');
      }
      parts.add(part.toString());
    }
    return String.join("; ", parts);
  }

  private static Map<String, Object> reference(String asked, KbLookup found, KnowledgeBase kb) {
    KbEntry entry = found.entry();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", entry.id());
    if (!entry.id().equals(asked)) {
      out.put("revoked-id", asked);
    }
    out.put("kind", entry.kind().label());
    out.put("name", entry.name());
    List<Map<String, Object>> related = new ArrayList<>();
    List<Map<String, Object>> mitigatedBy = new ArrayList<>();
    for (KbLink link : kb.related(entry.id())) {
      Optional<Map<String, Object>> brief = link.entry().map(References::brief);
      if (brief.isEmpty()) {
        continue;
      }
      if (link.type() == KbRelation.Type.RELATED) {
        related.add(brief.get());
      } else if (link.type() == KbRelation.Type.MITIGATED_BY && !link.reverse()) {
        mitigatedBy.add(brief.get());
      }
    }
    out.put("related", related);
    out.put("mitigated-by", mitigatedBy);
    return out;
  }

  private static Map<String, Object> brief(KbEntry entry) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", entry.id());
    out.put("name", entry.name());
    return out;
  }
}
