package dev.bulwark.model.load;

import dev.bulwark.model.Element;
import dev.bulwark.model.Model;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.Zone;
import dev.bulwark.model.format.Field;
import dev.bulwark.model.format.Shape;
import dev.bulwark.model.format.Shapes;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renames an imported model's elements into the importing model's id space: every id and every
 * reference gets the import's prefix ({@code payments/}), so that ids of different sub-models never
 * collide. Fingerprints of derived threats ({@code RULE@element}, {@code RULE@a+b}), in mitigations
 * and triage, get the prefix on their element part ({@code RULE@payments/element}), so that a
 * sub-model's decisions keep naming its own elements and never those of the importing model.
 */
final class Prefixer {
  private final String prefix;

  private Prefixer(String prefix) {
    this.prefix = prefix;
  }

  /** The sub-model's parts with every id and reference prefixed by {@code id/}. */
  static Model prefix(Model sub, String id) {
    Prefixer prefixer = new Prefixer(id + "/");
    List<Zone> zones = sub.zones().stream().map(prefixer::apply).toList();
    return new Model(
        sub.formatVersion(),
        sub.id(),
        sub.title(),
        sub.description(),
        sub.owner(),
        sub.business(),
        sub.imports().stream().map(prefixer::apply).toList(),
        zones,
        sub.actors().stream().map(prefixer::apply).toList(),
        sub.components().stream().map(prefixer::apply).toList(),
        sub.data().stream().map(prefixer::apply).toList(),
        sub.flows().stream().map(prefixer::apply).toList(),
        sub.threats().stream().map(prefixer::apply).toList(),
        sub.mitigations().stream().map(prefixer::apply).toList(),
        sub.triage().stream().map(prefixer::applyToTriage).toList(),
        sub.rules(),
        sub.suppressions().stream().map(prefixer::apply).toList(),
        sub.scenarios().stream().map(prefixer::apply).toList(),
        sub.sources(),
        sub.reviewed(),
        sub.positions());
  }

  private <T extends Record> T apply(T element) {
    Shape shape = Shapes.of(element.getClass());
    List<Field> fields = shape.fields();
    Object[] values = new Object[fields.size()];
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      Object value = field.read(element);
      boolean elementId = field.key().equals("id") && element instanceof Element;
      values[i] = elementId || field.isReference() ? rename(value) : value;
    }
    @SuppressWarnings("unchecked")
    T renamed = (T) shape.construct(values, shape.positionsOf(element));
    return renamed;
  }

  private TriageEntry applyToTriage(TriageEntry entry) {
    return new TriageEntry(
        (String) rename(entry.threat()),
        entry.status(),
        entry.why(),
        entry.by(),
        entry.date(),
        entry.until(),
        entry.ticket(),
        entry.positions());
  }

  /** The element part of a fingerprint names one element or several joined by '+'. */
  private String prefixEach(String elements) {
    return Arrays.stream(elements.split("\\+", -1))
        .map(e -> prefix + e)
        .collect(Collectors.joining("+"));
  }

  private Object rename(Object value) {
    return switch (value) {
      case String id -> {
        int at = id.indexOf('@');
        yield at < 0 ? prefix + id : id.substring(0, at + 1) + prefixEach(id.substring(at + 1));
      }
      case Optional<?> optional -> optional.map(this::rename);
      case List<?> list -> list.stream().map(this::rename).toList();
      default -> value;
    };
  }

  /**
   * The composed model with the imported sub-model's top-level zones (ids {@code id/…}, no parent)
   * placed inside {@code parentZone}.
   */
  static Model place(Model composed, String id, String parentZone) {
    String prefix = id + "/";
    List<Zone> zones =
        composed.zones().stream()
            .map(zone ->
                zone.id().startsWith(prefix) && zone.parent().isEmpty()
                    ? withParent(zone, parentZone)
                    : zone)
            .toList();
    return composed.withZones(zones);
  }

  private static Zone withParent(Zone zone, String parent) {
    return new Zone(
        zone.id(),
        zone.trust(),
        zone.kind(),
        Optional.of(parent),
        zone.description(),
        zone.tags(),
        zone.positions());
  }
}
