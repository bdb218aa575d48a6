package dev.bulwark.knowledge.mitre;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of one import: a JSON object with sorted keys and entries in id order, so that
 * importing the same file twice writes the same bytes and a diff between versions is readable.
 */
final class KbJson {
  static final String FORMAT = "bulwark-kb-1";

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private KbJson() {}

  static String write(KbImport imported) {
    Map<String, Object> document = new TreeMap<>();
    document.put("format", FORMAT);
    KbSource source = imported.source();
    Map<String, Object> sourceJson = new TreeMap<>();
    sourceJson.put("name", source.name());
    sourceJson.put("format", key(source.format()));
    sourceJson.put("version", source.version());
    sourceJson.put("file", source.file());
    document.put("source", sourceJson);
    document.put("skipped", imported.skipped());
    document.put("entries", imported.entries().stream().map(KbJson::entry).toList());
    document.put(
        "redirects",
        imported.redirects().stream()
            .map(r -> new TreeMap<>(Map.of("from", r.from(), "to", r.to(), "name", r.name())))
            .toList());
    return JSON.writeValueAsString(document) + "\n";
  }

  private static Map<String, Object> entry(KbEntry entry) {
    Map<String, Object> json = new TreeMap<>();
    json.put("id", entry.id());
    json.put("kind", entry.kind().key());
    json.put("name", entry.name());
    json.put("description", entry.description());
    entry.status().ifPresent(status -> json.put("status", status));
    entry.abstraction().ifPresent(abstraction -> json.put("abstraction", abstraction));
    json.put(
        "relations",
        entry.relations().stream()
            .map(r -> new TreeMap<>(Map.of("type", r.type().key(), "target", r.target())))
            .toList());
    return json;
  }

  static KbImport read(String label, String text) {
    JsonNode document;
    try {
      document = JSON.readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw KbException.at(
          label,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          e.getOriginalMessage());
    }
    if (!FORMAT.equals(document.path("format").asString(""))) {
      throw KbException.at(
          label,
          0,
          0,
          "not a Bulwark knowledge file of format "
              + FORMAT
              + "; delete it and import MITRE's files again");
    }
    try {
      JsonNode source = document.path("source");
      KbSource kbSource =
          new KbSource(
              text(source, "name"),
              KbFormat.valueOf(text(source, "format").toUpperCase(Locale.ROOT).replace('-', '_')),
              source.path("version").asString(""),
              source.path("file").asString(""));
      List<KbEntry> entries = new ArrayList<>();
      for (JsonNode entry : document.path("entries")) {
        List<KbRelation> relations = new ArrayList<>();
        for (JsonNode relation : entry.path("relations")) {
          relations.add(
              new KbRelation(
                  KbRelation.Type.ofKey(text(relation, "type")), text(relation, "target")));
        }
        entries.add(
            new KbEntry(
                text(entry, "id"),
                KbKind.ofKey(text(entry, "kind")),
                text(entry, "name"),
                entry.path("description").asString(""),
                optional(entry, "status"),
                optional(entry, "abstraction"),
                relations));
      }
      List<KbRedirect> redirects = new ArrayList<>();
      for (JsonNode redirect : document.path("redirects")) {
        redirects.add(
            new KbRedirect(
                text(redirect, "from"), text(redirect, "to"), redirect.path("name").asString("")));
      }
      return new KbImport(kbSource, entries, redirects, document.path("skipped").asInt(0));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw KbException.at(label, 0, 0, "damaged knowledge file (" + e.getMessage() + ")");
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isString()) {
      throw new IllegalArgumentException("'" + field + "' is missing or not a string");
    }
    return value.asString();
  }

  private static Optional<String> optional(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() ? Optional.of(value.asString()) : Optional.empty();
  }

  static String key(KbFormat format) {
    return format.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
