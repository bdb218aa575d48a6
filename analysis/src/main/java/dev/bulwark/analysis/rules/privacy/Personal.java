package dev.bulwark.analysis.rules.privacy;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Component;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the privacy rules share: finding personal data, reading tags, placing nodes. */
final class Personal {
  private Personal() {}

  /** The personal data among these assets. */
  static List<DataAsset> only(Collection<DataAsset> data) {
    return data.stream().filter(DataAsset::personal).toList();
  }

  /** The personal data this flow carries. */
  static List<DataAsset> carried(Interaction i) {
    return only(i.data());
  }

  /** The personal data a component stores. */
  static List<DataAsset> stored(SystemView system, Component c) {
    return only(system.data(c.stores()));
  }

  static String ids(Collection<DataAsset> data) {
    return data.stream().map(DataAsset::id).collect(Collectors.joining(", "));
  }

  /**
   * Whether a tag is present: {@code consent}, or with a value such as {@code retention:90d}. Case
   * does not matter.
   */
  static boolean tagged(List<String> tags, String tag) {
    return tags.stream()
        .map(t -> t.toLowerCase(Locale.ROOT))
        .anyMatch(t -> t.equals(tag) || t.startsWith(tag + ":") || t.startsWith(tag + "="));
  }

  static boolean tagged(Node node, String tag) {
    return node.component().map(c -> tagged(c.tags(), tag)).orElse(false);
  }

  /** Masking declared on the flow, on its target or on its source component. */
  static boolean masked(Interaction i) {
    return i.has(Control.DATA_MASKING) || i.source().has(Control.DATA_MASKING);
  }

  /**
   * Whether the node belongs to someone else: a service run by another party, or anything placed in
   * a zone of kind organization (directly or through a parent).
   */
  static boolean outsider(SystemView system, Node node) {
    return system.outsider(node);
  }
}
