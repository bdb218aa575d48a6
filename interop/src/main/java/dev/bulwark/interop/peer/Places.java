package dev.bulwark.interop.peer;

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

  public static Places at(Position self) {
    return new Places(self);
  }

  /**
   * Where a model field's value came from; keys as in model files, list items as {@code data[1]}.
   */
  public Places field(String key, Position position) {
    fields.put(key, position);
    return this;
  }

  public Places field(String key, Optional<Node> node) {
    node.ifPresent(found -> fields.put(key, found.position()));
    return this;
  }

  public Positions positions() {
    return new Positions(self, fields);
  }
}
