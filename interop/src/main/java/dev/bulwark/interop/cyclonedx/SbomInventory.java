package dev.bulwark.interop.cyclonedx;

import dev.bulwark.model.InventoryItem;
import dev.bulwark.model.parse.ParseLimits;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An SBOM's components as the {@code inventory} of one component of a model file. Entries are
 * sorted (name, version, purl, type), so that an SBOM regenerated with the same packages in another
 * order leaves the model file as it was, and a new one changes only the lines of what changed.
 */
public final class SbomInventory {
  /** The model's section that holds the element, and the element's field that is set. */
  public static final String SECTION = "components";

  public static final String FIELD = "inventory";

  private static final Comparator<SbomComponent> ORDER =
      Comparator.comparing(SbomComponent::name)
          .thenComparing(c -> c.version().orElse(""))
          .thenComparing(c -> c.purl().orElse(""))
          .thenComparing(SbomComponent::type);

  private SbomInventory() {}

  /**
   * The model text with the SBOM's components as the inventory of the component {@code id}, every
   * other byte kept; or why the file cannot be edited so.
   */
  public static FieldEdit.Result into(
      String file, String text, String id, List<SbomComponent> components, ParseLimits limits) {
    return FieldEdit.setList(file, text, SECTION, id, FIELD, entries(components), limits);
  }

  /** The components in the inventory's order. */
  public static List<SbomComponent> sorted(List<SbomComponent> components) {
    return components.stream().sorted(ORDER).toList();
  }

  /** The entries as the model file writes them: only the fields that have a value. */
  static List<Map<String, Object>> entries(List<SbomComponent> components) {
    return sorted(components).stream().map(SbomInventory::entry).toList();
  }

  private static Map<String, Object> entry(SbomComponent component) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", component.name());
    component.version().ifPresent(version -> entry.put("version", version));
    component.purl().ifPresent(purl -> entry.put("purl", purl));
    entry.put("type", component.type());
    if (!component.licenses().isEmpty()) {
      entry.put("licenses", component.licenses());
    }
    return entry;
  }

  /**
   * Whether an inventory read back from the model is the SBOM's components, field by field and in
   * order: the check that the edit landed where it was meant to, before the file is written.
   */
  public static boolean matches(List<InventoryItem> inventory, List<SbomComponent> components) {
    List<SbomComponent> expected = sorted(components);
    if (inventory.size() != expected.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      InventoryItem item = inventory.get(i);
      SbomComponent component = expected.get(i);
      boolean same =
          item.name().equals(component.name())
              && item.version().equals(component.version())
              && item.purl().equals(component.purl())
              && item.type().equals(Optional.of(component.type()))
              && item.licenses().equals(component.licenses());
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /**
   * How an inventory changes, counted by package name: packages added, removed, and kept with other
   * versions.
   */
  public record Changes(int added, int removed, int newVersions) {
    public boolean none() {
      return added == 0 && removed == 0 && newVersions == 0;
    }
  }

  /** The changes from the inventory a component had to the SBOM's. */
  public static Changes between(List<InventoryItem> before, List<SbomComponent> after) {
    Map<String, Set<String>> old = new TreeMap<>();
    before.forEach(item -> versions(old, item.name()).add(item.version().orElse("")));
    Map<String, Set<String>> now = new TreeMap<>();
    after.forEach(c -> versions(now, c.name()).add(c.version().orElse("")));
    int added = (int) now.keySet().stream().filter(name -> !old.containsKey(name)).count();
    int removed = (int) old.keySet().stream().filter(name -> !now.containsKey(name)).count();
    int changed =
        (int)
            now.entrySet().stream()
                .filter(
                    e -> old.containsKey(e.getKey()) && !old.get(e.getKey()).equals(e.getValue()))
                .count();
    return new Changes(added, removed, changed);
  }

  private static Set<String> versions(Map<String, Set<String>> byName, String name) {
    return byName.computeIfAbsent(name, n -> new TreeSet<>());
  }
}
