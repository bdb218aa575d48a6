package dev.bulwark.interop;

import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.Trees;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML or JSON text as plain maps, lists and strings, for tests that compare documents. */
public final class Plain {
  private Plain() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> read(String file, String text) {
    Node root = Trees.read(file, text, ParseLimits.DEFAULTS).root().orElseThrow();
    return (Map<String, Object>) of(root);
  }

  static Object of(Node node) {
    return switch (node) {
      case Node.Scalar scalar -> scalar.isNull() ? null : scalar.value();
      case Node.Sequence sequence -> sequence.items().stream().map(Plain::of).toList();
      case Node.Mapping mapping -> {
        Map<String, Object> map = new LinkedHashMap<>();
        mapping.entries().forEach(entry -> map.put(entry.key().value(), of(entry.value())));
        yield map;
      }
    };
  }

  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> list(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value == null ? Map.of() : (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  public static List<String> strings(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value == null ? List.of() : (List<String>) value;
  }
}
