package dev.bulwark.knowledge.mitre;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a STIX 2.0 or 2.1 bundle of ATT&CK (any domain) or of CAPEC, one object at a time: only the
 * current object is held as a tree. Techniques and mitigations are named by their {@code
 * mitre-attack} external id, CAPEC patterns by their {@code capec} one. Deprecated objects are left
 * out; revoked ones become redirects to what revoked them. Relationships are resolved at the end,
 * since a bundle may list them before the objects they join.
 */
final class AttackStixImporter {
  static final String CAPEC_SOURCE = "capec-stix";

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final Set<String> ATTACK_SOURCES =
      Set.of("mitre-attack", "mitre-ics-attack", "mitre-mobile-attack");
  private static final Pattern CAPEC_COA = Pattern.compile("coa-([0-9]+)-([0-9]+)");
  private static final Set<String> RELATIONSHIPS =
      Set.of("mitigates", "subtechnique-of", "revoked-by");

  private final String label;
  private final Map<String, EntryDraft> drafts = new LinkedHashMap<>();
  private final Map<String, String> idsOfObjects = new HashMap<>();
  private final Map<String, KbRedirect> revoked = new HashMap<>();
  private final List<String[]> links = new ArrayList<>();
  private final Map<String, Integer> domains = new TreeMap<>();
  private final Map<String, String> firstSeen = new HashMap<>();
  private String version = "";
  private int skipped;

  private AttackStixImporter(String label) {
    this.label = label;
  }

  static KbImport read(String label, String fileName, InputStream in) {
    return new AttackStixImporter(label).bundle(fileName, in);
  }

  private KbImport bundle(String fileName, InputStream in) {
    boolean isBundle = false;
    try (JsonParser parser = JSON.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw error(parser, "expected a STIX bundle: a JSON object with \"type\": \"bundle\"");
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String property = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (property) {
          case "type" -> {
            isBundle = value == JsonToken.VALUE_STRING && "bundle".equals(parser.getString());
            if (!isBundle) {
              throw error(parser, "\"type\" is " + parser.getText() + "; expected \"bundle\"");
            }
          }
          case "objects" -> {
            if (value != JsonToken.START_ARRAY) {
              throw error(parser, "\"objects\" must be an array");
            }
            for (JsonToken t = parser.nextToken();
                t != JsonToken.END_ARRAY;
                t = parser.nextToken()) {
              if (t != JsonToken.START_OBJECT) {
                throw error(parser, "every element of \"objects\" must be a JSON object");
              }
              TokenStreamLocation at = parser.currentTokenLocation();
              JsonNode object = parser.readValueAsTree();
              try {
                object(object, at);
              } catch (IllegalArgumentException e) {
                throw KbException.at(label, at.getLineNr(), at.getColumnNr(), e.getMessage());
              }
            }
          }
          default -> parser.skipChildren();
        }
      }
      if (parser.nextToken() != null) {
        throw error(parser, "content after the end of the bundle");
      }
      if (!isBundle) {
        throw KbException.at(label, 1, 1, "not a STIX bundle: no \"type\": \"bundle\"");
      }
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String message = e.getOriginalMessage();
      throw at == null
          ? KbException.at(label, 0, 0, message)
          : KbException.at(label, at.getLineNr(), at.getColumnNr(), message);
    }
    resolveLinks();
    List<KbEntry> entries = new ArrayList<>();
    for (EntryDraft draft : drafts.values()) {
      entries.add(draft.build());
    }
    return KbImport.create(
        label,
        new KbSource(sourceName(), KbFormat.STIX, version, fileName),
        entries,
        new ArrayList<>(revoked.values()),
        skipped);
  }

  private void object(JsonNode object, TokenStreamLocation at) {
    String type = object.path("type").asString("");
    String stixId = object.path("id").asString("");
    if (type.equals("relationship")) {
      String kind = object.path("relationship_type").asString("");
      if (RELATIONSHIPS.contains(kind) && !inactive(object)) {
        links.add(
            new String[] {
              kind, object.path("source_ref").asString(""), object.path("target_ref").asString("")
            });
      }
      return;
    }
    if (type.equals("x-mitre-collection") && version.isEmpty()) {
      version = object.path("x_mitre_version").asString("");
      return;
    }
    if (!type.equals("attack-pattern") && !type.equals("course-of-action")) {
      return;
    }
    if (object.path("x_mitre_deprecated").asBoolean(false)) {
      skipped++;
      return;
    }
    EntryDraft draft = type.equals("attack-pattern") ? pattern(object) : mitigation(object);
    if (draft == null) {
      return;
    }
    String name = object.path("name").asString("");
    if (object.path("revoked").asBoolean(false)) {
      revoked.put(stixId, new KbRedirect(draft.id, draft.id + "?", Text.normalise(name)));
      idsOfObjects.put(stixId, draft.id);
      return;
    }
    String where = at.getLineNr() + ":" + at.getColumnNr();
    String earlier = firstSeen.putIfAbsent(draft.id, where);
    if (earlier != null) {
      throw new IllegalArgumentException(draft.id + " appears twice (first at " + earlier + ")");
    }
    for (JsonNode domain : object.path("x_mitre_domains")) {
      domains.merge(domain.asString(""), 1, Integer::sum);
    }
    if (version.isEmpty()) {
      version = object.path("x_capec_version").asString("");
    }
    idsOfObjects.put(stixId, draft.id);
    drafts.put(stixId, draft);
  }

  private static boolean inactive(JsonNode object) {
    return object.path("revoked").asBoolean(false)
        || object.path("x_mitre_deprecated").asBoolean(false);
  }

  private EntryDraft pattern(JsonNode object) {
    String technique = externalId(object, ATTACK_SOURCES, KbKind.ATTACK_TECHNIQUE);
    String capec = externalId(object, Set.of("capec"), KbKind.CAPEC_PATTERN);
    EntryDraft draft;
    if (!technique.isEmpty()) {
      draft = new EntryDraft(technique, KbKind.ATTACK_TECHNIQUE);
      relateAll(draft, object, "capec", KbKind.CAPEC_PATTERN);
    } else if (!capec.isEmpty()) {
      draft = new EntryDraft(capec, KbKind.CAPEC_PATTERN);
      draft.status = object.path("x_capec_status").asString("");
      draft.abstraction = object.path("x_capec_abstraction").asString("");
      relateAll(draft, object, "cwe", KbKind.CWE_WEAKNESS);
      relateAll(draft, object, "ATTACK", KbKind.ATTACK_TECHNIQUE);
      for (JsonNode parent : object.path("x_capec_child_of_refs")) {
        links.add(new String[] {"child-of", object.path("id").asString(""), parent.asString("")});
      }
    } else {
      return null;
    }
    draft.name = object.path("name").asString("");
    draft.description = Text.firstParagraphOfMarkdown(object.path("description").asString(""));
    return draft;
  }

  private static EntryDraft mitigation(JsonNode object) {
    String id = externalId(object, ATTACK_SOURCES, KbKind.ATTACK_MITIGATION);
    String description = Text.firstParagraphOfMarkdown(object.path("description").asString(""));
    if (!id.isEmpty()) {
      EntryDraft draft = new EntryDraft(id, KbKind.ATTACK_MITIGATION);
      draft.name = object.path("name").asString("");
      draft.description = description;
      return draft;
    }
    Matcher coa = CAPEC_COA.matcher(object.path("name").asString(""));
    if (!coa.matches()) {
      return null; // ATT&CK's old technique-named mitigations: all deprecated or revoked
    }
    EntryDraft draft =
        new EntryDraft("COA-" + coa.group(1) + "-" + coa.group(2), KbKind.COURSE_OF_ACTION);
    // CAPEC's courses of action have no title; the start of the advice stands in for one.
    draft.name = title(description);
    draft.description = description;
    draft.relate(KbRelation.Type.RELATED, "CAPEC-" + coa.group(1));
    return draft;
  }

  private static String title(String description) {
    int stop = description.indexOf(". ");
    String first = stop > 0 ? description.substring(0, stop) : description;
    return first.length() <= 100 ? first : first.substring(0, first.lastIndexOf(' ', 99)) + " …";
  }

  private static String externalId(JsonNode object, Set<String> sources, KbKind kind) {
    for (JsonNode reference : object.path("external_references")) {
      String id = reference.path("external_id").asString("");
      if (sources.contains(reference.path("source_name").asString("")) && kind.accepts(id)) {
        return id;
      }
    }
    return "";
  }

  private static void relateAll(EntryDraft draft, JsonNode object, String source, KbKind kind) {
    for (JsonNode reference : object.path("external_references")) {
      String id = reference.path("external_id").asString("");
      if (source.equals(reference.path("source_name").asString("")) && kind.accepts(id)) {
        draft.relate(KbRelation.Type.RELATED, id);
      }
    }
  }

  /** Joins relationships to the objects they name; links to left-out objects are dropped. */
  private void resolveLinks() {
    for (String[] link : links) {
      String kind = link[0];
      EntryDraft source = drafts.get(link[1]);
      String target = idsOfObjects.get(link[2]);
      switch (kind) {
        case "mitigates" -> {
          EntryDraft technique = drafts.get(link[2]);
          if (source != null && technique != null) {
            technique.relate(KbRelation.Type.MITIGATED_BY, source.id);
          }
        }
        case "subtechnique-of", "child-of" -> {
          if (source != null && target != null && !revoked.containsKey(link[2])) {
            source.relate(KbRelation.Type.CHILD_OF, target);
          }
        }
        case "revoked-by" -> {
          KbRedirect old = revoked.get(link[1]);
          if (old != null && target != null && !target.equals(old.from())) {
            revoked.put(link[1], new KbRedirect(old.from(), target, old.name()));
          }
        }
        default -> throw new IllegalStateException("unexpected relationship " + kind);
      }
    }
    // A revoked object that names no successor cannot redirect anywhere.
    revoked.values().removeIf(r -> r.to().endsWith("?"));
  }

  private String sourceName() {
    if (drafts.values().stream().anyMatch(d -> d.kind == KbKind.ATTACK_TECHNIQUE)) {
      return domains.entrySet().stream()
          .max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey)
          .filter(d -> d.matches("[a-z0-9]+(-[a-z0-9]+)*"))
          .orElse("attack");
    }
    return CAPEC_SOURCE;
  }

  private KbException error(JsonParser parser, String message) {
    TokenStreamLocation at = parser.currentTokenLocation();
    return KbException.at(label, at.getLineNr(), at.getColumnNr(), message);
  }
}
