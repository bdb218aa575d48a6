package dev.bulwark.interop.tmt;

import dev.bulwark.model.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Threat Modeling Tool knowledge base: a template ({@code .tb7}) or the copy a model ({@code
 * .tm7}) carries. It holds the stencil types (each deriving from a parent, up to the generic
 * elements {@code GE.P}, {@code GE.EI}, {@code GE.DS}, {@code GE.DF}, {@code GE.TB.B}, {@code
 * GE.TB.L}), the threat categories and the threat types with their generation filters.
 *
 * @param name the manifest's name, e.g. {@code SDL TM Knowledge Base (Core)}
 * @param version the manifest's version
 * @param stencils stencil types by id
 * @param categories threat category names by id ({@code S} → {@code Spoofing})
 * @param threatTypes in file order
 */
record Template(
    String name,
    String version,
    Map<String, Stencil> stencils,
    Map<String, String> categories,
    List<ThreatType> threatTypes) {

  /** The parent of the generic elements: a marker, not a stencil any element is. */
  static final String ROOT = "ROOT";

  Template {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    stencils = Map.copyOf(stencils);
    categories = Map.copyOf(categories);
    threatTypes = List.copyOf(threatTypes);
  }

  /**
   * The stencil and every stencil it derives from, itself first, in lower case; stops at {@code
   * ROOT}, at an unknown parent and at a cycle.
   */
  List<String> lineage(String stencil) {
    List<String> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String current = stencil;
    while (current != null && !current.equalsIgnoreCase(ROOT) && seen.add(current)) {
      chain.add(current.toLowerCase(Locale.ROOT));
      current = Optional.ofNullable(stencils.get(current)).map(Stencil::parent).orElse(null);
    }
    return chain;
  }

  /** A stencil type. */
  record Stencil(String id, String parent, String name, List<Attribute> attributes) {
    Stencil {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(parent, "parent");
      Objects.requireNonNull(name, "name");
      attributes = List.copyOf(attributes);
    }
  }

  /** A property a stencil offers; {@code name} is what filters use, e.g. {@code storesLogData}. */
  record Attribute(String name, String displayName, List<String> values) {
    Attribute {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(displayName, "displayName");
      values = List.copyOf(values);
    }
  }

  /**
   * A threat type.
   *
   * @param id e.g. {@code TH153} or {@code S1}
   * @param title the short title, with placeholders such as {@code {source.Name}}
   * @param category the category id, e.g. {@code S}
   * @param description what the threat is, with placeholders
   * @param mitigations the possible mitigations, as written (may hold HTML links)
   * @param include when the type applies; none means never
   * @param exclude when it does not, even though the include holds
   * @param at where the threat type is written
   */
  record ThreatType(
      String id,
      String title,
      String category,
      String description,
      String mitigations,
      Optional<Filter> include,
      Optional<Filter> exclude,
      Position at) {
    ThreatType {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(mitigations, "mitigations");
      Objects.requireNonNull(include, "include");
      Objects.requireNonNull(exclude, "exclude");
      Objects.requireNonNull(at, "at");
    }
  }
}
