package dev.bulwark.interop;

import dev.bulwark.model.Position;
import dev.bulwark.model.Positions;
import dev.bulwark.model.parse.Node;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The places in a peer file that an imported element came from, as the element's {@link Positions}:
 * problems the validator finds in the imported model then point into the peer file.
 */
public final class Places {
  private final Position self;
  private final Map<String, Position> fields = new LinkedHashMap<>();

  private Places(Position self) {
    this.self = self;
  }

  /** The places of an element written at {@code self}; add its fields' with {@link #field}. */
  public static Places at(Position self) {
    return new Places(self);
  }

  /** The positions of an element that has only its own place. */
  public static Positions of(Position self) {
    return new Positions(self, Map.of());
  }

  /**
   * Where a model field's value came from; keys as in model files, list items as {@code data[1]}.
   */
  public Places field(String key, Position position) {
    fields.put(key, position);
    return this;
  }

  /** Where a model field's value came from, when the peer file writes it. */
  public Places field(String key, Optional<Node> node) {
    node.ifPresent(found -> fields.put(key, found.position()));
    return this;
  }

  /** The element's positions. */
  public Positions positions() {
    return new Positions(self, fields);
  }
}
