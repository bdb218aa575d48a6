package dev.bulwark.interop.tmt;

import dev.bulwark.model.Position;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An XML element read with its place in the file: local name, attributes by local name, its own
 * text (trimmed) and child elements. {@code at} is where its start tag begins, {@code textAt} where
 * its trimmed text begins (for positions inside a text, such as a filter expression's). Namespaces
 * are dropped: the Threat Modeling Tool writes the same names with different prefixes in a model
 * ({@code .tm7}) and in a template ({@code .tb7}).
 */
record XmlTree(
    String name,
    Map<String, String> attributes,
    String text,
    List<XmlTree> children,
    Position at,
    Position textAt) {

  XmlTree {
    Objects.requireNonNull(name, "name");
    attributes = Map.copyOf(attributes);
    Objects.requireNonNull(text, "text");
    children = List.copyOf(children);
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(textAt, "textAt");
  }

  /** The first child of that name. */
  Optional<XmlTree> child(String childName) {
    for (XmlTree child : children) {
      if (child.name.equals(childName)) {
        return Optional.of(child);
      }
    }
    return Optional.empty();
  }

  /** Every child of that name, in file order. */
  List<XmlTree> all(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).toList();
  }

  /** The text of the first child of that name, unless it is missing, nil or empty. */
  Optional<String> text(String childName) {
    return child(childName).filter(c -> !c.isNil() && !c.text.isEmpty()).map(XmlTree::text);
  }

  /** The children of the first child of that name (none when it is missing). */
  List<XmlTree> under(String childName) {
    return child(childName).map(XmlTree::children).orElse(List.of());
  }

  /** Whether the element is marked {@code i:nil="true"}. */
  boolean isNil() {
    return "true".equals(attributes.get("nil"));
  }

  /** The {@code i:type} attribute without its namespace prefix, e.g. {@code Connector}. */
  String type() {
    String type = attributes.getOrDefault("type", "");
    return type.substring(type.indexOf(':') + 1);
  }
}
