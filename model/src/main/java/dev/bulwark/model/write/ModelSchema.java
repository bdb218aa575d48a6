package dev.bulwark.model.write;

import dev.bulwark.model.Model;
import dev.bulwark.model.Wire;
import dev.bulwark.model.format.Cardinality;
import dev.bulwark.model.format.Field;
import dev.bulwark.model.format.Shape;
import dev.bulwark.model.format.Shapes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft-07, which YAML language servers read) of the model format, generated from
 * the same records the parser binds, so the two cannot disagree. Published as {@code
 * docs/schema/bulwark-1.schema.json} and printed by {@code bulwark schema}.
 */
public final class ModelSchema {
  /** The schema's identity; editors find the file itself through a path or a setting. */
  public static final String ID = "urn:bulwark:model-format:1";

  private ModelSchema() {}

  /** The schema as JSON text. */
  public static String json() {
    Map<String, Object> definitions = new LinkedHashMap<>();
    Map<String, Object> root = object(Shapes.of(Model.class), definitions);
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", "http://json-schema.org/draft-07/schema#");
    schema.put("$id", ID);
    schema.put("title", "Bulwark threat model, format " + Model.FORMAT_VERSION);
    schema.putAll(root);
    schema.put("definitions", definitions);
    return Json.write(schema);
  }

  private static Map<String, Object> object(Shape shape, Map<String, Object> definitions) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Field field : shape.fields()) {
      properties.put(field.key(), property(field, definitions));
      if (field.cardinality() == Cardinality.REQUIRED) {
        required.add(field.key());
      }
    }
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("type", "object");
    object.put("description", shape.doc());
    object.put("properties", properties);
    object.put("required", required);
    object.put(
        "patternProperties",
        Map.of("^x-", Map.of("description", "An extension field, ignored by Bulwark.")));
    object.put("additionalProperties", false);
    return object;
  }

  private static Map<String, Object> property(Field field, Map<String, Object> definitions) {
    Map<String, Object> value = value(field, definitions);
    if (field.cardinality() == Cardinality.MAP) {
      if (value.get("type") instanceof String type && type.equals("string")) {
        // the binder reads any scalar as text, so 'replicas: 3' is as good as 'replicas: "3"'
        value.put("type", List.of("string", "number", "boolean"));
      }
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("type", "object");
      map.put("additionalProperties", value);
      return describe(map, field.doc());
    }
    if (field.cardinality() != Cardinality.LIST) {
      field.defaultValue().ifPresent(fallback -> value.put("default", typed(field, fallback)));
      return describe(value, field.doc());
    }
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("type", "array");
    list.put("items", value);
    return describe(list, field.doc());
  }

  private static Map<String, Object> value(Field field, Map<String, Object> definitions) {
    Map<String, Object> value = new LinkedHashMap<>();
    switch (field.type()) {
      case STRING -> {
        value.put("type", "string");
        if (field.key().equals("id")) {
          value.put("pattern", "^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$");
        }
      }
      case INTEGER -> {
        value.put("type", "integer");
        if (field.key().equals("bulwark")) {
          value.put("enum", List.of(Model.FORMAT_VERSION));
        } else {
          value.put("minimum", field.min());
          value.put("maximum", field.max());
        }
      }
      case BOOLEAN -> value.put("type", "boolean");
      case DATE -> {
        value.put("type", "string");
        value.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
      }
      case ENUM -> {
        List<String> names = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        for (Object constant : field.valueClass().getEnumConstants()) {
          Enum<?> value1 = (Enum<?>) constant;
          names.add(Wire.name(value1));
          docs.add(Shapes.doc(value1));
        }
        value.put("enum", names);
        value.put("enumDescriptions", docs);
      }
      case RECORD -> {
        @SuppressWarnings("unchecked")
        Shape nested = Shapes.of((Class<? extends Record>) field.valueClass());
        if (!definitions.containsKey(nested.name())) {
          definitions.put(nested.name(), Map.of()); // reserve the name: fixes the order
          definitions.put(nested.name(), object(nested, definitions));
        }
        value.put("$ref", "#/definitions/" + nested.name());
      }
    }
    return value;
  }

  private static Map<String, Object> describe(Map<String, Object> schema, String doc) {
    if (doc.isEmpty() || schema.containsKey("$ref")) {
      return schema;
    }
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("description", doc);
    described.putAll(schema);
    return described;
  }

  private static Object typed(Field field, String fallback) {
    return switch (field.type()) {
      case BOOLEAN -> Boolean.parseBoolean(fallback);
      case INTEGER -> Long.parseLong(fallback);
      default -> fallback;
    };
  }
}
